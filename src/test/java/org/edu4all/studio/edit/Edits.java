package org.edu4all.studio.edit;

import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.ImageData;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Steps the edit tests share: an image of the student's own to edit, masks, and the edit form sent as multipart. */
final class Edits {

    static final String DEFAULT_EDIT_PROMPT = "Ponle un sombrero rojo al perro";

    private Edits() {
    }

    /** A square offline image made by {@code student} in {@code assignment}, once the worker has stored it. */
    static StoredImage imageOf(Assignment assignment) {
        Response saved = Journeys.submit(assignment, "Un perro en la playa", "SQUARE", "1",
                UUID.randomUUID().toString());
        long requestId = Journeys.idFrom(saved.getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(requestId) == RequestStatus.SUCCEEDED);
        return Journeys.imagesOf(requestId).get(0);
    }

    /**
     * A square offline image of {@code student}'s, made without going through their session (for tests that run as
     * someone else): the request is saved straight in the database and the worker makes the image.
     */
    static StoredImage imageMadeFor(String student, String teacher) {
        Assignment assignment = Journeys.assignmentFor(student, teacher, 8);
        AppUser owner = QuarkusTransaction.requiringNew().call(() -> AppUser.findBySubject(student).orElseThrow());
        long requestId = TestData.queuedRequest(assignment, owner, "Un faro en la nieve");
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(requestId) == RequestStatus.SUCCEEDED);
        return Journeys.imagesOf(requestId).get(0);
    }

    /** Sends the edit page's form the way its script does: prompt, idempotency key and the mask as a PNG file. */
    static Response send(long imageId, String prompt, byte[] mask) {
        return send(imageId, prompt, mask, UUID.randomUUID().toString());
    }

    static Response send(long imageId, String prompt, byte[] mask, String key) {
        var request = FormSession.open("/images/" + imageId + "/edit").multipart()
                .multiPart("prompt", prompt).multiPart("requestKey", key);
        if (mask != null) {
            request.multiPart("mask", "mask.png", mask, "image/png");
        }
        return request.post("/images/" + imageId + "/edit");
    }

    /** The edit form with a mask of these bytes, sent with a Content-Length, as browsers send forms. */
    static HttpResponse<String> sendWithLength(URI base, long imageId, byte[] mask) throws Exception {
        FormSession session = FormSession.open("/images/" + imageId + "/edit");
        String boundary = "edit-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + session.csrfToken() + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"prompt\""
                + "\r\n\r\n" + DEFAULT_EDIT_PROMPT + "\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"mask\"; filename=\"mask.png\"\r\nContent-Type: image/png\r\n\r\n";
        body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(mask);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/images/" + imageId + "/edit"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "csrf-token=" + session.csrfCookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Opaque everywhere except a transparent rectangle: "change here". */
    static byte[] maskWithHole(int width, int height, int x, int y, int w, int h) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mask.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, height);
        g.dispose();
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                mask.setRGB(col, row, 0);
            }
        }
        return png(mask);
    }

    /** A PNG without an alpha channel, so it cannot mark anything. */
    static byte[] opaqueRgb(int width, int height) {
        return png(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    static byte[] jpeg(int width, int height) {
        return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    static byte[] bytesOf(long imageId) {
        return QuarkusTransaction.requiringNew().call(() -> ImageData.<ImageData> findById(imageId).bytes);
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

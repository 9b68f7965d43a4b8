package org.edu4all.studio.image;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;
import org.edu4all.studio.support.TestGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Thumbnails made after the request SUCCEEDED, by the background thumbnailer: the original stands in until then,
 * images nobody was told about are found, two thumbnailers never take the same image, and bytes the full decode
 * cannot read are held for the teacher instead of shown.
 */
@QuarkusTest
class DeferredThumbnailsTest {

    /** 640 x 480: its thumbnail is 320 x 240. */
    private static final ImageSize DEFAULT_SIZE = new ImageSize(640, 480);
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    ImageStore images;

    @Inject
    PendingThumbnails pending;

    @Test
    @TestSecurity(user = "student-thumbs-1", roles = "student")
    void theOriginalStandsInForAThumbnailStillBeingMadeAndIsNeverCachedForLong() throws IOException {
        Assignment assignment = Journeys.assignmentFor("student-thumbs-1", "teacher-thumbs-1", 8);
        byte[] png = TestImages.png(DEFAULT_SIZE.width(), DEFAULT_SIZE.height());
        long id = heldWhilePending(assignment, "student-thumbs-1", png, image -> {
            Response standIn = given().get("/images/" + image.id + "/thumb");
            assertThat(standIn.statusCode()).isEqualTo(200);
            assertThat(standIn.contentType()).isEqualTo("image/png");
            assertThat(standIn.asByteArray()).isEqualTo(png);
            assertThat(standIn.getHeader("Cache-Control")).isEqualTo("private, no-cache");
            assertThat(standIn.getHeader("ETag")).isEqualTo("\"" + image.sha256 + "-o\"");
            given().header("If-None-Match", standIn.getHeader("ETag")).get("/images/" + image.id + "/thumb").then()
                    .statusCode(304).header("Cache-Control", "private, no-cache");
            assertThat(given().get("/requests/" + image.request.id).asString())
                    .as("the page lays the thumbnail out at its final size")
                    .contains("src=\"/images/" + image.id + "/thumb\"").contains("width=\"320\" height=\"240\"");
        });

        await().atMost(DEFAULT_WAIT).until(() -> reload(id).thumbnailState == ThumbnailState.READY);
        StoredImage made = reload(id);
        Response thumb = given().header("If-None-Match", "\"" + made.sha256 + "-o\"").get("/images/" + id + "/thumb");
        assertThat(thumb.statusCode()).as("the stand-in's ETag no longer matches").isEqualTo(200);
        assertThat(thumb.contentType()).isEqualTo("image/jpeg");
        assertThat(thumb.getHeader("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
        assertThat(thumb.getHeader("ETag")).isEqualTo("\"" + made.sha256 + "-t\"");
        var decoded = ImageIO.read(new ByteArrayInputStream(thumb.asByteArray()));
        assertThat(new int[] { decoded.getWidth(), decoded.getHeight() }).containsExactly(320, 240);
        given().header("If-None-Match", thumb.getHeader("ETag")).get("/images/" + id + "/thumb").then().statusCode(304);
    }

    @Test
    void imagesLeftPendingWithoutAWakeUpAreFoundByThePoll() {
        Assignment assignment = Journeys.assignmentFor("student-thumbs-2", "teacher-thumbs-2", 8);
        // Written straight to the database, as a crashed instance leaves them: no event wakes the thumbnailer.
        List<Long> ids = List.of(pendingImage(assignment, "student-thumbs-2", TestImages.png(640, 480)),
                pendingImage(assignment, "student-thumbs-2", TestImages.png(480, 640)));

        await().atMost(DEFAULT_WAIT).until(() -> ids.stream().allMatch(
                id -> reload(id).thumbnailState == ThumbnailState.READY));
        for (long id : ids) {
            StoredImage image = reload(id);
            byte[] thumbnail = QuarkusTransaction.requiringNew().call(() -> ImageData.thumbnailOf(id).bytes());
            assertThat(ImageInspector.sniff(thumbnail)).contains(ImageInspector.JPEG);
            assertThat(image.thumbWidth * image.thumbHeight).isEqualTo(320 * 240);
        }
    }

    @Test
    void anImageOneThumbnailerIsMakingIsSkippedByTheOthersAndMadeOnce() {
        Assignment assignment = Journeys.assignmentFor("student-thumbs-3", "teacher-thumbs-3", 8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(pendingImage(assignment, "student-thumbs-3", TestImages.png(640, 480)));
        }

        // A thumbnailer half-way: it has made its image's thumbnail, and not committed yet.
        try (OpenTransaction<Optional<Long>> first = OpenTransaction.start(
                () -> pending.makeNext(new PixelBuffers()))) {
            long taken = first.result().orElseThrow(() -> new AssertionError("no pending image to take"));
            List<Long> others = ids.stream().filter(id -> id != taken).toList();
            // The background thumbnailer gets past it to every other image, and leaves it alone.
            await().atMost(DEFAULT_WAIT).until(() -> others.stream().allMatch(
                    id -> reload(id).thumbnailState == ThumbnailState.READY));
            assertThat(reload(taken).thumbnailState).as("still the first one's").isEqualTo(ThumbnailState.PENDING);
            first.commit();
            assertThat(reload(taken).thumbnailState).isEqualTo(ThumbnailState.READY);
        }
    }

    @Test
    @TestSecurity(user = "teacher-thumbs-4", roles = "teacher")
    void bytesTheFullDecodeCannotReadAreHeldForTheTeacherAndKeptAsReceived() {
        byte[] broken = BrokenImages.pngWithBrokenData(TestImages.png(256, 256));
        QuarkusMock.installMockForType(new FixedGenerator(broken), ImageGenerator.class);
        Assignment assignment = Journeys.assignmentFor("student-thumbs-4", "teacher-thumbs-4", 8);
        long requestId = TestData.queuedRequest(assignment, TestData.user("student-thumbs-4", Role.STUDENT),
                "Un faro en la tormenta");

        await().atMost(DEFAULT_WAIT).until(() -> Journeys.statusOf(requestId).isFinal());
        assertThat(Journeys.statusOf(requestId)).as("its structure is whole").isEqualTo(RequestStatus.SUCCEEDED);
        long id = Journeys.imagesOf(requestId).get(0).id;
        await().atMost(DEFAULT_WAIT).until(() -> reload(id).thumbnailState != ThumbnailState.PENDING);

        StoredImage image = reload(id);
        assertThat(image.thumbnailState).isEqualTo(ThumbnailState.BROKEN);
        assertThat(image.safetyStatus).as("students never see it").isEqualTo(SafetyStatus.HELD);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ImageData.originalOf(id))).isEqualTo(broken);
        Response thumb = given().get("/images/" + id + "/thumb");
        assertThat(thumb.contentType()).as("the original, never a made-up thumbnail").isEqualTo("image/png");
        assertThat(thumb.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        long classId = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> findById(assignment.id)
                .schoolClass.id);
        assertThat(given().get("/classes/" + classId + "/moderation").asString())
                .contains("data-flagged-image=\"" + id + "\"").contains("data-image-unreadable");
    }

    /**
     * Stores a PENDING image for a new SUCCEEDED request of {@code student} and holds its row, as a thumbnailer at
     * work does, while {@code whilePending} runs. The background thumbnailer may take a fresh image first (its poll
     * can come at any moment): then it tries again with another one.
     */
    private long heldWhilePending(Assignment assignment, String student, byte[] png,
            Consumer<StoredImage> whilePending) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long id = pendingImage(assignment, student, png);
            try (OpenTransaction<Boolean> hold = OpenTransaction.start(() -> !em.createNativeQuery(
                    "select id from image where id = ?1 and thumbnail_state = 'PENDING' for update skip locked")
                    .setParameter(1, id).getResultList().isEmpty())) {
                if (hold.result()) {
                    whilePending.accept(QuarkusTransaction.requiringNew().call(() -> StoredImage.find(
                            "from StoredImage i join fetch i.request where i.id = ?1", id).firstResult()));
                    return id;
                }
            }
        }
        throw new AssertionError("the background thumbnailer took every fresh image first");
    }

    /** A PENDING image of a new SUCCEEDED request, written as a crashed instance would have left it. */
    private long pendingImage(Assignment assignment, String student, byte[] png) {
        ImageSize size;
        try {
            var decoded = ImageIO.read(new ByteArrayInputStream(png));
            size = new ImageSize(decoded.getWidth(), decoded.getHeight());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        PreparedImage prepared = images.prepare(new GeneratedImage(png, ImageInspector.PNG, size));
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser owner = AppUser.findBySubject(student).orElseThrow();
            GenerationRequest request = TestData.request(Assignment.findById(assignment.id), owner, "Un faro",
                    RequestStatus.SUCCEEDED);
            long id = ((Number) em.createNativeQuery("insert into image (request_id, position, owner_id, media_type,"
                    + " width, height, byte_size, thumb_width, thumb_height, sha256, thumbnail_state)"
                    + " values (?1, 0, ?2, 'image/png', ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING') returning id")
                    .setParameter(1, request.id).setParameter(2, owner.id).setParameter(3, prepared.width())
                    .setParameter(4, prepared.height()).setParameter(5, png.length)
                    .setParameter(6, prepared.thumbnailSize().width())
                    .setParameter(7, prepared.thumbnailSize().height())
                    .setParameter(8, prepared.sha256()).getSingleResult()).longValue();
            em.createNativeQuery("insert into image_data (image_id, bytes) values (?1, ?2)").setParameter(1, id)
                    .setParameter(2, png).executeUpdate();
            return id;
        });
    }

    private static StoredImage reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.findById(id));
    }

    /** A provider that answers every call with the same PNG bytes. */
    static class FixedGenerator extends TestGenerator {

        private final byte[] png;

        FixedGenerator(byte[] png) {
            super("fixed", "fixed-model", new ImageSize(256, 256));
            this.png = png;
        }

        @Override
        public List<GeneratedImage> generate(GenerationSpec spec) {
            return List.of(new GeneratedImage(png, ImageInspector.PNG, spec.size()));
        }
    }
}

package org.edu4all.studio.generation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edu4all.studio.support.Journeys.assignmentFor;
import static org.edu4all.studio.support.Journeys.idFrom;
import static org.edu4all.studio.support.Journeys.imagesOf;
import static org.edu4all.studio.support.Journeys.statusOf;
import static org.edu4all.studio.support.Journeys.submit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.image.ThumbnailState;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The student journey, through the HTTP layer: prompt, saved request, offline images, hand-in. */
@QuarkusTest
class GenerationJourneyTest {

    private static final String PROMPT = "Perro junto a la Torre Eiffel a primera hora de la mañana";

    @Test
    @TestSecurity(user = "student-journey-1", roles = "student")
    void promptIsSavedThenGeneratedThenHandedIn() {
        Assignment assignment = assignmentFor("student-journey-1", "teacher-journey-1", 8);

        Response submitted = submit(assignment, PROMPT, "LANDSCAPE", "2", UUID.randomUUID().toString());

        assertThat(submitted.statusCode()).isEqualTo(303);
        long requestId = idFrom(submitted.getHeader("Location"), "/requests/");
        GenerationRequest saved = GenerationRequest.findById(requestId);
        assertThat(saved.prompt).isEqualTo(PROMPT);
        assertThat(saved.finalPrompt).contains("appropriate for children").contains("landscape").endsWith(PROMPT);
        assertThat(FormSession.follow(submitted).asString()).contains("¡Guardado!");

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(requestId) == RequestStatus.SUCCEEDED);
        List<StoredImage> images = imagesOf(requestId);
        assertThat(images).hasSize(2);
        assertThat(images.get(0).width).isEqualTo(1536);
        assertThat(images.get(0).height).isEqualTo(1024);

        String page = given().get("/requests/" + requestId).asString();
        assertThat(page).contains("Vista previa sin conexión (no es IA)").contains("/images/" + images.get(0).id + "/thumb");

        Response handedIn = FormSession.open("/requests/" + requestId).post()
                .formParam("title", "Perro en París").formParam("altText", "Un perro sentado junto a la Torre Eiffel")
                .post("/images/" + images.get(1).id + "/hand-in");
        assertThat(handedIn.getHeader("Location")).endsWith("/assignments/" + assignment.id);
        HandIn handIn = HandIn.find("image.id", images.get(1).id).firstResult();
        assertThat(handIn.title).isEqualTo("Perro en París");
    }

    @Test
    @TestSecurity(user = "student-journey-2", roles = "student")
    void imagesAreServedWithEtagAndCachedPrivately() {
        Assignment assignment = assignmentFor("student-journey-2", "teacher-journey-2", 8);
        long requestId = idFrom(submit(assignment, PROMPT, "SQUARE", "1", UUID.randomUUID().toString())
                .getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(requestId) == RequestStatus.SUCCEEDED);
        StoredImage image = imagesOf(requestId).get(0);

        Response full = given().get("/images/" + image.id);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.contentType()).isEqualTo("image/png");
        assertThat(full.getHeader("Cache-Control")).contains("private").contains("immutable");
        byte[] bytes = full.asByteArray();
        assertThat(bytes).hasSize(image.byteSize);
        assertThat(bytes[1]).isEqualTo((byte) 'P');

        // Made in the background after the request SUCCEEDED; the original stands in until then (DeferredThumbnailsTest).
        await().atMost(Duration.ofSeconds(30)).until(() -> imagesOf(requestId).get(0).thumbnailState
                == ThumbnailState.READY);
        Response thumb = given().get("/images/" + image.id + "/thumb");
        assertThat(thumb.contentType()).isEqualTo("image/jpeg");
        // Offline previews are flat drawings that PNG already packs tightly, so here the thumbnail is only
        // clearly smaller; against photo-like provider images it is a few percent (see ThumbnailerTest).
        assertThat(thumb.asByteArray().length).isLessThan(bytes.length);
        assertThat(image.thumbWidth).isLessThanOrEqualTo(384);

        given().header("If-None-Match", full.getHeader("ETag")).get("/images/" + image.id).then().statusCode(304);

        Response download = given().get("/images/" + image.id + "/download");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(new String(download.asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(PROMPT).contains("Offline preview, not AI-generated");

        String view = given().get("/images/" + image.id + "/view").asString();
        assertThat(view).contains(PROMPT).contains("appropriate for children").contains("offline-preview");
    }

    @Test
    @TestSecurity(user = "student-journey-3", roles = "student")
    void sameFormSentTwiceMakesOneRequest() {
        Assignment assignment = assignmentFor("student-journey-3", "teacher-journey-3", 8);
        String key = UUID.randomUUID().toString();

        Response first = submit(assignment, PROMPT, "SQUARE", "1", key);
        Response second = submit(assignment, PROMPT, "SQUARE", "1", key);

        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(GenerationRequest.count("idempotencyKey", UUID.fromString(key))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "student-journey-4", roles = "student")
    void badPromptsAreRejectedKeepingWhatWasTyped() {
        Assignment assignment = assignmentFor("student-journey-4", "teacher-journey-4", 2);

        String empty = FormSession.follow(submit(assignment, "   ", "SQUARE", "1", UUID.randomUUID().toString()))
                .asString();
        assertThat(empty).contains("Escribe qué quieres ver en la imagen.");

        String huge = "un gato muy grande ".repeat(100);
        String tooLong = FormSession.follow(submit(assignment, huge, "SQUARE", "1", UUID.randomUUID().toString()))
                .asString();
        assertThat(tooLong).contains("el máximo es 1000 caracteres").contains(huge.strip());

        String tampered = FormSession.follow(submit(assignment, PROMPT, "PANORAMIC", "99", "not-a-uuid")).asString();
        assertThat(tampered).contains("Elige una forma para la imagen.").contains("Elige entre 1 y 4 imágenes.")
                .contains(PROMPT);

        String overQuota = FormSession.follow(submit(assignment, PROMPT, "SQUARE", "3", UUID.randomUUID().toString()))
                .asString();
        assertThat(overQuota).contains("Solo te quedan 2 imágenes");
        assertThat(GenerationRequest.count("student.subject", "student-journey-4")).isZero();
    }

    @Test
    @TestSecurity(user = "student-journey-5", roles = "student")
    void handInNeedsAltText() {
        Assignment assignment = assignmentFor("student-journey-5", "teacher-journey-5", 8);
        long requestId = idFrom(submit(assignment, PROMPT, "SQUARE", "1", UUID.randomUUID().toString())
                .getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(requestId) == RequestStatus.SUCCEEDED);
        StoredImage image = imagesOf(requestId).get(0);

        Response rejected = FormSession.open("/requests/" + requestId).post()
                .formParam("title", "Mi foto").formParam("altText", "")
                .post("/images/" + image.id + "/hand-in");

        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("Escribe una descripción de la imagen").contains("value=\"Mi foto\"");
        assertThat(HandIn.count("image.id", image.id)).isZero();
    }

    @Test
    @TestSecurity(user = "student-journey-6", roles = "student")
    void promptPostedAfterTheSessionExpiredComesBackAsAnExplanation() {
        Assignment assignment = assignmentFor("student-journey-6", "teacher-journey-6", 8);

        // Signing in again turns the lost POST into a GET of the same address.
        Response afterSignIn = given().redirects().follow(false).get("/assignments/" + assignment.id + "/requests");

        assertThat(afterSignIn.statusCode()).isEqualTo(303);
        assertThat(afterSignIn.getHeader("Location")).endsWith("/assignments/" + assignment.id);
        assertThat(FormSession.follow(afterSignIn).asString()).contains("Tu sesión había caducado");
        assertThat(GenerationRequest.count("student.subject", "student-journey-6")).isZero();
    }

    @Test
    @TestSecurity(user = "student-journey-7", roles = "student")
    void closedAssignmentsAndShapesTheTeacherDidNotAllowAreRefused() {
        Assignment assignment = assignmentFor("student-journey-7", "teacher-journey-7", 8);
        QuarkusTransaction.requiringNew().run(() -> Assignment.update("allowedAspects = 'SQUARE' where id = ?1",
                assignment.id));

        String page = given().get("/assignments/" + assignment.id).asString();
        assertThat(page).contains("value=\"SQUARE\"").doesNotContain("value=\"PORTRAIT\"");
        String wrongShape = FormSession.follow(submit(assignment, PROMPT, "PORTRAIT", "1",
                UUID.randomUUID().toString())).asString();
        assertThat(wrongShape).contains("Elige una forma para la imagen.").contains(PROMPT);

        QuarkusTransaction.requiringNew().run(() -> Assignment.update("closedAt = ?1 where id = ?2",
                java.time.Instant.now(), assignment.id));
        assertThat(given().get("/assignments/" + assignment.id).asString()).contains("Esta tarea está cerrada")
                .doesNotContain("id=\"prompt-form\"");
        // A form left open in another tab before the teacher closed the assignment:
        Response late = FormSession.open("/classes").post().formParam("prompt", PROMPT).formParam("aspect", "SQUARE")
                .formParam("count", "1").formParam("requestKey", UUID.randomUUID().toString())
                .post("/assignments/" + assignment.id + "/requests");
        assertThat(FormSession.follow(late).asString()).contains("ya no se pueden pedir imágenes").contains(PROMPT);
        assertThat(GenerationRequest.count("student.subject", "student-journey-7")).isZero();
    }

    @Test
    @TestSecurity(user = "student-journey-8", roles = "student")
    void moreLikeThisGeneratesAgainFromTheSameFinalPromptWithANewSeed() {
        Assignment assignment = assignmentFor("student-journey-8", "teacher-journey-8", 8);
        long firstId = idFrom(submit(assignment, PROMPT, "LANDSCAPE", "1", UUID.randomUUID().toString())
                .getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(firstId) == RequestStatus.SUCCEEDED);

        Response more = FormSession.open("/requests/" + firstId).post()
                .formParam("requestKey", UUID.randomUUID().toString()).post("/requests/" + firstId + "/more");

        long secondId = idFrom(more.getHeader("Location"), "/requests/");
        assertThat(secondId).isNotEqualTo(firstId);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(secondId) == RequestStatus.SUCCEEDED);
        GenerationRequest first = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(firstId));
        GenerationRequest second = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(secondId));
        assertThat(second.finalPrompt).isEqualTo(first.finalPrompt);
        assertThat(second.aspect).isEqualTo(first.aspect);
        assertThat(second.imageCount).isEqualTo(1);
        assertThat(second.seed).isNotEqualTo(first.seed);
        assertThat(imagesOf(secondId).get(0).sha256).isNotEqualTo(imagesOf(firstId).get(0).sha256);
    }

    @Test
    @TestSecurity(user = "student-journey-9", roles = "student")
    void moreLikeThisOnSomeoneElsesRequestIsNotFound() {
        Assignment theirs = assignmentFor("student-journey-10", "teacher-journey-10", 8);
        Assignment mine = assignmentFor("student-journey-9", "teacher-journey-9", 8);
        long theirRequest = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            GenerationRequest request = new GenerationRequest();
            request.assignment = Assignment.findById(theirs.id);
            request.student = org.edu4all.studio.security.AppUser.findBySubject("student-journey-10").orElseThrow();
            request.prompt = "Un faro";
            request.finalPrompt = "Un faro";
            request.aspect = Aspect.SQUARE;
            request.imageCount = 1;
            request.seed = 1;
            request.status = RequestStatus.SUCCEEDED;
            request.idempotencyKey = UUID.randomUUID();
            request.createdAt = java.time.Instant.now();
            request.persist();
            return request.id;
        });

        FormSession.open("/assignments/" + mine.id).post().formParam("requestKey", UUID.randomUUID().toString())
                .post("/requests/" + theirRequest + "/more").then().statusCode(404);
        assertThat(GenerationRequest.count("student.subject", "student-journey-9")).isZero();
    }
}

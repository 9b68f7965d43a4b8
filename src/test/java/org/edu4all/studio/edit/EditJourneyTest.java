package org.edu4all.studio.edit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edu4all.studio.edit.Edits.DEFAULT_EDIT_PROMPT;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.EditMask;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestKind;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Edit with a mask through the HTTP layer, on the offline adapter: saved, queued, repainted where painted only. */
@QuarkusTest
class EditJourneyTest {

    private static final int SIDE = 1024;
    private static final int HOLE_X = 256;
    private static final int HOLE_Y = 128;
    private static final int HOLE_W = 512;
    private static final int HOLE_H = 384;

    @Test
    @TestSecurity(user = "student-edit-1", roles = "student")
    void anEditRepaintsOnlyThePaintedAreaAndLinksBackToItsSource() {
        Assignment assignment = Journeys.assignmentFor("student-edit-1", "teacher-edit-1", 8);
        StoredImage source = Edits.imageOf(assignment);
        assertThat(given().get("/images/" + source.id + "/view").asString())
                .contains("href=\"/images/" + source.id + "/edit\"");
        byte[] mask = Edits.maskWithHole(SIDE, SIDE, HOLE_X, HOLE_Y, HOLE_W, HOLE_H);

        Response sent = Edits.send(source.id, DEFAULT_EDIT_PROMPT, mask);

        assertThat(sent.statusCode()).isEqualTo(303);
        long requestId = Journeys.idFrom(sent.getHeader("Location"), "/requests/");
        GenerationRequest saved = reload(requestId);
        assertThat(saved.kind).isEqualTo(RequestKind.EDIT);
        assertThat(saved.prompt).isEqualTo(DEFAULT_EDIT_PROMPT);
        assertThat(saved.finalPrompt).contains("appropriate for children").endsWith(DEFAULT_EDIT_PROMPT);
        assertThat(saved.imageCount).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> EditMask.of(requestId))).hasValue(mask);
        assertThat(FormSession.follow(sent).asString()).contains("¡Guardado!").contains("Cambiada a partir de");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(requestId) == RequestStatus.SUCCEEDED);
        StoredImage edited = Journeys.imagesOf(requestId).get(0);
        assertThat(edited.width).isEqualTo(SIDE);
        assertThat(edited.height).isEqualTo(SIDE);
        BufferedImage before = Edits.decode(Edits.bytesOf(source.id));
        BufferedImage after = Edits.decode(Edits.bytesOf(edited.id));
        long changedInside = 0;
        long changedOutside = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                boolean inside = x >= HOLE_X && x < HOLE_X + HOLE_W && y >= HOLE_Y && y < HOLE_Y + HOLE_H;
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    if (inside) {
                        changedInside++;
                    } else {
                        changedOutside++;
                    }
                }
            }
        }
        assertThat(changedOutside).as("pixels changed outside the painted area").isZero();
        assertThat(changedInside).as("pixels changed inside the painted area").isGreaterThan(HOLE_W * HOLE_H / 4);

        assertThat(given().get("/requests/" + requestId).asString())
                .contains("Vista previa sin conexión (no es IA)").contains("/images/" + edited.id + "/thumb")
                .contains("href=\"/images/" + source.id + "/view\"");
        assertThat(given().get("/images/" + edited.id + "/view").asString())
                .contains("Cambiada a partir de").contains("href=\"/images/" + source.id + "/view\"")
                .contains("Vista previa sin conexión (no es IA)");
    }

    @Test
    @TestSecurity(user = "student-edit-2", roles = "student")
    void moreLikeAnEditIsTheSameEditAgainWithANewSeed() {
        Assignment assignment = Journeys.assignmentFor("student-edit-2", "teacher-edit-2", 8);
        StoredImage source = Edits.imageOf(assignment);
        byte[] mask = Edits.maskWithHole(SIDE, SIDE, 0, 0, 300, 300);
        long firstId = Journeys.idFrom(Edits.send(source.id, DEFAULT_EDIT_PROMPT, mask).getHeader("Location"),
                "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(firstId) == RequestStatus.SUCCEEDED);

        Response more = FormSession.open("/requests/" + firstId).post()
                .formParam("requestKey", UUID.randomUUID().toString()).post("/requests/" + firstId + "/more");

        long moreId = Journeys.idFrom(more.getHeader("Location"), "/requests/");
        GenerationRequest again = reload(moreId);
        assertThat(again.kind).isEqualTo(RequestKind.EDIT);
        assertThat(again.seed).isNotEqualTo(reload(firstId).seed);
        assertThat(QuarkusTransaction.requiringNew().call(() -> EditMask.of(moreId))).hasValue(mask);
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(moreId) == RequestStatus.SUCCEEDED);
    }

    @Test
    @TestSecurity(user = "student-edit-3", roles = "student")
    void aBlockedEditPromptIsSavedWithItsVerdictExplainedKindlyAndNeverGenerated() {
        Assignment assignment = Journeys.assignmentFor("student-edit-3", "teacher-edit-3", 8);
        StoredImage source = Edits.imageOf(assignment);
        String prompt = "Ponle una 3*5*p*4*d*4 al perro";

        Response rejected = Edits.send(source.id, prompt, Edits.maskWithHole(SIDE, SIDE, 0, 0, 100, 100));

        assertThat(rejected.getHeader("Location")).endsWith("/images/" + source.id + "/edit");
        assertThat(FormSession.follow(rejected).asString()).contains("Tu idea incluye armas").contains(prompt)
                .doesNotContain("espada");
        List<GenerationRequest> blocked = QuarkusTransaction.requiringNew().call(() -> GenerationRequest
                .blockedInClass(assignment.schoolClass.id, 10));
        assertThat(blocked).singleElement().satisfies(request -> {
            assertThat(request.kind).isEqualTo(RequestKind.EDIT);
            assertThat(request.verdictCategory).isEqualTo(Category.WEAPONS);
            assertThat(request.prompt).isEqualTo(prompt);
            assertThat(request.attempts).as("never handed to a worker").isZero();
            assertThat(EditMask.of(request.id)).as("a blocked edit keeps no mask").isEmpty();
        });
    }

    @Test
    @TestSecurity(user = "student-edit-4", roles = "student")
    void anEditCountsAgainstTheAssignmentsQuotaAndNeedsAnOpenAssignment() {
        Assignment assignment = Journeys.assignmentFor("student-edit-4", "teacher-edit-4", 1);
        StoredImage source = Edits.imageOf(assignment);
        byte[] mask = Edits.maskWithHole(SIDE, SIDE, 0, 0, 100, 100);

        String overQuota = FormSession.follow(Edits.send(source.id, DEFAULT_EDIT_PROMPT, mask)).asString();
        assertThat(overQuota).contains("Ya usaste todas las imágenes").contains(DEFAULT_EDIT_PROMPT);

        QuarkusTransaction.requiringNew().run(() -> Assignment.update("imagesPerStudent = 8, closedAt = ?1 where id = ?2",
                Instant.now(), assignment.id));
        String closed = FormSession.follow(Edits.send(source.id, DEFAULT_EDIT_PROMPT, mask)).asString();
        assertThat(closed).contains("cerrada");
        assertThat(GenerationRequest.count("kind = ?1 and student.subject = ?2", RequestKind.EDIT, "student-edit-4"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "student-edit-5", roles = "student")
    void theEditFormIsRefusedWithoutItsCsrfToken() {
        Assignment assignment = Journeys.assignmentFor("student-edit-5", "teacher-edit-5", 8);
        StoredImage source = Edits.imageOf(assignment);
        assertThat(given().get("/images/" + source.id + "/edit").asString()).contains("name=\"csrf-token\"")
                .contains("enctype=\"multipart/form-data\"");

        Response forged = given().redirects().follow(false).contentType("multipart/form-data")
                .multiPart("prompt", DEFAULT_EDIT_PROMPT).multiPart("requestKey", UUID.randomUUID().toString())
                .multiPart("mask", "mask.png", Edits.maskWithHole(SIDE, SIDE, 0, 0, 10, 10), "image/png")
                .post("/images/" + source.id + "/edit");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).doesNotContain("Exception");
        assertThat(GenerationRequest.count("kind = ?1 and student.subject = ?2", RequestKind.EDIT, "student-edit-5"))
                .isZero();
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }
}

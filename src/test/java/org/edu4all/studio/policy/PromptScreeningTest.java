package org.edu4all.studio.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The policy is enforced before any provider call, kindly for the student and visibly for the teacher. */
@QuarkusTest
class PromptScreeningTest {

    @Test
    @TestSecurity(user = "student-policy-1", roles = "student")
    void blockedPromptIsSavedWithItsVerdictExplainedKindlyAndNeverGenerated() {
        Assignment assignment = Journeys.assignmentFor("student-policy-1", "teacher-policy-1", 8);
        String prompt = "un niño con 3*5*p*4*d*4 en la Torre de Pisa";

        Response rejected = Journeys.submit(assignment, prompt, "SQUARE", "1",
                UUID.randomUUID().toString());

        assertThat(rejected.getHeader("Location")).endsWith("/assignments/" + assignment.id);
        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("Tu idea incluye armas").contains(prompt)
                .doesNotContain("espadas");
        GenerationRequest saved = GenerationRequest.find("student.subject", "student-policy-1").firstResult();
        assertThat(saved.status).isEqualTo(RequestStatus.BLOCKED);
        assertThat(saved.verdictCategory).isEqualTo(Category.WEAPONS);
        assertThat(saved.verdictTerm).isNotBlank();
        assertThat(saved.attempts).as("never handed to a worker").isZero();
        assertThat(saved.prompt).isEqualTo(prompt);
    }

    @Test
    @TestSecurity(user = "student-policy-2", roles = "student")
    void harmlessLookAlikesAreNotBlocked() {
        Assignment assignment = Journeys.assignmentFor("student-policy-2", "teacher-policy-2", 8);

        Response saved = Journeys.submit(assignment, "Un pez espada junto al armario del Arco del Triunfo",
                "SQUARE", "1", UUID.randomUUID().toString());

        assertThat(saved.getHeader("Location")).contains("/requests/");
    }

    @Test
    @TestSecurity(user = "student-policy-3", roles = "student")
    void repeatedBlockedAttemptsPauseTheStudentAndFlagThemToTheTeacher() {
        Assignment assignment = Journeys.assignmentFor("student-policy-3", "teacher-policy-3", 20);
        for (int attempt = 0; attempt < 5; attempt++) {
            Journeys.submit(assignment, "sangre " + attempt, "SQUARE", "1", UUID.randomUUID().toString());
        }

        String paused = FormSession.follow(Journeys.submit(assignment, "Un perro en la playa", "SQUARE",
                "1", UUID.randomUUID().toString())).asString();

        assertThat(paused).contains("Vamos a hacer una pausa").contains("Un perro en la playa");
        assertThat(GenerationRequest.count("student.subject = ?1 and status = ?2", "student-policy-3",
                RequestStatus.QUEUED)).isZero();
        ModerationFlag flag = QuarkusTransaction.requiringNew().call(() -> ModerationFlag
                .<ModerationFlag> find("student.subject", "student-policy-3").firstResult());
        assertThat(flag.blockedCount).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = "teacher-policy-4", roles = "teacher")
    void teacherSeesTheModerationLogOfTheirClassOnly() {
        Assignment assignment = Journeys.assignmentFor("student-policy-4", "teacher-policy-4", 8);
        blockAs("student-policy-4", assignment, "una escena con mucha violencia");
        Assignment otherClass = Journeys.assignmentFor("student-policy-5", "teacher-policy-5", 8);

        String log = given().get("/classes/" + assignment.schoolClass.id + "/moderation").then().statusCode(200)
                .extract().asString();

        assertThat(log).contains("student-policy-4").contains("una escena con mucha violencia").contains("Violencia")
                .contains("violencia");
        given().get("/classes/" + otherClass.schoolClass.id + "/moderation").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "student-policy-6", roles = "student")
    void studentsCannotReadModerationLogs() {
        Assignment assignment = Journeys.assignmentFor("student-policy-6", "teacher-policy-6", 8);
        given().get("/classes/" + assignment.schoolClass.id + "/moderation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "student-policy-7", roles = "student")
    void finalPromptFollowsTheChosenShapeAndTheTeachersExtraLines() {
        Assignment assignment = Journeys.assignmentFor("student-policy-7", "teacher-policy-7", 8);
        QuarkusTransaction.requiringNew().run(() -> Assignment.update("metaPromptLines = ?1 where id = ?2",
                "Monuments, educational style.", assignment.id));

        long id = Journeys.idFrom(Journeys.submit(assignment, "La Torre Eiffel de noche",
                "PORTRAIT", "1", UUID.randomUUID().toString()).getHeader("Location"), "/requests/");

        GenerationRequest request = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
        assertThat(request.finalPrompt).contains("in portrait format").doesNotContain("landscape")
                .contains("Monuments, educational style.").endsWith("La Torre Eiffel de noche")
                .doesNotContain("espada");
    }

    @Test
    @TestSecurity(user = "student-policy-8", roles = "student")
    void handInTitlesAreCheckedToo() {
        Assignment assignment = Journeys.assignmentFor("student-policy-8", "teacher-policy-8", 8);
        long requestId = Journeys.idFrom(Journeys.submit(assignment, "Un gato en la luna",
                "SQUARE", "1", UUID.randomUUID().toString()).getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Journeys.statusOf(requestId) == RequestStatus.SUCCEEDED);
        List<StoredImage> images = Journeys.imagesOf(requestId);

        Response rejected = FormSession.open("/requests/" + requestId).post()
                .formParam("title", "Gato desnudo").formParam("altText", "Un gato gris en la luna")
                .post("/images/" + images.get(0).id + "/hand-in");

        assertThat(FormSession.follow(rejected).asString()).contains("Tu idea incluye desnudos")
                .contains("Un gato gris en la luna");
    }

    private static void blockAs(String student, Assignment assignment, String prompt) {
        QuarkusTransaction.requiringNew().run(() -> {
            GenerationRequest request = new GenerationRequest();
            request.assignment = Assignment.findById(assignment.id);
            request.student = TestData.user(student, Role.STUDENT);
            request.prompt = prompt;
            request.finalPrompt = prompt;
            request.aspect = org.edu4all.studio.generation.Aspect.SQUARE;
            request.imageCount = 1;
            request.seed = 1;
            request.status = RequestStatus.BLOCKED;
            request.verdictCategory = Category.VIOLENCE;
            request.verdictTerm = "violencia";
            request.verdictLanguage = "es";
            request.verdictRule = "exact";
            request.idempotencyKey = UUID.randomUUID();
            request.createdAt = java.time.Instant.now();
            request.persist();
        });
    }
}

package org.edu4all.studio.gallery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Teachers approve, hide and comment; classmates see only what they should. */
@QuarkusTest
class ReviewTest {

    @Test
    @TestSecurity(user = "teacher-review-1", roles = "teacher")
    void teacherApprovesHidesWithAReasonAndComments() {
        HandIn handIn = handIn("teacher-review-1", "student-review-1", "classmate-review-1", false);
        String page = "/assignments/" + handIn.assignment.id;

        Response noReason = FormSession.open(page).post().formParam("reason", " ")
                .post("/hand-ins/" + handIn.id + "/hide");
        assertThat(FormSession.follow(noReason).asString()).contains("Escribe un motivo");
        assertThat(reload(handIn).reviewStatus).isEqualTo(ReviewStatus.PENDING);

        FormSession.open(page).post().formParam("reason", "Se parece demasiado a una marca")
                .post("/hand-ins/" + handIn.id + "/hide").then().statusCode(303);
        FormSession.open(page).post().formParam("feedback", "¡Muy buena idea el amanecer!")
                .post("/hand-ins/" + handIn.id + "/feedback").then().statusCode(303);

        HandIn reviewed = reload(handIn);
        assertThat(reviewed.reviewStatus).isEqualTo(ReviewStatus.HIDDEN);
        assertThat(reviewed.hiddenReason).isEqualTo("Se parece demasiado a una marca");
        assertThat(reviewed.feedback).isEqualTo("¡Muy buena idea el amanecer!");

        FormSession.open(page).post().post("/hand-ins/" + handIn.id + "/approve").then().statusCode(303);
        assertThat(reload(handIn).reviewStatus).isEqualTo(ReviewStatus.APPROVED);
        assertThat(reload(handIn).hiddenReason).isNull();
    }

    @Test
    @TestSecurity(user = "classmate-review-2", roles = "student")
    void inApprovalModeClassmatesSeeAHandInOnlyOnceApproved() {
        HandIn handIn = handIn("teacher-review-2", "student-review-2", "classmate-review-2", true);
        long classId = handIn.assignment.schoolClass.id;

        assertThat(given().get("/classes/" + classId + "/gallery").asString()).doesNotContain(handIn.title);
        given().get("/images/" + handIn.image.id).then().statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> HandIn.update("reviewStatus = ?1 where id = ?2",
                ReviewStatus.APPROVED, handIn.id));

        assertThat(given().get("/classes/" + classId + "/gallery").asString()).contains(handIn.title);
        given().get("/images/" + handIn.image.id + "/thumb").then().statusCode(200);
        given().get("/requests/" + handIn.image.request.id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "classmate-review-3", roles = "student")
    void withoutApprovalModeClassmatesSeeHandInsUntilHidden() {
        HandIn handIn = handIn("teacher-review-3", "student-review-3", "classmate-review-3", false);
        long classId = handIn.assignment.schoolClass.id;

        assertThat(given().get("/classes/" + classId + "/gallery").asString()).contains(handIn.title);
        given().get("/images/" + handIn.image.id).then().statusCode(200);
        given().get("/images/" + handIn.image.id + "/thumb").then().statusCode(200); // now in the thumbnail cache

        QuarkusTransaction.requiringNew().run(() -> HandIn.update("reviewStatus = ?1 where id = ?2",
                ReviewStatus.HIDDEN, handIn.id));

        assertThat(given().get("/classes/" + classId + "/gallery").asString()).doesNotContain(handIn.title);
        given().get("/images/" + handIn.image.id).then().statusCode(404);
        given().get("/images/" + handIn.image.id + "/thumb").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher-review-4", roles = "teacher")
    void anotherTeacherCannotReview() {
        HandIn handIn = handIn("teacher-review-5", "student-review-4", "classmate-review-4", false);
        SchoolClass own = TestData.schoolClass(TestData.user("teacher-review-4", Role.TEACHER), "Propia");

        FormSession session = FormSession.open("/classes/" + own.id);
        session.post().post("/hand-ins/" + handIn.id + "/approve").then().statusCode(404);
        session.post().formParam("reason", "x").post("/hand-ins/" + handIn.id + "/hide").then().statusCode(404);
        session.post().formParam("feedback", "x").post("/hand-ins/" + handIn.id + "/feedback").then().statusCode(404);
        assertThat(reload(handIn).reviewStatus).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    @TestSecurity(user = "student-review-6", roles = "student")
    void studentsCannotReview() {
        HandIn handIn = handIn("teacher-review-6", "student-review-6", "classmate-review-6", false);
        FormSession.open("/classes").post().post("/hand-ins/" + handIn.id + "/approve").then().statusCode(403);
    }

    /** A class with a student's hand-in and a classmate; the image bytes are a tiny real PNG. */
    static HandIn handIn(String teacher, String student, String classmate, boolean approvalRequired) {
        AppUser owner = TestData.user(student, Role.STUDENT);
        SchoolClass schoolClass = TestData.schoolClass(TestData.user(teacher, Role.TEACHER), "Clase " + teacher);
        TestData.enroll(schoolClass, owner);
        TestData.enroll(schoolClass, TestData.user(classmate, Role.STUDENT));
        Assignment assignment = TestData.assignment(schoolClass, "Galería", 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment managed = Assignment.findById(assignment.id);
            managed.approvalRequired = approvalRequired;
            GenerationRequest request = TestData.request(managed, AppUser.findById(owner.id), "Un faro al amanecer",
                    RequestStatus.SUCCEEDED);
            StoredImage image = TestData.storedImage(request, 0, TINY_PNG);
            HandIn handIn = new HandIn();
            handIn.assignment = managed;
            handIn.student = request.student;
            handIn.image = image;
            handIn.title = "Faro de " + student;
            handIn.altText = "Un faro blanco al amanecer";
            handIn.handedInAt = Instant.now();
            handIn.persist();
            return handIn;
        });
    }

    private static HandIn reload(HandIn handIn) {
        return QuarkusTransaction.requiringNew().call(() -> HandIn.findById(handIn.id));
    }

    private static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

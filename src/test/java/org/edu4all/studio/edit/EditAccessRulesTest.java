package org.edu4all.studio.edit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestKind;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The edit page and its POST against the five kinds of caller. Only the image's maker may edit it; for everyone
 * else, its own teacher and admins included, the page does not exist (404), exactly like a missing id.
 */
@QuarkusTest
class EditAccessRulesTest {

    private static final String OWNER = "edit-access-owner";
    private static final byte[] MASK = Edits.maskWithHole(1024, 1024, 0, 0, 64, 64);

    private static long imageId;

    @BeforeEach
    void createOnce() {
        if (imageId != 0) {
            return;
        }
        imageId = Edits.imageMadeFor(OWNER, "edit-access-teacher").id;
        AppUser otherStudent = TestData.user("edit-access-other-student", Role.STUDENT);
        SchoolClass otherClass = TestData.schoolClass(TestData.user("edit-access-other-teacher", Role.TEACHER), "Otra");
        TestData.enroll(otherClass, otherStudent);
        TestData.user("edit-access-admin", Role.ADMIN);
    }

    @Test
    @TestSecurity(user = OWNER, roles = "student")
    void theMakerOpensTheEditPageButNotForAMissingId() {
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(200);
        assertThat(status("/images/" + (imageId + 1_000_000) + "/edit")).isEqualTo(404);
        assertThat(status("/images/not-a-number/edit")).isEqualTo(404);
        assertThat(postWithValidToken(imageId + 1_000_000)).as("a tampered image id").isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "edit-access-other-student", roles = "student")
    void aStudentOfAnotherClassGetsNotFoundAndCannotPost() {
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(404);
        assertThat(postWithValidToken(imageId)).isEqualTo(404);
        assertThat(GenerationRequest.count("kind = ?1 and student.subject = ?2", RequestKind.EDIT,
                "edit-access-other-student")).isZero();
    }

    @Test
    @TestSecurity(user = "edit-access-teacher", roles = "teacher")
    void theClassTeacherSeesTheImageButCannotEditIt() {
        assertThat(status("/images/" + imageId + "/view")).isEqualTo(200);
        assertThat(given().get("/images/" + imageId + "/view").asString()).doesNotContain("/edit\"");
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "edit-access-other-teacher", roles = "teacher")
    void aTeacherOfAnotherClassGetsNotFound() {
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "edit-access-admin", roles = "admin")
    void anAdminGetsNotFoundToo() {
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(404);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(status("/images/" + imageId + "/edit")).isEqualTo(302);
        assertThat(given().redirects().follow(false).contentType("multipart/form-data")
                .multiPart("prompt", "Ponle un sombrero").post("/images/" + imageId + "/edit").statusCode())
                .isIn(302, 400);
    }

    private static int status(String path) {
        return given().redirects().follow(false).get(path).statusCode();
    }

    /** A POST with a valid CSRF token (from a page this caller can open), so only the ownership check can stop it. */
    private static int postWithValidToken(long id) {
        return FormSession.open("/classes").multipart()
                .multiPart("prompt", "Ponle un sombrero").multiPart("requestKey", UUID.randomUUID().toString())
                .multiPart("mask", "mask.png", MASK, "image/png")
                .post("/images/" + id + "/edit").statusCode();
    }
}

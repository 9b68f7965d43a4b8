package org.edu4all.studio.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Every route that takes an id, against the five kinds of caller: the owner, a student of another class, a teacher
 * of another class, an admin and an anonymous visitor. Strangers get "not found", so ids reveal nothing.
 */
@QuarkusTest
class AccessRulesTest {

    private static Fixture fixture;

    record Fixture(long classId, long assignmentId, long requestId, long imageId) {
    }

    @BeforeEach
    void createOnce() {
        if (fixture != null) {
            return;
        }
        AppUser owner = TestData.user("access-owner", Role.STUDENT);
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("access-teacher", Role.TEACHER), "Acceso");
        TestData.enroll(schoolClass, owner);
        Assignment assignment = TestData.assignment(schoolClass, "Acceso", 8);
        long requestId = TestData.queuedRequest(assignment, owner, "Un faro en la nieve");
        await().atMost(Duration.ofSeconds(30)).until(() -> !images(requestId).isEmpty());
        fixture = new Fixture(schoolClass.id, assignment.id, requestId, images(requestId).get(0).id);

        AppUser otherStudent = TestData.user("access-other-student", Role.STUDENT);
        SchoolClass otherClass = TestData.schoolClass(TestData.user("access-other-teacher", Role.TEACHER), "Otra");
        TestData.enroll(otherClass, otherStudent);
    }

    @Test
    @TestSecurity(user = "access-owner", roles = "student")
    void ownerReachesEverythingOfTheirs() {
        expect(200, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId(),
                "/images/" + fixture.imageId() + "/thumb", "/images/" + fixture.imageId() + "/view",
                "/images/" + fixture.imageId() + "/download");
    }

    @Test
    @TestSecurity(user = "access-other-student", roles = "student")
    void studentOfAnotherClassReachesNothing() {
        expect(404, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId(),
                "/images/" + fixture.imageId() + "/thumb", "/images/" + fixture.imageId() + "/view",
                "/images/" + fixture.imageId() + "/download");
    }

    @Test
    @TestSecurity(user = "access-other-teacher", roles = "teacher")
    void teacherOfAnotherClassReachesNothing() {
        expect(404, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId(),
                "/images/" + fixture.imageId() + "/thumb", "/classes/" + fixture.classId() + "/gallery",
                "/classes/" + fixture.classId() + "/queue", "/requests/" + fixture.requestId() + "/status",
                "/images/" + fixture.imageId() + "/view", "/images/" + fixture.imageId() + "/download");
    }

    @Test
    @TestSecurity(user = "access-teacher", roles = "teacher")
    void teacherOfTheClassReachesItsWork() {
        expect(200, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId(),
                "/classes/" + fixture.classId() + "/gallery");
    }

    @Test
    @TestSecurity(user = "access-admin", roles = "admin")
    void adminReachesEverything() {
        expect(200, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId(),
                "/classes/" + fixture.classId() + "/gallery");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        expect(302, "/classes/" + fixture.classId(), "/assignments/" + fixture.assignmentId(),
                "/requests/" + fixture.requestId(), "/images/" + fixture.imageId());
    }

    private static void expect(int status, String... paths) {
        for (String path : paths) {
            assertThat(given().redirects().follow(false).get(path).statusCode()).as(path).isEqualTo(status);
        }
    }

    private static List<StoredImage> images(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.list("request.id", requestId));
    }
}

package org.edu4all.studio.safety;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edu4all.studio.safety.WireMockContentSafety.IMAGE;
import static org.edu4all.studio.safety.WireMockContentSafety.TEXT;
import static org.edu4all.studio.safety.WireMockContentSafety.analysis;
import static org.edu4all.studio.safety.WireMockContentSafety.error;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * Held images: the class's teacher sees them in the moderation log and decides; nobody else can; classmates and
 * exports never see a held image; the admin sees a broken configuration.
 */
@QuarkusTest
@WithTestResource(value = WireMockContentSafety.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HeldImageReviewTest {

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    ContentSafety contentSafety;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(analysis(0, 0, 0, 0)));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).willReturn(analysis(0, 0, 0, 6)));
    }

    @Test
    @TestSecurity(user = "teacher-held-1", roles = "teacher")
    void theTeacherSeesAHeldImageInTheModerationLogAndReleasesItWithTheFormsToken() throws IOException {
        StoredImage image = heldImage("student-held-1", "teacher-held-1");
        long classId = classOf(image);
        long assignmentId = assignmentOf(image);
        String log = "/classes/" + classId + "/moderation";

        assertThat(given().get(log).asString()).contains("data-flagged-image=\"" + image.id + "\"")
                .contains("Violence:6").contains("Retenida por el control de seguridad");
        given().get("/images/" + image.id + "/thumb").then().statusCode(200);
        assertThat(exportedFiles(assignmentId)).doesNotContain("images/" + image.id + ".png");
        assertThat(given().get("/assignments/" + assignmentId + "/gallery").asString())
                .as("the teacher's gallery marks it as held").contains("data-safety-held>Retenida por el control");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/images/" + image.id + "/safety/release").then().statusCode(400);
        assertThat(reload(image).safetyStatus).as("no CSRF token, no release").isEqualTo(SafetyStatus.HELD);

        FormSession.open(log).post().post("/images/" + image.id + "/safety/release").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(log + "#held-images"));
        StoredImage released = reload(image);
        assertThat(released.safetyStatus).isEqualTo(SafetyStatus.RELEASED);
        assertThat(released.safetyReviewedAt).isNotNull();
        assertThat(exportedFiles(assignmentId)).contains("images/" + image.id + ".png");
        assertThat(given().get("/assignments/" + assignmentId + "/gallery").asString()).doesNotContain("data-safety-held");

        FormSession.open(log).post().post("/images/" + image.id + "/safety/hide").then().statusCode(303);
        assertThat(reload(image).safetyStatus).isEqualTo(SafetyStatus.HIDDEN);
        assertThat(exportedFiles(assignmentId)).doesNotContain("images/" + image.id + ".png");
    }

    @Test
    @TestSecurity(user = "teacher-held-other", roles = "teacher")
    void anotherClasssTeacherCanNeitherSeeNorReleaseIt() {
        StoredImage image = heldImage("student-held-2", "teacher-held-2");
        TestData.schoolClass(TestData.user("teacher-held-other", Role.TEACHER), "Otra clase");

        given().get("/images/" + image.id + "/thumb").then().statusCode(404);
        FormSession.open("/classes").post().post("/images/" + image.id + "/safety/release").then().statusCode(404);
        assertThat(reload(image).safetyStatus).isEqualTo(SafetyStatus.HELD);
    }

    @Test
    @TestSecurity(user = "classmate-held-3", roles = "student")
    void classmatesNeverSeeAHeldImageEvenIfItWasHandedIn() {
        StoredImage image = heldImage("student-held-3", "teacher-held-3");
        SchoolClass schoolClass = QuarkusTransaction.requiringNew().call(() -> StoredImage.<StoredImage> findById(
                image.id).request.assignment.schoolClass);
        TestData.enroll(schoolClass, TestData.user("classmate-held-3", Role.STUDENT));
        QuarkusTransaction.requiringNew().run(() -> TestData.handIn(StoredImage.findById(image.id), "Torre de noche",
                "Una torre de noche"));

        given().get("/images/" + image.id + "/thumb").then().statusCode(404);
        assertThat(given().get("/classes/" + schoolClass.id + "/gallery").then().statusCode(200).extract().asString())
                .doesNotContain("/images/" + image.id);
    }

    @Test
    @TestSecurity(user = "admin-held-4", roles = "admin")
    void aRefusedKeyShowsAsAConfigurationErrorOnTheAdminStatus() {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(error(401, "401")));

        try {
            contentSafety.screenPrompt("Un gato con sombrero");
        } catch (GenerationException e) {
            assertThat(e.kind()).isEqualTo(GenerationException.Kind.CONFIGURATION);
        }

        String home = given().get("/home").asString();
        assertThat(home).contains("id=\"content-safety-status\"").contains("azure-content-safety")
                .contains("CONFIGURATION").contains("HTTP 401").doesNotContain(WireMockContentSafety.DEFAULT_KEY);
    }

    /** A request queued straight in the database; the worker generates it and the check holds its image. */
    static StoredImage heldImage(String student, String teacher) {
        Assignment assignment = Journeys.assignmentFor(student, teacher, 8);
        AppUser owner = TestData.user(student, Role.STUDENT);
        long id = TestData.queuedRequest(assignment, owner, "Una torre de noche");
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        StoredImage image = Journeys.imagesOf(id).get(0);
        assertThat(image.safetyStatus).isEqualTo(SafetyStatus.HELD);
        return image;
    }

    private static long classOf(StoredImage image) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.<StoredImage> findById(image.id)
                .request.assignment.schoolClass.id);
    }

    private static long assignmentOf(StoredImage image) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.<StoredImage> findById(image.id)
                .request.assignment.id);
    }

    private static StoredImage reload(StoredImage image) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.findById(image.id));
    }

    private static List<String> exportedFiles(long assignmentId) throws IOException {
        byte[] zip = given().get("/assignments/" + assignmentId + "/export.zip").then().statusCode(200).extract()
                .asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}

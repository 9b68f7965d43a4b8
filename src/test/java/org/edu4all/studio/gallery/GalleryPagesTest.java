package org.edu4all.studio.gallery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The teacher's gallery pages come from a cache keyed by the assignment's gallery version: every change a teacher
 * must see changes the version (database triggers), a flash message is never cached, and a cached page carries
 * nothing secret per session.
 */
@QuarkusTest
class GalleryPagesTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    GalleryPages pages;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "teacher-gpages-1", roles = "teacher")
    void everyChangeTheTeacherMustSeeReachesTheCachedPage() {
        Fixture f = fixture("teacher-gpages-1", "student-gpages-1");
        String gallery = "/assignments/" + f.assignment.id + "/gallery";
        assertThat(tiles(page(gallery))).isZero();

        StoredImage image = call(() -> imageOf(f));
        eventually(() -> assertThat(tiles(page(gallery))).as("a new image").isEqualTo(1));

        long handInId = call(() -> TestData.handIn(StoredImage.findById(image.id), "Mi faro",
                "Un faro blanco junto al mar").id);
        eventually(() -> assertThat(page(gallery)).as("a hand-in").contains("Entregada · Sin revisar")
                .contains("alt=\"Un faro blanco junto al mar\""));

        run(() -> HandIn.update("reviewStatus = ?1 where id = ?2", ReviewStatus.APPROVED, handInId));
        eventually(() -> assertThat(page(gallery)).as("a review").contains("Entregada · Aprobada"));

        run(() -> StoredImage.update("safetyStatus = ?1 where id = ?2", SafetyStatus.HELD, image.id));
        eventually(() -> assertThat(page(gallery)).as("held by the safety check").contains("data-safety-held"));

        run(() -> AppUser.update("displayName = ?1 where id = ?2", "Lucía Renombrada", f.student.id));
        eventually(() -> assertThat(page(gallery)).as("a student's new name").contains("Lucía Renombrada"));

        TestData.enroll(f.schoolClass, TestData.user("newcomer-gpages-1", Role.STUDENT));
        eventually(() -> assertThat(page(gallery)).as("a student joining").contains(">newcomer-gpages-1</option>"));

        run(() -> Assignment.update("title = ?1 where id = ?2", "Faros del norte", f.assignment.id));
        eventually(() -> assertThat(page(gallery)).as("the assignment renamed").contains("Faros del norte"));
    }

    @Test
    @TestSecurity(user = "teacher-gpages-2", roles = "teacher")
    void anUnchangedGalleryIsServedFromTheCacheWithoutAskingForItsImages() {
        Fixture f = fixture("teacher-gpages-2", "student-gpages-2");
        String gallery = "/assignments/" + f.assignment.id + "/gallery";
        String first = page(gallery);
        assertThat(pages.size()).isPositive();

        // An image stored behind the triggers' back: a page rendered again would show it, the cached one does not.
        run(() -> em.createNativeQuery("alter table image disable trigger image_changes_gallery")
                .executeUpdate());
        try {
            run(() -> imageOf(f));
        } finally {
            run(() -> em.createNativeQuery("alter table image enable trigger image_changes_gallery")
                    .executeUpdate());
        }
        assertThat(page(gallery)).isEqualTo(first);
        assertThat(tiles(page(gallery + "?page=1&student=" + f.student.id))).as("another filter, not cached yet")
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher-gpages-3", roles = "teacher")
    void aFlashMessageIsShownOnceAndNeverCached() {
        Fixture f = fixture("teacher-gpages-3", "student-gpages-3");
        long handInId = call(() -> TestData.handIn(imageOf(f), "Mi faro", "Un faro blanco junto al mar").id);
        String gallery = "/assignments/" + f.assignment.id + "/gallery";
        page(gallery);

        Response approved = FormSession.open("/assignments/" + f.assignment.id).post()
                .header("Referer", base.resolve(gallery).toString()).post("/hand-ins/" + handInId + "/approve");
        assertThat(approved.getHeader("Location")).endsWith(gallery);
        assertThat(FormSession.follow(approved).asString()).contains("Entrega aprobada")
                .contains("Entregada · Aprobada");
        eventually(() -> assertThat(page(gallery)).doesNotContain("Entrega aprobada").contains("Entregada · Aprobada"));
    }

    @Test
    @TestSecurity(user = "teacher-gpages-4", roles = "teacher")
    void aCachedPageHoldsNoCsrfTokenAndDependsOnTheLanguage() {
        Fixture f = fixture("teacher-gpages-4", "student-gpages-4");
        String gallery = "/assignments/" + f.assignment.id + "/gallery";
        String spanish = page(gallery);
        assertThat(spanish).doesNotContainIgnoringCase("csrf").contains("0 imágenes");
        assertThat(given().cookie("lang", "en").get(gallery).then().statusCode(200).extract().asString())
                .contains("0 images");
    }

    @Test
    @TestSecurity(user = "admin-gpages-5", roles = "admin")
    void anAdminSeesAnyGalleryAndNobodySeesAMissingOne() {
        Fixture f = fixture("teacher-gpages-5", "student-gpages-5");
        TestData.user("admin-gpages-5", Role.ADMIN);
        given().get("/assignments/" + f.assignment.id + "/gallery").then().statusCode(200);
        given().get("/assignments/" + Long.MAX_VALUE + "/gallery").then().statusCode(404);
    }

    private record Fixture(SchoolClass schoolClass, Assignment assignment, AppUser student) {
    }

    private static Fixture fixture(String teacher, String student) {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user(teacher, Role.TEACHER), "Clase " + teacher);
        AppUser owner = TestData.user(student, Role.STUDENT);
        TestData.enroll(schoolClass, owner);
        return new Fixture(schoolClass, TestData.assignment(schoolClass, "Faros", 10), owner);
    }

    /** One stored image of the fixture's student; inside a transaction. */
    private static StoredImage imageOf(Fixture f) {
        return TestData.storedImage(TestData.request(Assignment.findById(f.assignment.id),
                AppUser.findById(f.student.id), "Un faro", RequestStatus.SUCCEEDED), 0, new byte[] { 1 });
    }

    /**
     * Each change reaches the app as a PostgreSQL notification at commit: a page asked for a few milliseconds later
     * may still be the previous one.
     */
    private static void eventually(ThrowingRunnable assertion) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(assertion);
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static int tiles(String page) {
        return page.split("class=\"gallery-item\"", -1).length - 1;
    }

    private static <T> T call(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static void run(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}

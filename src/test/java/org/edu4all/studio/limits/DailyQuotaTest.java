package org.edu4all.studio.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.GenerationService;
import org.edu4all.studio.generation.PromptForm;
import org.edu4all.studio.generation.SubmitResult;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Images per student per day and per class per day: what counts, what the student is told (when it renews, in their
 * language, with their prompt kept), and that concurrent submits cannot overshoot.
 */
@QuarkusTest
class DailyQuotaTest {

    static final String PROMPT = "Un perro junto a la Torre Eiffel zzq-quota";

    @Inject
    GenerationService generation;

    @AfterEach
    void restoreDefaults() {
        DailyLimits.set(20, 300);
    }

    @Test
    @TestSecurity(user = "student-quota-1", roles = "student")
    void aStudentsDailyQuotaSaysWhenItRenewsAndKeepsThePrompt() {
        DailyLimits.set(3, 300);
        Assignment assignment = Journeys.assignmentFor("student-quota-1", "teacher-quota-1", 10);

        assertThat(submit(assignment, "2").getHeader("Location")).contains("/requests/");
        String page = followed(submit(assignment, "2"));
        assertThat(page).contains("Hoy solo te quedan 1 imágenes: pide menos.").contains(PROMPT);
        assertThat(submit(assignment, "1").getHeader("Location")).contains("/requests/");

        page = followed(submit(assignment, "1"));
        assertThat(page).contains("Hoy ya has creado todas las imágenes que puedes. Podrás crear más mañana, a partir"
                + " de las " + renewalTime() + ".").contains(PROMPT);
        assertThat(imagesToday("student-quota-1")).isEqualTo(3);

        Response english = submitIn("en", assignment, "1");
        String englishPage = given().redirects().follow(false).cookie("flash", english.getCookie("flash"))
                .cookie("lang", "en").get(english.getHeader("Location")).asString();
        assertThat(englishPage).contains("You have made all the images you can today. You can make more tomorrow,"
                + " from " + renewalTime() + ".").contains(PROMPT);
    }

    @Test
    @TestSecurity(user = "student-quota-2", roles = "student")
    void blockedFailedAndYesterdaysRequestsUseNoDailyQuota() {
        DailyLimits.set(2, 300);
        Assignment assignment = Journeys.assignmentFor("student-quota-2", "teacher-quota-2", 20);
        assertThat(submit(assignment, "2").getHeader("Location")).contains("/requests/");
        assertThat(submit(assignment, "1").getHeader("Location")).contains("/assignments/");

        setStatusOfAll("student-quota-2", "FAILED");
        assertThat(submit(assignment, "2").getHeader("Location")).as("failed images are given back")
                .contains("/requests/");
        setStatusOfAll("student-quota-2", "BLOCKED");
        assertThat(submit(assignment, "2").getHeader("Location")).as("blocked images are given back")
                .contains("/requests/");

        Instant yesterday = new SchoolDay(ZoneId.of("Europe/Madrid")).start(Instant.now()).minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> GenerationRequest.getEntityManager().createNativeQuery(
                "update generation_request set created_at = ?1 where student_id = (select id from app_user"
                        + " where subject = ?2)").setParameter(1, yesterday).setParameter(2, "student-quota-2")
                .executeUpdate());
        assertThat(submit(assignment, "2").getHeader("Location")).as("a new school day").contains("/requests/");
    }

    @Test
    void concurrentSubmitsOfAClassNeverOvershootItsDailyQuota() throws Exception {
        int students = 10;
        int classLimit = 5;
        DailyLimits.set(20, classLimit);
        AppUser teacher = TestData.user("teacher-quota-3", Role.TEACHER);
        SchoolClass schoolClass = TestData.schoolClass(teacher, "Clase cuota");
        Assignment assignment = TestData.assignment(schoolClass, "Monumentos", 8);
        List<AppUser> children = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            AppUser child = TestData.user("student-quota-3-" + i, Role.STUDENT);
            TestData.enroll(schoolClass, child);
            children.add(child);
        }

        List<SubmitResult> results = submitTogether(children, assignment);

        assertThat(results).as("%d children, 1 image each, class limit %d", students, classLimit)
                .filteredOn(SubmitResult.Saved.class::isInstance).hasSize(classLimit);
        assertThat(results).filteredOn(SubmitResult.Rejected.class::isInstance)
                .allSatisfy(r -> assertThat(((SubmitResult.Rejected) r).messageKey()).isEqualTo("error_quota_class_day"))
                .allSatisfy(r -> assertThat(((SubmitResult.Rejected) r).messageArg()).isEqualTo(renewalTime()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> GenerationRequest.count("assignment.id", assignment.id)))
                .isEqualTo(classLimit);
    }

    @Test
    @TestSecurity(user = "teacher-quota-4", roles = "teacher")
    void theTeacherSeesTheClassUsageAgainstTheDailyLimitOnTheQueuePage() {
        DailyLimits.set(20, 40);
        Assignment assignment = Journeys.assignmentFor("student-quota-4", "teacher-quota-4", 10);
        AppUser student = TestData.user("student-quota-4", Role.STUDENT);
        assertThat(generation.submit(student, assignment, form("3"))).isInstanceOf(SubmitResult.Saved.class);
        long classId = QuarkusTransaction.requiringNew()
                .call(() -> Assignment.<Assignment>findById(assignment.id).schoolClass.id);

        assertThat(given().get("/classes/" + classId + "/queue").asString())
                .contains("Imágenes de la clase hoy: 3 de 40.");
    }

    private List<SubmitResult> submitTogether(List<AppUser> children, Assignment assignment) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(children.size());
        try {
            List<Future<SubmitResult>> futures = new ArrayList<>();
            for (AppUser child : children) {
                futures.add(pool.submit((Callable<SubmitResult>) () -> {
                    start.await();
                    return generation.submit(child, assignment, form("1"));
                }));
            }
            start.countDown();
            List<SubmitResult> results = new ArrayList<>();
            for (Future<SubmitResult> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PromptForm form(String count) {
        return new PromptForm(PROMPT, "SQUARE", count, UUID.randomUUID().toString());
    }

    private static Response submit(Assignment assignment, String count) {
        return Journeys.submit(assignment, PROMPT, "SQUARE", count, UUID.randomUUID().toString());
    }

    private static Response submitIn(String language, Assignment assignment, String count) {
        return FormSession.open("/assignments/" + assignment.id).post().cookie("lang", language)
                .formParam("prompt", PROMPT).formParam("aspect", "SQUARE").formParam("count", count)
                .formParam("requestKey", UUID.randomUUID().toString())
                .post("/assignments/" + assignment.id + "/requests");
    }

    private static String followed(Response redirect) {
        assertThat(redirect.statusCode()).isEqualTo(303);
        Response page = FormSession.follow(redirect);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }

    /** The school's next midnight as the message shows it. */
    private static String renewalTime() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        return DateTimeFormatter.ofPattern("HH:mm")
                .format(new SchoolDay(madrid).nextStart(Instant.now()).atZone(madrid));
    }

    private static long imagesToday(String subject) {
        return QuarkusTransaction.requiringNew().<Long>call(() -> GenerationRequest.find(
                "select coalesce(sum(r.imageCount), 0) from GenerationRequest r where r.student.subject = ?1", subject)
                .project(Long.class).<Long>firstResult());
    }

    private static void setStatusOfAll(String subject, String status) {
        QuarkusTransaction.requiringNew().run(() -> GenerationRequest.getEntityManager().createNativeQuery(
                "update generation_request set status = ?1 where student_id = (select id from app_user where subject = ?2)")
                .setParameter(1, status).setParameter(2, subject).executeUpdate());
    }
}

package org.edu4all.studio.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.GenerationService;
import org.edu4all.studio.generation.PromptForm;
import org.edu4all.studio.generation.SubmitResult;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The class's images of the day come from running totals that a trigger keeps (V16), no longer from summing the
 * day's requests. Each step below changes requests the way some path of the app (or a hand-made fix) does, and the
 * class's count must be what summing its requests gives, every time.
 */
@QuarkusTest
class ClassDayUsageTest {

    @Inject
    GenerationService generation;

    @Inject
    DailyQuotas quotas;

    @AfterEach
    void restoreDefaults() {
        DailyLimits.set(20, 300);
    }

    @Test
    void theClassCountFollowsEverySubmissionEndingMoveAndDeletion() {
        DailyLimits.set(100, 300);
        AppUser teacher = TestData.user("teacher-usage-1", Role.TEACHER);
        SchoolClass schoolClass = TestData.schoolClass(teacher, "Clase totales");
        Assignment assignment = TestData.assignment(schoolClass, "Puentes", 50);
        Assignment other = TestData.assignment(schoolClass, "Faros", 50);
        AppUser ana = TestData.user("student-usage-1", Role.STUDENT);
        AppUser leo = TestData.user("student-usage-2", Role.STUDENT);
        TestData.enroll(schoolClass, ana);
        TestData.enroll(schoolClass, leo);

        submit(ana, assignment, "3");
        submit(leo, other, "2");
        submit(ana, other, "1");
        assertCount(schoolClass, 6);

        setStatus(ana, "RUNNING");
        setStatus(ana, "SUCCEEDED");
        assertCount(schoolClass, 6); // still counted: most changes leave the totals alone

        setStatus(leo, "FAILED");
        assertCount(schoolClass, 4);
        setStatus(leo, "WAITING_RETRY"); // a hand-made retry counts again
        assertCount(schoolClass, 6);
        setStatus(leo, "BLOCKED");
        assertCount(schoolClass, 4);

        sql("update generation_request set created_at = ?1 where student_id = ?2",
                new SchoolDay(ZoneId.of("Europe/Madrid")).start(Instant.now()).minusSeconds(60), ana.id);
        assertCount(schoolClass, 0); // made yesterday
        sql("update generation_request set created_at = ?1 where student_id = ?2", Instant.now(), ana.id);
        assertCount(schoolClass, 4);

        sql("update generation_request set image_count = 4 where student_id = ?1 and image_count = 3", ana.id);
        assertCount(schoolClass, 5);

        sql("delete from generation_request where assignment_id = ?1", assignment.id);
        assertCount(schoolClass, 1);
    }

    private void submit(AppUser student, Assignment assignment, String count) {
        SubmitResult result = generation.submit(student, assignment,
                new PromptForm("Un puente de colores zzq-usage", "SQUARE", count, UUID.randomUUID().toString()));
        assertThat(result).isInstanceOf(SubmitResult.Saved.class);
    }

    /** The running total, and what summing the class's requests of the day gives. */
    private void assertCount(SchoolClass schoolClass, long expected) {
        long summed = QuarkusTransaction.requiringNew().call(() -> ((Number) GenerationRequest.getEntityManager()
                .createNativeQuery("select coalesce(sum(r.image_count), 0) from generation_request r join assignment a"
                        + " on a.id = r.assignment_id where a.class_id = ?1 and r.created_at >= ?2"
                        + " and r.status not in ('FAILED', 'BLOCKED')")
                .setParameter(1, schoolClass.id)
                .setParameter(2, new SchoolDay(ZoneId.of("Europe/Madrid")).start(Instant.now()))
                .getSingleResult()).longValue());
        long kept = QuarkusTransaction.requiringNew().call(() -> quotas.classUsage(schoolClass.id).used());
        assertThat(summed).as("the class's requests of the day").isEqualTo(expected);
        assertThat(kept).as("the running totals").isEqualTo(expected);
    }

    private static void setStatus(AppUser student, String status) {
        sql("update generation_request set status = ?1 where student_id = ?2", status, student.id);
    }

    private static void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = GenerationRequest.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}

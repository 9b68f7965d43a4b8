package org.edu4all.studio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * The Flyway schema on the real embedded PostgreSQL: Hibernate validated it at start (or the app would not be up),
 * and the database itself enforces the rules that protect children's work.
 */
@QuarkusTest
class SchemaTest {

    @Inject
    EntityManager em;

    @Test
    void migrationsAreApplied() {
        @SuppressWarnings("unchecked")
        List<String> versions = em.createNativeQuery("select version from flyway_schema_history where success")
                .getResultList();
        assertThat(versions).contains("1");
    }

    @Test
    void imageBytesLiveApartFromImageMetadata() {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select column_name from information_schema.columns"
                + " where table_name = 'image' and data_type = 'bytea'").getResultList();
        assertThat(columns).isEmpty();
    }

    @Test
    void requestStatusIsCheckedByTheDatabase() {
        Assignment assignment = TestData.assignment(
                TestData.schoolClass(TestData.user("teacher-schema-1", Role.TEACHER), "Esquema"), "T", 4);
        long studentId = TestData.user("student-schema-1", Role.STUDENT).id;

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into generation_request (assignment_id, student_id, prompt, aspect, image_count, final_prompt,"
                        + " seed, status, idempotency_key) values (?1, ?2, 'x', 'SQUARE', 1, 'x', 1, 'DONE',"
                        + " gen_random_uuid())")
                .setParameter(1, assignment.id).setParameter(2, studentId).executeUpdate()))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void joinCodesAreUnique() {
        var teacher = TestData.user("teacher-schema-2", Role.TEACHER);
        var first = TestData.schoolClass(teacher, "Uno");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into school_class (name, join_code, teacher_id) values ('Dos', ?1, ?2)")
                .setParameter(1, first.joinCode).setParameter(2, teacher.id).executeUpdate()))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class);
    }
}

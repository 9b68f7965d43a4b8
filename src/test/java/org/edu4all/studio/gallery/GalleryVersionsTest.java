package org.edu4all.studio.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.security.SignedInIdentity;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Gallery versions come from PostgreSQL's notifications, only grow, and are forgotten when listening stops. */
@QuarkusTest
class GalleryVersionsTest {

    @Inject
    GalleryVersions versions;

    @Inject
    AssignmentGallery gallery;

    @Inject
    EntityManager em;

    @Test
    void aCommittedChangeIsAnnouncedToTheApp() {
        Assignment assignment = assignment("teacher-gversions-1");
        GalleryHeader read = header("teacher-gversions-1", assignment.id);

        QuarkusTransaction.requiringNew().run(() -> Assignment.update("title = ?1 where id = ?2", "Puentes",
                assignment.id));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(versions.current(assignment.id))
                .hasValueSatisfying(v -> {
                    assertThat(v.number()).isEqualTo(read.version() + 1);
                    assertThat(v.title()).isEqualTo("Puentes");
                }));
    }

    @Test
    void anOlderReadNeverReplacesANewerVersion() {
        Assignment assignment = assignment("teacher-gversions-2");
        header("teacher-gversions-2", assignment.id);
        versions.apply(assignment.id + ":50:Nuevo: con dos puntos");

        versions.offer(versions.epoch(), assignment.id, new GalleryVersions.Version(49, "Viejo"));

        assertThat(versions.current(assignment.id)).contains(new GalleryVersions.Version(50, "Nuevo: con dos puntos"));
    }

    @Test
    void aLostListenerForgetsWhatItKnewAndAReadFromBeforeIsNotKept() {
        Assignment assignment = assignment("teacher-gversions-3");
        header("teacher-gversions-3", assignment.id);
        assertThat(versions.current(assignment.id)).isPresent();
        long before = versions.epoch();

        // The database drops the listening connection, as in a restart or a network cut.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_terminate_backend(pid)"
                + " from pg_stat_activity where query ilike 'listen gallery_changed%'").getResultList());

        await().atMost(Duration.ofSeconds(30)).until(() -> versions.epoch() >= before + 2 && versions.epoch() % 2 == 1);
        versions.offer(before, assignment.id, new GalleryVersions.Version(7, "Leído antes del corte"));
        assertThat(versions.current(assignment.id)).as("forgotten, and the old read not kept").isEmpty();
        assertThat(header("teacher-gversions-3", assignment.id).title()).isEqualTo("Faros");
        assertThat(versions.current(assignment.id)).as("known again once read").isPresent();
    }

    private GalleryHeader header(String teacher, long assignmentId) {
        return gallery.managedBy(new SignedInIdentity(teacher, teacher, Role.TEACHER), assignmentId).orElseThrow();
    }

    private static Assignment assignment(String teacher) {
        return TestData.assignment(TestData.schoolClass(TestData.user(teacher, Role.TEACHER), "Clase " + teacher),
                "Faros", 10);
    }
}

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
    void aCommittedChangeIsAnnouncedAndMovesTheStamp() {
        Assignment assignment = assignment("teacher-gversions-1");
        GalleryHeader read = header("teacher-gversions-1", assignment.id);
        assertThat(read.stamp()).isNotNull();

        QuarkusTransaction.requiringNew().run(() -> Assignment.update("title = ?1 where id = ?2", "Puentes",
                assignment.id));

        await().atMost(Duration.ofSeconds(10)).until(() -> !versions.isCurrent(assignment.id, read.stamp()));
        assertThat(header("teacher-gversions-1", assignment.id).title()).isEqualTo("Puentes");
    }

    @Test
    void whatWasReadWhileAChangeWasAnnouncedIsNotCached() {
        Assignment assignment = assignment("teacher-gversions-2");
        long before = versions.sequence();

        versions.apply(String.valueOf(assignment.id)); // arrives while a query is running

        assertThat(versions.stampIfQuiet(before, assignment.id)).isEmpty();
        long after = versions.sequence();
        assertThat(versions.stampIfQuiet(after, assignment.id)).isPresent();
    }

    @Test
    void aLostListenerMakesEveryEarlierStampStaleAndResumes() {
        Assignment assignment = assignment("teacher-gversions-3");
        GalleryVersions.Stamp before = header("teacher-gversions-3", assignment.id).stamp();
        assertThat(versions.isCurrent(assignment.id, before)).isTrue();

        // The database drops the listening connection, as in a restart or a network cut.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_terminate_backend(pid)"
                + " from pg_stat_activity where query ilike 'listen gallery_changed%'").getResultList());

        await().atMost(Duration.ofSeconds(30)).until(() -> versions.stamp(assignment.id)
                .map(now -> now.epoch() > before.epoch()).orElse(false));
        assertThat(versions.isCurrent(assignment.id, before)).as("stale after the cut").isFalse();
        assertThat(header("teacher-gversions-3", assignment.id).stamp()).as("a new stamp once read again")
                .isNotNull().isNotEqualTo(before);
    }

    private GalleryHeader header(String teacher, long assignmentId) {
        return gallery.managedBy(new SignedInIdentity(teacher, teacher, Role.TEACHER), assignmentId).orElseThrow();
    }

    private static Assignment assignment(String teacher) {
        return TestData.assignment(TestData.schoolClass(TestData.user(teacher, Role.TEACHER), "Clase " + teacher),
                "Faros", 10);
    }
}

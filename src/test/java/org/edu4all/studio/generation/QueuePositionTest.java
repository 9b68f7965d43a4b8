package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The place in the queue a student's request page shows: waiting requests ahead of it (queued, or waiting for a
 * retry), in claim order; running and finished ones are not in the queue. Counted along the claimable index (V12).
 */
@QuarkusTest
class QueuePositionTest {

    @Test
    void countsOnlyTheWaitingRequestsAheadInClaimOrder() {
        AppUser student = TestData.user("student-queue-position", Role.STUDENT);
        Assignment assignment = TestData.assignment(TestData.schoolClass(
                TestData.user("teacher-queue-position", Role.TEACHER), "Cola 4ºB"), "Posiciones", 20);
        // One transaction, rolled back: the workers never see these rows, so none is claimed while we count. Dated
        // long ago, so that no request another test left waiting is ahead of them.
        TestData.inRolledBackTransaction(() -> {
            Instant now = Instant.parse("2001-09-03T08:30:00Z");
            GenerationRequest first = at(assignment, student, RequestStatus.QUEUED, now);
            GenerationRequest retrying = at(assignment, student, RequestStatus.WAITING_RETRY, now.plusMillis(1));
            GenerationRequest running = at(assignment, student, RequestStatus.RUNNING, now.plusMillis(2));
            GenerationRequest done = at(assignment, student, RequestStatus.SUCCEEDED, now.plusMillis(3));
            GenerationRequest sameInstant = at(assignment, student, RequestStatus.QUEUED, now.plusMillis(4));
            GenerationRequest last = at(assignment, student, RequestStatus.QUEUED, now.plusMillis(4));
            GenerationRequest.getEntityManager().flush();

            assertThat(first.queuePosition()).isEqualTo(1);
            assertThat(retrying.queuePosition()).as("a retry waits in the queue too").isEqualTo(2);
            assertThat(sameInstant.queuePosition()).as("running and finished ones are not ahead").isEqualTo(3);
            assertThat(last.queuePosition()).as("the same instant: the older id goes first").isEqualTo(4);
            assertThat(running.queuePosition()).isZero();
            assertThat(done.queuePosition()).isZero();
        });
    }

    private static GenerationRequest at(Assignment assignment, AppUser student, RequestStatus status,
            Instant createdAt) {
        GenerationRequest request = TestData.request(Assignment.findById(assignment.id), AppUser.findById(student.id),
                "Un faro en la luna", status);
        request.createdAt = createdAt;
        return request;
    }
}

package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.image.ImageStore;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A worker's lease on the request it generates. The poll's take-over of requests whose worker vanished: a RUNNING
 * request whose lease has expired goes back to the queue, or fails with a message when its attempts are used up; a
 * request still within its lease, and any request that is not RUNNING, is left alone. And a worker that was taken
 * over stores nothing when its answer comes after all: only the current attempt's result is kept.
 */
@QuarkusTest
class LeaseTest {

    @Inject
    GenerationJobs jobs;

    @Inject
    GenerationConfig config;

    @Inject
    ImageStore images;

    @Test
    void expiredLeasesGoBackToTheQueueOrFailWhenOutOfAttempts() {
        AppUser student = TestData.user("student-lease-reclaim", Role.STUDENT);
        Assignment assignment = TestData.assignment(TestData.schoolClass(
                TestData.user("teacher-lease-reclaim", Role.TEACHER), "Relevos 6ºA"), "Relevos", 20);
        // One transaction, rolled back: the workers never see these rows, so no worker claims or finishes them.
        TestData.inRolledBackTransaction(() -> {
            Instant longAgo = Instant.parse("2001-09-03T08:30:00Z");
            GenerationRequest vanished = running(assignment, student, longAgo, 1);
            GenerationRequest outOfAttempts = running(assignment, student, longAgo, config.maxAttempts());
            GenerationRequest stillGenerating = running(assignment, student, Instant.now(), 1);
            GenerationRequest queued = TestData.request(Assignment.findById(assignment.id),
                    AppUser.findById(student.id), "Un faro", RequestStatus.QUEUED);
            GenerationRequest.getEntityManager().flush();

            assertThat(jobs.reclaimExpiredLeases()).as("at least our two expired leases").isGreaterThanOrEqualTo(2);
            GenerationRequest.getEntityManager().clear();

            GenerationRequest requeued = GenerationRequest.findById(vanished.id);
            assertThat(requeued.status).isEqualTo(RequestStatus.QUEUED);
            assertThat(requeued.attempts).as("the attempt it used still counts").isEqualTo(1);
            GenerationRequest failed = GenerationRequest.findById(outOfAttempts.id);
            assertThat(failed.status).isEqualTo(RequestStatus.FAILED);
            assertThat(failed.errorCode).isEqualTo("error_generation_failed");
            assertThat(failed.finishedAt).isNotNull();
            assertThat(GenerationRequest.<GenerationRequest> findById(stillGenerating.id).status)
                    .as("within its lease").isEqualTo(RequestStatus.RUNNING);
            assertThat(GenerationRequest.<GenerationRequest> findById(queued.id).status)
                    .isEqualTo(RequestStatus.QUEUED);
        });
    }

    @Test
    void aWorkerThatWasTakenOverStoresNothingAndTheCurrentAttemptStoresOnce() {
        AppUser student = TestData.user("student-lease-taken-over", Role.STUDENT);
        Assignment assignment = TestData.assignment(TestData.schoolClass(
                TestData.user("teacher-lease-taken-over", Role.TEACHER), "Relevos 6ºB"), "Relevos", 20);
        // Committed, so that complete() runs in its own transaction as a worker's does. RUNNING and within its
        // lease: no worker claims it and the poll leaves it alone. Its second attempt is the current one.
        long requestId = QuarkusTransaction.requiringNew()
                .call(() -> running(assignment, student, Instant.now(), 2).id);
        ImageSize size = new ImageSize(1024, 1024);
        PreparedImage image = images.prepare(new GeneratedImage(new OfflinePainter().paint("Un faro", size, 1),
                "image/png", size));
        GenerationResult answer = GenerationResult.of(List.of());

        assertThat(jobs.complete(job(requestId, student, 1), List.of(image), answer, "offline", "offline-preview"))
                .as("the first attempt's worker, presumed dead and taken over").isFalse();
        assertThat(imagesOf(requestId)).as("nothing of its transaction is kept").isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> GenerationRequest.<GenerationRequest> findById(
                requestId).status)).isEqualTo(RequestStatus.RUNNING);

        Instant beforeStoring = Instant.now();
        assertThat(jobs.complete(job(requestId, student, 2), List.of(image), answer, "offline", "offline-preview"))
                .isTrue();
        assertThat(imagesOf(requestId)).isEqualTo(1);
        GenerationRequest done = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(requestId));
        assertThat(done.status).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(done.finishedAt).as("when the images were stored").isAfterOrEqualTo(beforeStoring);

        assertThat(jobs.complete(job(requestId, student, 2), List.of(image), answer, "offline", "offline-preview"))
                .as("the same attempt's answer again").isFalse();
        assertThat(imagesOf(requestId)).as("stored once").isEqualTo(1);
    }

    private static Job job(long requestId, AppUser student, int attempt) {
        return new Job(requestId, attempt, "Un faro", "Un faro", Aspect.SQUARE, 1, 1, null, student.id,
                RequestKind.GENERATE, false);
    }

    private static long imagesOf(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.count("request.id", requestId));
    }

    private static GenerationRequest running(Assignment assignment, AppUser student, Instant startedAt, int attempts) {
        GenerationRequest request = TestData.request(Assignment.findById(assignment.id), AppUser.findById(student.id),
                "Un faro en la luna", RequestStatus.RUNNING);
        request.startedAt = startedAt;
        request.attempts = attempts;
        request.provider = "offline";
        return request;
    }
}

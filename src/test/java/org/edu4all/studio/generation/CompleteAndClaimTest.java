package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.image.ImageStore;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.SafetyVerdict;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A worker stores an answer and claims its next request in one transaction
 * ({@link GenerationJobs#completeAndClaimNext}): the next one is claimed only when the answer was stored, and not at
 * all while the worker is stopping; and a claim says whether others were waiting.
 */
@QuarkusTest
class CompleteAndClaimTest {

    /** No caps configured for it, and no other test pauses it. */
    private static final String PROVIDER = "complete-and-claim-test";

    @Inject
    GenerationJobs jobs;

    @Inject
    ImageStore images;

    /** While the worker is stopping ({@code claim} false) it must not take a request it will not run. */
    @ParameterizedTest(name = "claim: {0}")
    @ValueSource(booleans = { true, false })
    void storesTheAnswerAndClaimsTheOldestWaitingRequestInTheSameTransactionWhenAsked(boolean claim) {
        Fixture f = fixture("storing-" + claim);
        // Rolled back at the end: the app's own workers never see these rows.
        TestData.inRolledBackTransaction(() -> {
            GenerationRequest running = running(f, 1);
            GenerationRequest waiting = oldestQueued(f);

            GenerationJobs.Completed completed = completeAttempt(running, 1, f, claim);

            assertThat(completed.stored()).isTrue();
            GenerationRequest.getEntityManager().clear();
            assertThat(GenerationRequest.<GenerationRequest> findById(running.id).status)
                    .isEqualTo(RequestStatus.SUCCEEDED);
            assertThat(StoredImage.count("request.id", running.id)).isEqualTo(1);
            GenerationRequest next = GenerationRequest.findById(waiting.id);
            if (claim) {
                assertThat(completed.next()).map(Job::requestId).contains(waiting.id);
                assertThat(next.status).isEqualTo(RequestStatus.RUNNING);
                assertThat(next.attempts).isEqualTo(1);
                assertThat(next.provider).isEqualTo(PROVIDER);
            } else {
                assertThat(completed.next()).isEmpty();
                assertThat(next.status).isEqualTo(RequestStatus.QUEUED);
            }
        });
    }

    @Test
    void aWorkerThatWasTakenOverStoresNothing() {
        Fixture f = fixture("taken-over");
        // Committed, so that the rollback of the worker's own transaction can be seen. RUNNING within its lease: no
        // worker claims it and the poll leaves it alone. Its second attempt is the current one.
        long requestId = QuarkusTransaction.requiringNew().call(() -> running(f, 2).id);
        GenerationRequest stale = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(requestId));

        GenerationJobs.Completed completed = completeAttempt(stale, 1, f, true);

        assertThat(completed.stored()).isFalse();
        assertThat(completed.next()).as("nothing may be claimed in a transaction that is rolled back").isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> StoredImage.count("request.id", requestId)))
                .isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> GenerationRequest.<GenerationRequest> findById(
                requestId).status)).isEqualTo(RequestStatus.RUNNING);
    }

    @Test
    void aClaimSaysWhetherOtherRequestsWereWaiting() {
        Fixture f = fixture("more-waiting");
        TestData.inRolledBackTransaction(() -> {
            // Whatever other tests left waiting is set aside, in this transaction only (rolled back), so that the two
            // requests below are all that waits; the workers skip the rows it holds.
            GenerationRequest.update("status = ?1 where status in ?2", RequestStatus.FAILED,
                    List.of(RequestStatus.QUEUED, RequestStatus.WAITING_RETRY));
            GenerationRequest first = oldestQueued(f);
            GenerationRequest second = oldestQueued(f);

            Job claimed = jobs.claimNext(PROVIDER).orElseThrow();
            assertThat(claimed.requestId()).isEqualTo(first.id);
            assertThat(claimed.moreWaiting()).as("the second one waits").isTrue();
            Job last = jobs.claimNext(PROVIDER).orElseThrow();
            assertThat(last.requestId()).isEqualTo(second.id);
            assertThat(last.moreWaiting()).as("nothing else waits").isFalse();
        });
    }

    /**
     * A claim made inside a transaction (a store's) is part of it, so that a store that fails takes its claim back
     * with it: it sees a request that only this transaction has written (another connection could not), and nothing
     * of it is left after the rollback.
     */
    @Test
    void aClaimInATransactionIsPartOfIt() {
        Fixture f = fixture("joins-the-transaction");
        long[] claimedId = new long[1];
        TestData.inRolledBackTransaction(() -> {
            GenerationRequest.update("status = ?1 where status in ?2", RequestStatus.FAILED,
                    List.of(RequestStatus.QUEUED, RequestStatus.WAITING_RETRY));
            GenerationRequest waiting = oldestQueued(f);
            claimedId[0] = jobs.claimNext(PROVIDER).orElseThrow().requestId();
            assertThat(claimedId[0]).as("it sees the request this transaction wrote").isEqualTo(waiting.id);
        });
        GenerationRequest afterRollback = QuarkusTransaction.requiringNew()
                .call(() -> GenerationRequest.findById(claimedId[0]));
        assertThat(afterRollback).as("the request exists only in the rolled-back transaction").isNull();
    }

    /** A worker's answer for {@code attempt} of the request: one image, stored (and the next claimed) if it may. */
    private GenerationJobs.Completed completeAttempt(GenerationRequest request, int attempt, Fixture f, boolean claim) {
        return jobs.completeAndClaimNext(job(request, f.student(), attempt), List.of(f.image()),
                List.of(SafetyVerdict.CLEAR), GenerationResult.of(List.of()), PROVIDER, "test-model", claim);
    }

    private record Fixture(AppUser student, Assignment assignment, PreparedImage image) {
    }

    private Fixture fixture(String name) {
        AppUser student = TestData.user("student-complete-claim-" + name, Role.STUDENT);
        Assignment assignment = TestData.assignment(TestData.schoolClass(
                TestData.user("teacher-complete-claim-" + name, Role.TEACHER), "Relevos " + name), "Relevos", 20);
        ImageSize size = new ImageSize(1024, 1024);
        PreparedImage image = images.prepare(new GeneratedImage(new OfflinePainter().paint("Un faro", size, 1),
                "image/png", size));
        return new Fixture(student, assignment, image);
    }

    private static GenerationRequest running(Fixture f, int attempts) {
        GenerationRequest request = TestData.request(Assignment.findById(f.assignment().id),
                AppUser.findById(f.student().id), "Un faro en la luna", RequestStatus.RUNNING);
        request.startedAt = Instant.now();
        request.attempts = attempts;
        request.provider = PROVIDER;
        return request;
    }

    /** Older than anything another test leaves queued, so that it is the one a claim takes. */
    private static GenerationRequest oldestQueued(Fixture f) {
        GenerationRequest request = TestData.request(Assignment.findById(f.assignment().id),
                AppUser.findById(f.student().id), "Un barco", RequestStatus.QUEUED);
        request.createdAt = Instant.parse("2001-09-03T08:30:00Z");
        GenerationRequest.getEntityManager().flush();
        return request;
    }

    private static Job job(GenerationRequest request, AppUser student, int attempt) {
        return new Job(request.id, attempt, "Un faro", "Un faro", Aspect.SQUARE, 1, 1, null, student.id,
                RequestKind.GENERATE, false);
    }
}

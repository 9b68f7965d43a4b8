package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestData;
import org.edu4all.studio.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The per-provider caps hold across claimers with their own threads and connections, as two app instances would
 * have. The test provider {@code capped-test} allows 2 running calls and 3 images per window (application.properties).
 * The window is not waited out: the test moves the ledger's calls back in time instead.
 */
@QuarkusTest
class ProviderCapsTest {

    static final String PROVIDER = "capped-test";
    static final int CLAIMERS = 2;
    static final int TRIES_EACH = 10;

    @Inject
    GenerationJobs jobs;

    private Assignment assignment;

    @BeforeEach
    void quietQueue() {
        // The app's own worker must not take our requests: its provider is paused for the whole test.
        QuarkusMock.installMockForType(new GenerationWorkerTest.FailingGenerator(GenerationException.Kind.TRANSIENT) {
            @Override
            public String id() {
                return "paused-for-caps-test";
            }
        }, ImageGenerator.class);
        QuarkusTransaction.requiringNew().run(() -> {
            GenerationRequest.getEntityManager().createNativeQuery("insert into provider_pause (provider, until)"
                    + " values ('paused-for-caps-test', now() + interval '1 hour') on conflict (provider)"
                    + " do update set until = excluded.until").executeUpdate();
            // Leftovers of other tests would be claimed first (oldest first) and blur the counts.
            GenerationRequest.update("status = ?1 where status in ?2", RequestStatus.FAILED,
                    List.of(RequestStatus.QUEUED, RequestStatus.WAITING_RETRY, RequestStatus.RUNNING));
            GenerationRequest.getEntityManager().createNativeQuery("delete from provider_call").executeUpdate();
        });
        assignment = Journeys.assignmentFor("student-caps", "teacher-caps", 40);
    }

    @AfterEach
    void release() {
        QuarkusTransaction.requiringNew().run(() -> {
            GenerationRequest.update("status = ?1 where status in ?2", RequestStatus.FAILED,
                    List.of(RequestStatus.QUEUED, RequestStatus.RUNNING));
            GenerationRequest.getEntityManager().createNativeQuery(
                    "delete from provider_pause where provider = 'paused-for-caps-test'").executeUpdate();
        });
    }

    @Test
    void twoClaimersTogetherNeverRunMoreThanTheConcurrencyCapAndTheRestStaysQueued() throws Exception {
        List<Long> queued = queue(6, 1);

        List<Job> claimed = claimTogether();

        assertThat(claimed).as("2 running at most, over %d claimers x %d tries", CLAIMERS, TRIES_EACH).hasSize(2);
        assertThat(runningAt(PROVIDER)).isEqualTo(2);
        for (Job job : claimed) {
            assertThat(reload(job.requestId()).provider).as("provider recorded at the claim").isEqualTo(PROVIDER);
        }
        List<Long> waiting = new ArrayList<>(queued);
        claimed.forEach(job -> waiting.remove(job.requestId()));
        for (long id : waiting) {
            GenerationRequest request = reload(id);
            assertThat(request.status).isEqualTo(RequestStatus.QUEUED);
            assertThat(request.attempts).as("no attempt used while waiting for the cap").isZero();
        }
    }

    @Test
    void imagesPerMinuteCapHoldsUntilTheWindowHasPassed() throws Exception {
        queue(6, 1);
        List<Job> first = claimTogether();
        assertThat(first).hasSize(2);
        first.forEach(this::succeed);

        // 2 images started in this window, 3 allowed: one more, although nothing is running.
        List<Job> second = claimTogether();
        assertThat(second).hasSize(1);
        second.forEach(this::succeed);
        assertThat(claimTogether()).as("3 images already started in this window").isEmpty();
        assertThat(runningAt(PROVIDER)).isZero();

        ageLedger();

        assertThat(claimTogether()).as("a new window: the concurrency cap is the limit again").hasSize(2);
    }

    @Test
    void theOldestRequestIsNotOvertakenAndARequestLargerThanTheCapRunsAlone() throws Exception {
        long big = queue(1, 4).get(0);
        long small = queue(1, 1).get(0);
        assertThat(claimTogether()).extracting(Job::requestId).containsExactly(big);
        succeed(jobFor(big));

        assertThat(claimTogether()).as("4 images started in this window, cap 3").isEmpty();
        assertThat(reload(small).status).isEqualTo(RequestStatus.QUEUED);
        ageLedger();
        assertThat(claimTogether()).extracting(Job::requestId).containsExactly(small);
    }

    @Test
    void uncappedProvidersAreNotHeldBack() throws Exception {
        queue(5, 1);
        List<Job> claimed = new ArrayList<>();
        Optional<Job> job;
        while ((job = jobs.claimNext("offline")).isPresent()) {
            claimed.add(job.get());
        }
        assertThat(claimed).hasSize(5);
    }

    /** Both claimers start together and each tries {@value #TRIES_EACH} times; every claim is its own transaction. */
    private List<Job> claimTogether() throws Exception {
        List<Job> claimed = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService claimers = Executors.newFixedThreadPool(CLAIMERS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < CLAIMERS; i++) {
                done.add(claimers.submit((Callable<Void>) () -> {
                    start.await();
                    for (int t = 0; t < TRIES_EACH; t++) {
                        jobs.claimNext(PROVIDER).ifPresent(claimed::add);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            claimers.shutdownNow();
        }
        return claimed;
    }

    private void succeed(Job job) {
        jobs.complete(job, List.of(), GenerationResult.of(List.of()), PROVIDER, "capped-model");
    }

    private Job jobFor(long requestId) {
        GenerationRequest request = reload(requestId);
        return new Job(requestId, request.attempts, null, null, Aspect.SQUARE, request.imageCount, 0, null, 0,
                RequestKind.GENERATE, false);
    }

    private static void ageLedger() {
        QuarkusTransaction.requiringNew().run(() -> GenerationRequest.getEntityManager().createNativeQuery(
                "update provider_call set started_at = started_at - interval '2 minutes'").executeUpdate());
    }

    private List<Long> queue(int requests, int imagesEach) {
        long studentId = TestData.user("student-caps", Role.STUDENT).id;
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                ids.add(((Number) GenerationRequest.getEntityManager().createNativeQuery("""
                        insert into generation_request (assignment_id, student_id, prompt, aspect, image_count,
                                                        final_prompt, seed, status, idempotency_key, created_at)
                        values (?1, ?2, 'Un faro', 'SQUARE', ?3, 'Un faro', 1, 'QUEUED', ?4, ?5) returning id""")
                        .setParameter(1, assignment.id).setParameter(2, studentId).setParameter(3, imagesEach)
                        .setParameter(4, UUID.randomUUID()).setParameter(5, Instant.now())
                        .getSingleResult()).longValue());
            }
            return ids;
        });
    }

    private static long runningAt(String provider) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.count("status = ?1 and provider = ?2",
                RequestStatus.RUNNING, provider));
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }
}

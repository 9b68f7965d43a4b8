package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain Java: the turns that submissions of prompts take, and their bound on waiting. */
class SubmissionTurnsTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        release.countDown();
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void thirtySubmissionsWithTwoTurnsAreHandledTwoAtATimeAndAllEnd() throws Exception {
        SubmissionTurns turns = new SubmissionTurns(2, LONG);
        AtomicInteger handling = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int submission = i;
            submissions.add(threads.submit(() -> turns.take(() -> {
                mostAtOnce.accumulateAndGet(handling.incrementAndGet(), Math::max);
                await().atMost(Duration.ofSeconds(30)).until(() -> release.getCount() == 0);
                handling.decrementAndGet();
                return submission;
            })));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 28 && handling.get() == 2);

        release.countDown();
        for (int i = 0; i < 30; i++) {
            assertThat(submissions.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(turns.free()).isEqualTo(2);
    }

    @Test
    void aSubmissionThatWaitedItsLongestGoesAheadWithoutTakingATurnItWouldGiveBack() throws Exception {
        SubmissionTurns turns = new SubmissionTurns(1, Duration.ofMillis(200));
        Future<?> slow = threads.submit(() -> turns.take(() -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> release.getCount() == 0);
            return null;
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.free() == 0);

        // The turn is still taken: the next submission is handled anyway once it has waited 200 ms.
        assertThat(turns.take(() -> "saved")).isEqualTo("saved");
        assertThat(turns.free()).isZero();

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(turns.free()).isEqualTo(1); // one turn, not two: the one without a turn gave none back
    }

    @Test
    void aFailedSubmissionGivesItsTurnBack() {
        SubmissionTurns turns = new SubmissionTurns(1, LONG);
        assertThatThrownBy(() -> turns.take(() -> {
            throw new IllegalStateException("the assignment was closed meanwhile");
        })).hasMessage("the assignment was closed meanwhile");
        assertThat(turns.free()).isEqualTo(1);
    }

    @Test
    void zeroMeansOnePerCpuAndANegativeCountIsRefused() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(new SubmissionTurns(0, LONG).count()).isEqualTo(cpus);
        assertThat(new SubmissionTurns(0, LONG).free()).isEqualTo(cpus);
        assertThat(new SubmissionTurns(5, LONG).free()).isEqualTo(5);
        assertThatThrownBy(() -> new SubmissionTurns(-1, LONG)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain Java: the turns the worker threads take for their database steps. */
class DatabaseTurnsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sixStepsWithTwoTurnsRunTwoAtATimeAndAllFinish() throws Exception {
        DatabaseTurns turns = new DatabaseTurns(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int step = i;
            steps.add(threads.submit(() -> turns.take(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                await().until(() -> release.getCount() == 0);
                running.decrementAndGet();
                return step;
            })));
        }
        // Two steps in their turn, four waiting for one: the limit holds while all six want to run.
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 4 && running.get() == 2);
        assertThat(turns.free()).isZero();

        release.countDown();
        for (int i = 0; i < 6; i++) {
            assertThat(steps.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(turns.free()).isEqualTo(2);
    }

    @Test
    void aStepThatFailsGivesItsTurnBack() {
        DatabaseTurns turns = new DatabaseTurns(1);
        assertThatThrownBy(() -> turns.take(() -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");
        assertThat(turns.free()).isEqualTo(1);
        assertThat(turns.take(() -> "next")).isEqualTo("next");
    }

    @Test
    void theFirstToWaitIsTheFirstServed() throws Exception {
        DatabaseTurns turns = new DatabaseTurns(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> turns.take(() -> {
            holding.countDown();
            await().until(() -> release.getCount() == 0);
            return null;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int waiter = i;
            waiters.add(threads.submit(() -> turns.take(() -> served.add(waiter))));
            await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == waiter + 1); // queued in order
        }
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        for (Future<?> waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS);
        }
        assertThat(served).containsExactly(0, 1, 2, 3);
    }

    @Test
    void zeroMeansOnePerCpuAndANegativeCountIsRefused() {
        assertThat(new DatabaseTurns(0).free()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new DatabaseTurns(0).count()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new DatabaseTurns(3).free()).isEqualTo(3);
        assertThatThrownBy(() -> new DatabaseTurns(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DecodePermitsTest {

    /** One thread more than there are permits: it waits at the door while the others decode. */
    @Test
    void neverMoreDecodesAtOnceThanPermits() throws InterruptedException {
        AtomicInteger decoding = new AtomicInteger();
        CountDownLatch finish = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i <= DecodePermits.PERMITS_COUNT; i++) {
            Thread thread = new Thread(() -> DecodePermits.limited(() -> {
                decoding.incrementAndGet();
                try {
                    return finish.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } finally {
                    decoding.decrementAndGet();
                }
            }));
            threads.add(thread);
            thread.start();
        }
        // Every thread is parked: either inside, waiting to finish, or outside, waiting for a permit.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                        || t.getState() == Thread.State.TIMED_WAITING));

        assertThat(decoding.get()).isEqualTo(DecodePermits.PERMITS_COUNT);

        finish.countDown();
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(decoding.get()).isZero();
    }
}

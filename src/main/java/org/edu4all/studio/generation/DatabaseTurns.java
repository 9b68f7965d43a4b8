package org.edu4all.studio.generation;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Turns at the database for the worker threads: a few of them in a claim or a store at once, the others waiting
 * first come, first served. Waiting for a provider takes no turn.
 *
 * <p>Why: answers come in bursts (a class's requests were sent together, and so they come back together, several in
 * the same millisecond). Without turns, every worker of a burst started its transaction at once, and the operating
 * system shared the cores among all of them and their PostgreSQL connections: each answer took as long as the whole
 * burst. In turns, the first answer of a burst is stored in its own few milliseconds and the last one after the
 * ones before it: the same work, most of it done sooner, and the database pool never has a queue of its own.
 *
 * <p>One turn per CPU by default. In the queue benchmark (2 CPUs, answers in waves of 200), the overhead's p99 was
 * 32 and 37 ms in the last two runs without turns, and 17.4-38.9 ms (median 24) in twelve runs with one or two
 * turns per CPU (no clear difference between the two; what is left is mostly the class's posting filling both CPUs
 * while the first claims are made, see {@code bench/FINDINGS.md}).
 */
final class DatabaseTurns {

    private final int count;
    private final Semaphore turns;

    /** @param count how many steps may run at once; 0 for one per CPU */
    DatabaseTurns(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("database turns must not be negative");
        }
        this.count = count == 0 ? Runtime.getRuntime().availableProcessors() : count;
        this.turns = new Semaphore(this.count, true);
    }

    /** Runs {@code step} when it is this thread's turn. Not interrupted: a stopping app finishes the step it began. */
    <T> T take(Supplier<T> step) {
        turns.acquireUninterruptibly();
        try {
            return step.get();
        } finally {
            turns.release();
        }
    }

    /** How many steps may run at once. */
    int count() {
        return count;
    }

    /** How many threads are waiting for a turn now (for tests). */
    int waiting() {
        return turns.getQueueLength();
    }

    /** How many turns are free now (for tests). */
    int free() {
        return turns.availablePermits();
    }
}

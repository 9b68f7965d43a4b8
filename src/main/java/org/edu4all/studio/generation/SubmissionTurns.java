package org.edu4all.studio.generation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns for the submissions of prompts (a new prompt, an edit, "more like this"): a few handled at once, one per CPU
 * by default, the others waiting first come, first served.
 *
 * <p>Why: a class presses "Generate" together. The submissions of one class wait for each other at the class's quota
 * lock anyway, so handling more of them at once than there are CPUs makes none of them sooner; it only lengthens the
 * line of threads among which the operating system shares the cores. The workers that claim the first requests and
 * send them to the provider wait in that line too, and so does every page. In the queue benchmark's short runs (16
 * submissions at a time while the first 200 requests are claimed and sent), submissions in turns left the class's
 * posting as fast as before and halved the time from a claim to the provider reading the call (see
 * {@code bench/FINDINGS.md}).
 *
 * <p>Turns order submissions and never refuse one: a submission that has waited
 * {@link GenerationConfig#submissionTurnWait()} goes ahead without a turn. During a database outage each submission
 * takes the pool's whole connection timeout, and the last child in line would otherwise wait for every one before.
 */
@ApplicationScoped
public class SubmissionTurns {

    private final int count;
    private final Semaphore turns;
    private final Duration maxWait;

    @Inject
    SubmissionTurns(GenerationConfig config) {
        this(config.submissionTurns(), config.submissionTurnWait());
    }

    /**
     * @param count   how many submissions may be handled at once; 0 for one per CPU
     * @param maxWait the longest a submission waits for a turn before it goes ahead without one
     */
    SubmissionTurns(int count, Duration maxWait) {
        if (count < 0) {
            throw new IllegalArgumentException("submission turns must not be negative");
        }
        this.count = count == 0 ? Runtime.getRuntime().availableProcessors() : count;
        this.turns = new Semaphore(this.count, true);
        this.maxWait = maxWait;
    }

    /** Handles {@code submission} in its turn, or after {@code maxWait} without one; its result or exception. */
    public <T> T take(Supplier<T> submission) {
        boolean turn = waitForTurn();
        try {
            return submission.get();
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }

    private boolean waitForTurn() {
        try {
            return turns.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the request is being cancelled; it goes on, and ends as it would
            return false;
        }
    }

    /** How many submissions may be handled at once. */
    int count() {
        return count;
    }

    /** How many submissions are waiting for a turn now (for tests). */
    int waiting() {
        return turns.getQueueLength();
    }

    /** How many turns are free now (for tests). */
    int free() {
        return turns.availablePermits();
    }
}

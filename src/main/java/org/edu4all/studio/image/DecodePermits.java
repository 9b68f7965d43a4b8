package org.edu4all.studio.image;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Full image decodes, a few at a time per JVM. A decoded 1024x1024 picture holds 3-4 MB of heap for a moment (about
 * 30 MB at gpt-image-2's largest); with 200 worker threads whose provider calls end together, the queue benchmark ran
 * a 512 MB heap out of memory. Decoding is CPU work, so more at once than there are cores gains nothing anyway.
 */
final class DecodePermits {

    static final int PERMITS_COUNT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Semaphore PERMITS = new Semaphore(PERMITS_COUNT);

    private DecodePermits() {
    }

    /** Runs {@code decoding} (which must not itself ask for a permit) once a permit is free. */
    static <T> T limited(Supplier<T> decoding) {
        PERMITS.acquireUninterruptibly();
        try {
            return decoding.get();
        } finally {
            PERMITS.release();
        }
    }
}

package org.edu4all.studio.image;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.edu4all.studio.generation.DatabaseOutage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Makes thumbnails in the background, on ONE thread per instance: a full decode and a resize are the heaviest CPU
 * work the app does, and a burst of finished generations must not take every core from the pages and the queue. It
 * is woken when an image is stored and also polls, so images stored by another instance, or left PENDING by a crash,
 * are never forgotten.
 *
 * <p>It also gives way to a burst of answers: while images are being stored one after another (a class's requests
 * coming back together), it waits for a pause of {@link #QUIET}, for at most {@link #MAX_DEFERRAL} per image, so
 * that the answers still arriving get the CPU and the thumbnails follow a moment later. A page shows the original
 * meanwhile.
 */
@ApplicationScoped
public class ThumbnailWorker {

    @Inject
    PendingThumbnails thumbnails;

    @Inject
    ImageConfig config;

    /** The pause between two stored images that ends a burst: answers of one burst come milliseconds apart. */
    static final Duration QUIET = Duration.ofMillis(250);
    /** The longest one image waits for a pause, so that a steady stream of answers cannot starve the thumbnails. */
    static final Duration MAX_DEFERRAL = Duration.ofSeconds(5);

    /** Wake-ups not yet seen by a drain; a drain ends only when none came in while it ran. */
    private final AtomicInteger wanted = new AtomicInteger();
    /** When this instance last stored an image (System.nanoTime). */
    private volatile long lastStored = System.nanoTime() - QUIET.toNanos();
    private final DatabaseOutage outage = new DatabaseOutage("thumbnails");
    /** Touched only by the one thumbnailer thread, which makes one thumbnail at a time. */
    private final PixelBuffers buffers = new PixelBuffers();
    private ExecutorService thread;

    @PostConstruct
    void createThread() {
        thread = Executors.newSingleThreadExecutor(task -> new Thread(task, "thumbnailer"));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        // The drain stops after the image in hand, which takes well under a second; waiting for it here, while the
        // database is still open, spares a rollback on a closed connection. Cut off anyway (a kill), the image
        // stays PENDING and the next start makes it.
        thread.shutdownNow();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    void onPending(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThumbnailPending event) {
        lastStored = System.nanoTime();
        wake();
    }

    @Scheduled(every = "${edu4all.images.thumbnail-poll-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Starts the drain unless it is running; a running drain sees the wake-up and looks again before it ends. */
    void wake() {
        if (!config.backgroundThumbnails() || wanted.getAndIncrement() > 0) {
            return;
        }
        try {
            thread.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            wanted.set(0);
        }
    }

    private void drain() {
        boolean done = false;
        try {
            int seen;
            do {
                seen = wanted.get();
                boolean more = true;
                while (more && giveWayToAnswers()) {
                    more = thumbnails.makeNext(buffers).isPresent(); // one image per transaction
                }
                outage.reachable();
                done = wanted.compareAndSet(seen, 0); // else a wake-up came meanwhile: look again
            } while (!done && !Thread.currentThread().isInterrupted());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!thread.isShutdown()) {
                outage.report("Thumbnailer stopped on an unexpected error; the poll restarts it", e);
            }
        } finally {
            if (!done) {
                wanted.set(0); // whatever stopped it, the next wake-up or poll starts a new drain
            }
        }
    }

    /**
     * Waits until no image was stored for {@link #QUIET}, or {@link #MAX_DEFERRAL} has passed.
     *
     * @return false when the thread is being stopped
     */
    private boolean giveWayToAnswers() throws InterruptedException {
        long deadline = System.nanoTime() + MAX_DEFERRAL.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            long wait = Math.min(lastStored + QUIET.toNanos(), deadline) - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return false;
    }
}

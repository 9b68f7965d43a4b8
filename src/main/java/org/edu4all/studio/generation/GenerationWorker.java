package org.edu4all.studio.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.edu4all.studio.image.ImageStore;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.SafetyVerdict;
import org.edu4all.studio.safety.ContentSafety;

import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Generates images for queued requests, in the background, a few at a time. It is woken when a request is queued
 * and also polls, so requests queued by another app instance, or left behind by a crash, are never forgotten.
 *
 * <p>Threads are woken one at a time: a thread that claims a request, and saw others waiting, wakes the next before
 * it calls the provider, so a backlog spreads over the free threads at once. Waking every free thread on each poll
 * sent them all to claim at once for nothing: with 200 threads and an empty queue, 200 empty claim transactions every
 * 2 s, which the queue benchmark saw as a tail on the last calls of a run. Waking the next one even when nothing else
 * was waiting still cost an empty claim per request while a class was sending its prompts one by one.
 *
 * <p>Claims and stores take {@link DatabaseTurns}: a few threads at a time, in the order they asked, so that the
 * answers of a burst are stored one after another instead of all of them sharing the cores at once. A thread that
 * stores an answer claims its next request in the same transaction and turn.
 */
@ApplicationScoped
public class GenerationWorker {

    @Inject
    GenerationConfig config;

    @Inject
    GenerationJobs jobs;

    @Inject
    ImageGenerator generator;

    @Inject
    ImageStore images;

    @Inject
    ContentSafety safety;

    @Inject
    EditInputs edits;

    private final AtomicInteger busy = new AtomicInteger();
    private final DatabaseOutage outage = new DatabaseOutage("generation");
    private ExecutorService pool;
    private DatabaseTurns turns;

    @PostConstruct
    void createPool() {
        turns = new DatabaseTurns(config.databaseTurns());
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(config.workerThreads(),
                task -> new Thread(task, "generation-worker-" + counter.incrementAndGet()));
    }

    void start(@Observes StartupEvent event) {
        Log.infof("Image generation: provider %s, model %s, %d worker(s), %d database turn(s)", generator.id(),
                generator.model(), config.workerThreads(), turns.count());
    }

    void stop(@Observes ShutdownEvent event) {
        // Requests being generated stay RUNNING and are taken over when their lease expires: nothing is lost.
        pool.shutdownNow();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestQueued event) {
        // One request, one drainer: waking every idle thread for each request sent them all to claim at once, and
        // all but one came back empty-handed (200 empty claims per request queued, in the queue benchmark).
        wake(1);
    }

    @Scheduled(every = "${edu4all.generation.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int reclaimed;
        try {
            reclaimed = jobs.reclaimExpiredLeases();
        } catch (RuntimeException e) {
            if (!pool.isShutdown()) { // while the app stops, the database goes first: nothing to report then
                outage.report("Could not look for requests whose worker vanished", e);
            }
            return;
        }
        outage.reachable();
        if (reclaimed > 0) {
            Log.warnf("%d request(s) whose worker vanished went back to the queue", reclaimed);
        }
        wake(1); // one look; if it finds a request, it wakes the next thread itself (see drain)
    }

    /** Starts up to {@code drainers} more drainers, as long as a worker thread is free. */
    void wake(int drainers) {
        for (int started = 0; started < drainers; ) {
            int now = busy.get();
            if (now >= config.workerThreads()) {
                return;
            }
            if (busy.compareAndSet(now, now + 1)) {
                try {
                    pool.execute(this::drain);
                    started++;
                } catch (RejectedExecutionException shuttingDown) {
                    busy.decrementAndGet();
                    return;
                }
            }
        }
    }

    private void drain() {
        try {
            Optional<Job> job = claimNext();
            while (job.isPresent() && !Thread.currentThread().isInterrupted()) {
                if (job.get().moreWaiting()) {
                    wake(1); // the next free thread claims now, not after this call's 10-60 s
                }
                job = run(job.get());
            }
        } catch (RuntimeException e) {
            if (pool.isShutdown()) {
                return; // the app is stopping; RUNNING requests are taken over after their lease
            }
            outage.report("Generation worker stopped on an unexpected error; the poll restarts it", e);
        } finally {
            busy.decrementAndGet();
        }
    }

    /** The next request to generate, claimed in this thread's database turn. */
    private Optional<Job> claimNext() {
        return turns.take(() -> jobs.claimNext(generator.id()));
    }

    /**
     * Generates and stores one request; returns the next one for this thread, claimed with the store when the store
     * succeeded (one transaction, one turn), else claimed on its own.
     */
    private Optional<Job> run(Job job) {
        try {
            safety.screenPrompt(job.finalPrompt()); // the second layer, when on: a flagged prompt costs no image
            GenerationResult result = call(job);
            List<PreparedImage> prepared = new ArrayList<>();
            for (GeneratedImage image : result.images()) {
                PreparedImage checked = images.prepare(image); // no decode: the thumbnail is made after storing
                prepared.add(safety.needsThumbnail(checked) ? images.withThumbnail(checked) : checked);
            }
            // Checked before they are stored, so no student ever sees an image the check has not passed.
            List<SafetyVerdict> verdicts = safety.screenImages(prepared); // a network call, when on: outside the turn
            boolean claim = !Thread.currentThread().isInterrupted();
            GenerationJobs.Completed completed = turns.take(() -> jobs.completeAndClaimNext(job, prepared, verdicts,
                    result, generator.id(), generator.model(), claim));
            if (completed.stored()) {
                return completed.next();
            }
        } catch (GenerationException e) {
            onFailure(job, e);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isConnectionLoss(e)) {
                throw e; // the request stays RUNNING and its lease brings it back; the drain reports the outage once
            }
            Log.errorf(e, "Request %d failed unexpectedly", job.requestId());
            jobs.retryOrFail(job, "error_generation_failed", generator.id(), Optional.empty());
        }
        return Thread.currentThread().isInterrupted() ? Optional.empty() : claimNext();
    }

    /** An edit request goes to the provider's edit call with its image and mask; any other generates. */
    private GenerationResult call(Job job) throws GenerationException {
        // Only an edit needs the database on the way to the provider (its image and mask); a generation goes at once.
        Optional<EditSpec> edit = job.kind() == RequestKind.EDIT ? edits.specFor(job) : Optional.empty();
        if (edit.isPresent()) {
            return generator.edit(edit.get());
        }
        ImageSize size = generator.sizeFor(job.aspect());
        return generator.generateDetailed(new GenerationSpec(job.finalPrompt(), job.prompt(), size, job.count(),
                job.seed(), job.studentPseudonym().toString()));
    }

    private void onFailure(Job job, GenerationException e) {
        Log.infof("Request %d: provider said %s", job.requestId(), e.kind());
        switch (e.kind()) {
            case BLOCKED_BY_PROVIDER -> jobs.blockedByProvider(job, generator.id(), e.categories());
            case CONFIGURATION -> jobs.finish(job, RequestStatus.FAILED, "error_provider_unavailable", generator.id());
            case TRANSIENT -> jobs.retryOrFail(job, "error_generation_failed", generator.id(), e.retryAfter());
        }
    }
}

package org.edu4all.studio.image;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Work done in a transaction on a thread of its own, which stays open (with its row locks) until {@link #commit}:
 * a thumbnailer caught half-way, for tests about what the others do meanwhile.
 */
final class OpenTransaction<T> implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private final Future<?> done;

    private OpenTransaction(Supplier<T> work) {
        done = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                result.complete(work.get());
                end.await();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted with the transaction open", e);
            }
        }));
    }

    static <T> OpenTransaction<T> start(Supplier<T> work) {
        return new OpenTransaction<>(work);
    }

    /** What the work returned; its transaction is still open. */
    T result() {
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the work in the open transaction did not finish", e);
        }
    }

    /** Ends the transaction and waits for its commit. */
    void commit() {
        end.countDown();
        try {
            done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the open transaction did not commit", e);
        }
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            thread.shutdownNow();
        }
    }
}

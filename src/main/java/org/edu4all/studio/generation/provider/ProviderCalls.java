package org.edu4all.studio.generation.provider;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.TransientGenerationException;

import io.quarkus.logging.Log;

/**
 * The bookkeeping around every adapter call: fault-tolerance outcomes become transient failures, every outcome goes
 * on the {@link ProviderStatus}, and failures are logged with their safe message only (never a prompt or a key).
 */
public final class ProviderCalls {

    /** One provider call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws GenerationException;
    }

    private ProviderCalls() {
    }

    /**
     * @param breakerDelay how long an open circuit breaker stays open, passed on to the queue as the wait
     */
    public static <T> T run(String provider, ProviderStatus status, Duration breakerDelay, Call<T> call)
            throws GenerationException {
        try {
            T result = call.run();
            status.recordSuccess();
            return result;
        } catch (GenerationException e) {
            status.recordFailure(e);
            log(e);
            throw e;
        } catch (CircuitBreakerOpenException e) {
            // Not recorded: the admin page keeps showing the failures that opened the breaker.
            Log.infof("%s: calls paused after repeated failures (circuit breaker open)", provider);
            throw new TransientGenerationException(provider + ": calls paused after repeated failures",
                    Optional.of(breakerDelay), e);
        } catch (TimeoutException e) {
            TransientGenerationException timeout = new TransientGenerationException(provider
                    + ": no answer in time (fault-tolerance timeout)", e);
            status.recordFailure(timeout);
            log(timeout);
            throw timeout;
        }
    }

    private static void log(GenerationException e) {
        switch (e.kind()) {
            case CONFIGURATION -> Log.warn(e.getMessage());
            case TRANSIENT -> Log.info(e.getMessage());
            case BLOCKED_BY_PROVIDER -> Log.debug(e.getMessage());
        }
    }
}

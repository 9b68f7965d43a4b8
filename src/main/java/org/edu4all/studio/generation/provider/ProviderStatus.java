package org.edu4all.studio.generation.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.edu4all.studio.generation.GenerationException;

/**
 * What an adapter has lately seen of its provider, for the admin page: the last success and the last error (time,
 * kind, a safe message). Safety refusals are counted but are not "errors": they say something about a prompt, not
 * about the provider. Messages come from {@link ProviderErrors} and the adapters, which never put keys, URLs with
 * signatures or prompts in them. Thread-safe.
 */
public final class ProviderStatus {

    /** The last failure of a call. */
    public record LastError(Instant at, GenerationException.Kind kind, String message) {
    }

    /**
     * A consistent view for a page.
     *
     * @param provider             the adapter id, such as {@code azure-openai}
     * @param model                the model (family) the adapter is set up for
     * @param target               where calls go, without secrets (host, deployment, URL style)
     * @param configurationProblem what is missing or wrong in the configuration right now, if anything
     * @param calls                calls made since the start
     * @param refusals             of which the provider's safety system refused
     */
    public record Snapshot(String provider, String model, String target, Optional<String> configurationProblem,
            Optional<Instant> lastSuccessAt, Optional<LastError> lastError, long calls, long refusals) {

        /** Whether the configuration is complete; says nothing about whether the provider is up. */
        public boolean configured() {
            return configurationProblem.isEmpty();
        }
    }

    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<LastError> lastError = new AtomicReference<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();

    public ProviderStatus() {
        this(Clock.systemUTC());
    }

    public ProviderStatus(Clock clock) {
        this.clock = clock;
    }

    public void recordSuccess() {
        calls.incrementAndGet();
        lastSuccess.set(clock.instant());
    }

    /** Records a failed call; a refusal is only counted. */
    public void recordFailure(GenerationException failure) {
        calls.incrementAndGet();
        if (failure.kind() == GenerationException.Kind.BLOCKED_BY_PROVIDER) {
            refusals.incrementAndGet();
            return;
        }
        lastError.set(new LastError(clock.instant(), failure.kind(), failure.getMessage()));
    }

    public Snapshot snapshot(String provider, String model, String target, Optional<String> configurationProblem) {
        return new Snapshot(provider, model, target, configurationProblem, Optional.ofNullable(lastSuccess.get()),
                Optional.ofNullable(lastError.get()), calls.get(), refusals.get());
    }
}

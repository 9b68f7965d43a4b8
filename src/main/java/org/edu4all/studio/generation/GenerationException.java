package org.edu4all.studio.generation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A provider call that did not produce images. {@link #kind()} tells the worker what to do next: a safety refusal is
 * final, a transient error is retried later, a configuration error waits for an admin.
 */
public class GenerationException extends Exception {

    /** What went wrong, as far as the retry decision is concerned. */
    public enum Kind {
        BLOCKED_BY_PROVIDER,
        TRANSIENT,
        CONFIGURATION
    }

    private final Kind kind;

    public GenerationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public GenerationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked us to wait before trying again (a 429's Retry-After), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** The provider's safety categories behind a refusal (violence, sexual…), when it said. */
    public List<String> categories() {
        return List.of();
    }
}

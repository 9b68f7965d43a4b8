package org.edu4all.studio.generation;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that may well work later: a rate limit (429), a server error, a timeout, a reset connection, an
 * answer we could not read. When the provider said how long to wait ({@code Retry-After}, {@code retry-after-ms}),
 * {@link #retryAfter()} carries it for the queue; a {@code -1} or {@code 0} from the provider counts as "not said".
 */
public class TransientGenerationException extends GenerationException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public TransientGenerationException(String message) {
        this(message, Optional.empty(), null);
    }

    public TransientGenerationException(String message, Throwable cause) {
        this(message, Optional.empty(), cause);
    }

    public TransientGenerationException(String message, Optional<Duration> retryAfter, Throwable cause) {
        super(Kind.TRANSIENT, message, cause);
        this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter.filter(d -> !d.isNegative() && !d.isZero());
    }

    /** How long the provider asked us to wait before the next call; empty when it did not say. */
    public Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }
}

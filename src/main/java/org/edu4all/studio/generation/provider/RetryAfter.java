package org.edu4all.studio.generation.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a provider asked us to wait. {@code retry-after-ms} (Azure) is preferred because it is more precise;
 * {@code Retry-After} may be seconds or an HTTP date. Some deployments send {@code -1} or {@code 0}: that means "not
 * said", never "now".
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static Optional<Duration> parse(String retryAfter, String retryAfterMs) {
        return parse(retryAfter, retryAfterMs, Clock.systemUTC());
    }

    static Optional<Duration> parse(String retryAfter, String retryAfterMs, Clock clock) {
        Optional<Duration> millis = number(retryAfterMs).map(ms -> Duration.ofMillis(Math.round(ms)));
        if (millis.isPresent()) {
            return millis;
        }
        Optional<Duration> seconds = number(retryAfter).map(s -> Duration.ofMillis(Math.round(s * 1000)));
        if (seconds.isPresent() || retryAfter == null) {
            return seconds;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A positive number, or empty for null, garbage, zero and negatives. */
    private static Optional<Double> number(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            return parsed > 0 && Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

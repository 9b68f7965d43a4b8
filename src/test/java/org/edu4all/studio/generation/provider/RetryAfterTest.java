package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Clock DEFAULT_CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "Retry-After {0}, retry-after-ms {1} -> {2} ms")
    @CsvSource(nullValues = "null", value = {
        "20,   null, 20000",
        "1.5,  null, 1500",
        "20,   1500, 1500",
        "null, 250,  250",
        "-1,   null, null",
        "0,    null, null",
        "0,    0,    null",
        "-1,   -1,   null",
        "soon, null, null",
        "null, null, null",
        "20,   -1,   20000"
    })
    void secondsAndMillisecondsWithMinusOneAndZeroAsUnknown(String seconds, String millis, Long expected) {
        assertThat(RetryAfter.parse(seconds, millis, DEFAULT_CLOCK).map(Duration::toMillis))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void anHttpDateCountsFromNow() {
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 10:00:30 GMT", null, DEFAULT_CLOCK))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 09:00:00 GMT", null, DEFAULT_CLOCK)).isEmpty();
    }
}

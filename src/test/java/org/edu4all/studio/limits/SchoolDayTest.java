package org.edu4all.studio.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The school's day runs from midnight to midnight in its own zone, not in UTC, daylight saving included. */
class SchoolDayTest {

    @ParameterizedTest(name = "{0} in {1}: day from {2} to {3}")
    @CsvSource({
            // 23:30 UTC is already the next day in Madrid (UTC+1 in winter)
            "2026-11-24T23:30:00Z, Europe/Madrid, 2026-11-24T23:00:00Z, 2026-11-25T23:00:00Z",
            "2026-11-24T22:59:59Z, Europe/Madrid, 2026-11-23T23:00:00Z, 2026-11-24T23:00:00Z",
            // summer time: midnight in Madrid is 22:00 UTC
            "2026-07-01T12:00:00Z, Europe/Madrid, 2026-06-30T22:00:00Z, 2026-07-01T22:00:00Z",
            // the night the clocks go back: a 25-hour day
            "2026-10-25T12:00:00Z, Europe/Madrid, 2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z",
            "2026-11-24T12:00:00Z, America/Mexico_City, 2026-11-24T06:00:00Z, 2026-11-25T06:00:00Z",
    })
    void dayBoundariesAreTheSchoolsMidnights(String now, String zone, String start, String next) {
        SchoolDay day = new SchoolDay(ZoneId.of(zone));
        assertThat(day.start(Instant.parse(now))).isEqualTo(Instant.parse(start));
        assertThat(day.nextStart(Instant.parse(now))).isEqualTo(Instant.parse(next));
    }
}

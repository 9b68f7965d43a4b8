package org.edu4all.studio.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The days the dashboard covers, both ends included. */
public record UsageRange(LocalDate from, LocalDate to) {

    /** The last {@code days} days, today included. */
    static UsageRange lastDays(LocalDate today, int days) {
        return new UsageRange(today.minusDays(days - 1L), today);
    }

    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The first instant of the range in the school's zone. */
    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range (exclusive), so that the query can use the index on created_at. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

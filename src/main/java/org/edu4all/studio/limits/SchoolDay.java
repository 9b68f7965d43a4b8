package org.edu4all.studio.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The school's day, midnight to midnight in its time zone: daily quotas count from {@link #start} and are renewed at
 * {@link #nextStart}. Plain Java; daylight-saving changes are the zone's business ({@code atStartOfDay}).
 */
public record SchoolDay(ZoneId zone) {

    /** When the day that contains {@code now} began. */
    public Instant start(Instant now) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    /** When the next day begins: the moment daily quotas are renewed. */
    public Instant nextStart(Instant now) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}

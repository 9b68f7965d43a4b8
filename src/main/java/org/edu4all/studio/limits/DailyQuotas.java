package org.edu4all.studio.limits;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Images per student per day and per class per day. Requests count while they may still produce images (queued,
 * running, waiting for a retry) and once they did (succeeded); blocked and failed ones don't. Counting and saving the
 * new request happen under {@link #lock}, so thirty children pressing "Generate" at once cannot overshoot.
 */
@ApplicationScoped
public class DailyQuotas {

    private static final String COUNTED = "r.status not in ('FAILED', 'BLOCKED')";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;

    @Inject
    SchoolConfig school;

    /** A quota that the request would break: the bundle key and its one argument (a time, or what is left). */
    public record Exceeded(String messageKey, String messageArg) {
    }

    /** What a class has used today, for its teacher. */
    public record ClassUsage(int used, int limit) {
    }

    /**
     * Serialises quota checks of this student and of this class until the transaction ends. Always the student
     * first, then the class: everyone takes them in the same order, so two submits never wait on each other in a
     * circle.
     */
    public void lock(long studentId, long classId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('edu4all.quota.student'),"
                + " hashtext(cast(?1 as text))), pg_advisory_xact_lock(hashtext('edu4all.quota.class'),"
                + " hashtext(cast(?2 as text)))) as held")
                .setParameter(1, studentId).setParameter(2, classId).getSingleResult();
    }

    /** The first daily quota that {@code count} more images would break, if any. Call under {@link #lock}. */
    public Optional<Exceeded> check(long studentId, long classId, int count) {
        UsageLimits limits = UsageLimits.current();
        Instant now = Instant.now();
        SchoolDay day = new SchoolDay(school.timeZone());
        long studentLeft = limits.imagesPerStudentPerDay - usedByStudent(studentId, day.start(now));
        if (studentLeft < count) {
            return Optional.of(studentLeft <= 0 ? new Exceeded("error_quota_student_day", resetTime(day, now))
                    : new Exceeded("error_quota_student_day_left", Long.toString(studentLeft)));
        }
        long classLeft = limits.imagesPerClassPerDay - usedByClass(classId, day.start(now));
        if (classLeft < count) {
            return Optional.of(classLeft <= 0 ? new Exceeded("error_quota_class_day", resetTime(day, now))
                    : new Exceeded("error_quota_class_day_left", Long.toString(classLeft)));
        }
        return Optional.empty();
    }

    public ClassUsage classUsage(long classId) {
        SchoolDay day = new SchoolDay(school.timeZone());
        return new ClassUsage((int) usedByClass(classId, day.start(Instant.now())),
                UsageLimits.current().imagesPerClassPerDay);
    }

    /** The school's local time at which the quotas renew (midnight, unless the zone skips it). */
    private String resetTime(SchoolDay day, Instant now) {
        return TIME.format(day.nextStart(now).atZone(school.timeZone()));
    }

    private long usedByStudent(long studentId, Instant since) {
        return ((Number) em.createNativeQuery("select coalesce(sum(r.image_count), 0) from generation_request r"
                + " where r.student_id = ?1 and r.created_at >= ?2 and " + COUNTED)
                .setParameter(1, studentId).setParameter(2, since).getSingleResult()).longValue();
    }

    /**
     * From the running totals per quarter of an hour that the database keeps (V16), not from the day's requests: this
     * count runs under the class's lock on every submission, and summing a busy class's requests made every other
     * submission of the class wait for it. A school day starts on a quarter in UTC in every time zone in use.
     */
    private long usedByClass(long classId, Instant since) {
        return ((Number) em.createNativeQuery("select coalesce(sum(u.images), 0) from class_day_usage u"
                + " where u.class_id = ?1 and u.quarter >= ?2")
                .setParameter(1, classId).setParameter(2, since).getSingleResult()).longValue();
    }
}

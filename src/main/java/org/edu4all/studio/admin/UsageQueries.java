package org.edu4all.studio.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The dashboard's figures, aggregated by PostgreSQL: one row per day (in the school's zone), never one per request.
 * Every query filters on {@code created_at} with a half-open range of instants, so it reads only the range through
 * the index on that column (V6), however many years of requests there are.
 */
@ApplicationScoped
public class UsageQueries {

    /** What happened to the requests made on one day. */
    public record DayTotals(LocalDate day, long requests, long policyBlocked, long providerBlocked, long failed,
            long retries, BigDecimal cost, long priced) {

        static DayTotals empty(LocalDate day) {
            return new DayTotals(day, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);
        }

        public long blocked() {
            return policyBlocked + providerBlocked;
        }
    }

    /** Images stored for the requests a class made on one day. */
    public record ClassImages(LocalDate day, long classId, String className, long images) {
    }

    /** How often a failure code was the end of a request. */
    public record ErrorCount(String code, long count) {
    }

    private static final String DAY = "(r.created_at at time zone :zone)::date";
    private static final String IN_RANGE = "r.created_at >= :start and r.created_at < :end";

    @Inject
    EntityManager em;

    /**
     * Per day: all requests; blocked by our policy (a verdict is stored) or by the provider (blocked without one);
     * failed; retries (every attempt after a request's first: after a WAITING_RETRY or a lost worker); the summed
     * estimated cost and how many requests carry one (null until priced).
     */
    public List<DayTotals> dailyTotals(UsageRange range, ZoneId zone) {
        List<Object[]> rows = rows(ranged("select " + DAY + ", count(*),"
                + " count(*) filter (where r.status = 'BLOCKED' and r.verdict_category is not null),"
                + " count(*) filter (where r.status = 'BLOCKED' and r.verdict_category is null),"
                + " count(*) filter (where r.status = 'FAILED'),"
                + " coalesce(sum(greatest(r.attempts - 1, 0)), 0),"
                + " coalesce(sum(r.estimated_cost_usd), 0), count(r.estimated_cost_usd)"
                + " from generation_request r where " + IN_RANGE + " group by 1 order by 1", range, zone));
        return rows.stream().map(row -> new DayTotals(day(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), decimal(row[6]), number(row[7]))).toList();
    }

    /**
     * Per day and class, the images stored for the requests made that day. Images are counted per request through
     * the (request_id, position) index rather than joined: a plain join lets the planner scan the whole image table,
     * whose size grows with all history, where this reads only the range's requests.
     */
    public List<ClassImages> imagesPerClass(UsageRange range, ZoneId zone) {
        List<Object[]> rows = rows(ranged("select " + DAY + ", c.id, c.name, sum(i.n)"
                + " from generation_request r join assignment a on a.id = r.assignment_id"
                + " join school_class c on c.id = a.class_id"
                + " cross join lateral (select count(*) as n from image i where i.request_id = r.id) i"
                + " where " + IN_RANGE + " group by 1, c.id, c.name having sum(i.n) > 0 order by 1, c.id", range, zone));
        return rows.stream()
                .map(row -> new ClassImages(day(row[0]), number(row[1]), (String) row[2], number(row[3]))).toList();
    }

    /** The failure codes of the range's FAILED requests, most frequent first. */
    public List<ErrorCount> errorCodes(UsageRange range, ZoneId zone) {
        List<Object[]> rows = rows(ranged("select coalesce(r.error_code, 'unknown'), count(*)"
                + " from generation_request r where " + IN_RANGE + " and r.status = 'FAILED'"
                + " group by 1 order by 2 desc, 1", range, zone));
        return rows.stream().map(row -> new ErrorCount((String) row[0], number(row[1]))).toList();
    }

    private Query ranged(String sql, UsageRange range, ZoneId zone) {
        Query query = em.createNativeQuery(sql).setParameter("start", range.start(zone))
                .setParameter("end", range.end(zone));
        return sql.contains(":zone") ? query.setParameter("zone", zone.getId()) : query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}

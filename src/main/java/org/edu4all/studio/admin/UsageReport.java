package org.edu4all.studio.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edu4all.studio.admin.UsageQueries.ClassImages;
import org.edu4all.studio.admin.UsageQueries.DayTotals;
import org.edu4all.studio.admin.UsageQueries.ErrorCount;

/**
 * The dashboard's figures for a range, one row per day (days without requests included, as zeros), with the totals,
 * written for the page's language. The charts are drawn from the same rows the data tables show.
 *
 * @param classes the classes drawn in the images chart, in order, each with its colour
 */
public record UsageReport(UsageRange range, List<ClassColumn> classes, List<DayRow> days, Totals totals,
        List<ErrorCount> errors, long[][] imagesByClass, List<DayTotals> daily) {

    /** A class (or "other classes") in the images chart and table. */
    public record ClassColumn(String name, String colour) {
    }

    /** One day of the data tables, formatted. */
    public record DayRow(String day, List<String> imagesPerClass, String images, String requests,
            String policyBlocked, String providerBlocked, String blockedRate, String failed, String retries,
            String cost) {
    }

    /** The whole range, formatted; {@code priced} is how many requests carry a cost so far. */
    public record Totals(String images, String requests, String blocked, String blockedRate, String failed,
            String retries, String cost, boolean hasCost, String priced) {
    }

    /**
     * Colours for the series, each with at least 4.5:1 contrast on white (so also the 3:1 graphics need) and told
     * apart by hue and lightness; the last one is kept for "other classes".
     */
    static final List<String> PALETTE = List.of("#2d5bd7", "#b3261e", "#1b7a3a", "#8a4b00", "#6b3fa0", "#00707a",
            "#a3195b", "#4f5a6e");

    static UsageReport of(UsageRange range, List<DayTotals> totals, List<ClassImages> images, List<ErrorCount> errors,
            int chartedClasses, String otherClasses, Figures figures) {
        List<LocalDate> days = range.days();
        Map<LocalDate, DayTotals> byDay = totals.stream()
                .collect(Collectors.toMap(DayTotals::day, Function.identity()));
        List<DayTotals> daily = days.stream().map(day -> byDay.getOrDefault(day, DayTotals.empty(day))).toList();

        List<Long> charted = topClasses(images, Math.min(chartedClasses, PALETTE.size() - 1));
        boolean other = images.stream().anyMatch(row -> !charted.contains(row.classId()));
        List<ClassColumn> columns = new ArrayList<>();
        Map<Long, String> names = images.stream()
                .collect(Collectors.toMap(ClassImages::classId, ClassImages::className, (a, b) -> a));
        for (int i = 0; i < charted.size(); i++) {
            columns.add(new ClassColumn(names.get(charted.get(i)), PALETTE.get(i)));
        }
        if (other) {
            columns.add(new ClassColumn(otherClasses, PALETTE.get(PALETTE.size() - 1)));
        }
        long[][] imagesByClass = new long[columns.size()][days.size()];
        for (ClassImages row : images) {
            int column = charted.indexOf(row.classId());
            imagesByClass[column < 0 ? columns.size() - 1 : column][days.indexOf(row.day())] += row.images();
        }

        List<DayRow> rows = new ArrayList<>();
        long allImages = 0;
        for (int d = 0; d < days.size(); d++) {
            List<String> perClass = new ArrayList<>();
            long dayImages = 0;
            for (long[] column : imagesByClass) {
                perClass.add(figures.count(column[d]));
                dayImages += column[d];
            }
            allImages += dayImages;
            DayTotals day = daily.get(d);
            rows.add(new DayRow(days.get(d).toString(), perClass, figures.count(dayImages), figures.count(day.requests()),
                    figures.count(day.policyBlocked()), figures.count(day.providerBlocked()),
                    figures.percent(Figures.share(day.blocked(), day.requests())), figures.count(day.failed()),
                    figures.count(day.retries()), day.priced() == 0 ? "—" : figures.dollars(day.cost())));
        }
        return new UsageReport(range, columns, rows, totals(daily, allImages, figures), errors, imagesByClass, daily);
    }

    private static Totals totals(List<DayTotals> daily, long images, Figures figures) {
        long requests = daily.stream().mapToLong(DayTotals::requests).sum();
        long blocked = daily.stream().mapToLong(DayTotals::blocked).sum();
        long priced = daily.stream().mapToLong(DayTotals::priced).sum();
        BigDecimal cost = daily.stream().map(DayTotals::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(figures.count(images), figures.count(requests), figures.count(blocked),
                figures.percent(Figures.share(blocked, requests)),
                figures.count(daily.stream().mapToLong(DayTotals::failed).sum()),
                figures.count(daily.stream().mapToLong(DayTotals::retries).sum()), figures.dollars(cost), priced > 0,
                figures.count(priced));
    }

    /** The classes with the most images in the range, most first (ties by id, so the colours stay put). */
    private static List<Long> topClasses(List<ClassImages> images, int limit) {
        Map<Long, Long> perClass = new LinkedHashMap<>();
        images.forEach(row -> perClass.merge(row.classId(), row.images(), Long::sum));
        return perClass.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}

package org.edu4all.studio.admin;

import java.util.ArrayList;
import java.util.List;

import org.edu4all.studio.admin.BarChart.Series;
import org.edu4all.studio.admin.UsageQueries.DayTotals;

/** The dashboard's four charts, drawn from a report's daily rows, with texts in the page's language. */
public record UsageCharts(BarChart images, BarChart blockedRate, BarChart errors, BarChart cost) {

    private static final String BLOCKED_BY_POLICY = "#b3261e";
    private static final String BLOCKED_BY_PROVIDER = "#8a4b00";
    private static final String FAILED = "#b3261e";
    private static final String RETRIES = "#4f5a6e";
    private static final String COST = "#1b7a3a";

    static UsageCharts of(UsageReport report, UsageMessages text, Figures figures) {
        List<String> days = report.range().days().stream().map(day -> day.toString().substring(5)).toList();
        List<DayTotals> daily = report.daily();
        String from = report.range().from().toString();
        String to = report.range().to().toString();

        List<Series> classes = new ArrayList<>();
        for (int i = 0; i < report.classes().size(); i++) {
            UsageReport.ClassColumn column = report.classes().get(i);
            classes.add(new Series(column.name(), column.colour(), doubles(report.imagesByClass()[i])));
        }
        BarChart images = new BarChart("chart-images", text.usage_images_title(),
                text.usage_images_desc(report.totals().images(), from, to), text.usage_axis_day(),
                text.usage_axis_images(), days, classes, true, figures::count);

        BarChart blocked = new BarChart("chart-blocked", text.usage_blocked_title(),
                text.usage_blocked_desc(report.totals().blockedRate(), report.totals().blocked(),
                        report.totals().requests()),
                text.usage_axis_day(), text.usage_axis_blocked_rate(), days,
                List.of(new Series(text.usage_col_policy_blocked(), BLOCKED_BY_POLICY,
                        daily.stream().mapToDouble(d -> rate(d.policyBlocked(), d.requests())).toArray()),
                        new Series(text.usage_col_provider_blocked(), BLOCKED_BY_PROVIDER,
                                daily.stream().mapToDouble(d -> rate(d.providerBlocked(), d.requests())).toArray())),
                false, figures::percent);

        BarChart errors = new BarChart("chart-errors", text.usage_errors_title(),
                text.usage_errors_desc(report.totals().failed(), report.totals().retries()), text.usage_axis_day(),
                text.usage_axis_errors(), days,
                List.of(new Series(text.usage_col_failed(), FAILED,
                        daily.stream().mapToDouble(DayTotals::failed).toArray()),
                        new Series(text.usage_col_retries(), RETRIES,
                                daily.stream().mapToDouble(DayTotals::retries).toArray())),
                true, figures::count);

        BarChart cost = new BarChart("chart-cost", text.usage_cost_title(),
                report.totals().hasCost() ? text.usage_cost_desc(report.totals().cost()) : text.usage_no_cost_data(),
                text.usage_axis_day(), text.usage_axis_cost(), days,
                List.of(new Series(text.usage_col_cost(), COST,
                        daily.stream().mapToDouble(d -> d.cost().doubleValue()).toArray())),
                false, figures::dollars);
        return new UsageCharts(images, blocked, errors, cost);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double[] doubles(long[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}

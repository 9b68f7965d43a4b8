package org.edu4all.studio.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's date-range filter as typed ({@code ?from=2026-01-01&to=2026-01-31}, ISO dates, as a date input
 * sends them), and the range it stands for. A bad value never fails the page: the dashboard shows the default range
 * with the message and keeps what was typed in the fields.
 *
 * @param from   what was typed, or {@code null}
 * @param to     what was typed, or {@code null}
 * @param range  the range shown
 * @param errors field name to message key; empty when the typed range is the one shown
 */
public record UsageFilter(String from, String to, UsageRange range, Map<String, String> errors) {

    static UsageFilter read(String from, String to, LocalDate today, UsageConfig config) {
        UsageRange fallback = UsageRange.lastDays(today, config.defaultDays());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate end = parse("to", to, today, errors);
        // Only an end typed: the default length of range, ending there.
        LocalDate start = parse("from", from, end.minusDays(config.defaultDays() - 1L), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.put("to", "error_usage_range_reversed");
        } else if (errors.isEmpty() && new UsageRange(start, end).length() > config.maxDays()) {
            errors.put("to", "error_usage_range_too_long");
        }
        return new UsageFilter(from, to, errors.isEmpty() ? new UsageRange(start, end) : fallback, Map.copyOf(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The value for the field: what was typed, or else the range shown. */
    public String fromValue() {
        return blank(from) ? range.from().toString() : from;
    }

    public String toValue() {
        return blank(to) ? range.to().toString() : to;
    }

    private static LocalDate parse(String field, String typed, LocalDate otherwise, Map<String, String> errors) {
        if (blank(typed)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "error_usage_date_invalid");
            return otherwise;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

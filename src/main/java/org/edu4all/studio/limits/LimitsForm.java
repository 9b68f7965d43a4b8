package org.edu4all.studio.limits;

import java.util.Map;
import java.util.OptionalInt;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.AssertTrue;

/**
 * The daily quotas as an admin types them. Fields are text, so that "abc", "-3" or a 40-digit number reach our
 * validation (and come back to the form with a message) instead of failing while binding.
 */
public record LimitsForm(@RestForm String imagesPerStudentPerDay, @RestForm String imagesPerClassPerDay) {

    public static final int MAX_PER_STUDENT = 1_000;
    public static final int MAX_PER_CLASS = 100_000;

    @AssertTrue(message = "error_limit_student_day")
    public boolean isImagesPerStudentPerDay() {
        return parse(imagesPerStudentPerDay, MAX_PER_STUDENT).isPresent();
    }

    @AssertTrue(message = "error_limit_class_day")
    public boolean isImagesPerClassPerDay() {
        return parse(imagesPerClassPerDay, MAX_PER_CLASS).isPresent();
    }

    public int perStudent() {
        return parse(imagesPerStudentPerDay, MAX_PER_STUDENT).orElseThrow();
    }

    public int perClass() {
        return parse(imagesPerClassPerDay, MAX_PER_CLASS).orElseThrow();
    }

    public Map<String, String> values() {
        return Map.of("imagesPerStudentPerDay", orEmpty(imagesPerStudentPerDay), "imagesPerClassPerDay",
                orEmpty(imagesPerClassPerDay));
    }

    /** A whole number from 1 to {@code max}, or nothing. */
    static OptionalInt parse(String text, int max) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text.strip());
        return value >= 1 && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

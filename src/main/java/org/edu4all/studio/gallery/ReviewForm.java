package org.edu4all.studio.gallery;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.Size;

/**
 * A teacher's review of a hand-in: approve, hide (a reason is required: the student is told why) or give feedback.
 * One form per action keeps each button's meaning plain.
 */
public record ReviewForm(
        @RestForm @Size(max = 500, message = "error_reason_too_long") String reason,
        @RestForm @Size(max = 2000, message = "error_feedback_too_long") String feedback) {

    public Map<String, String> values(long handInId) {
        return Map.of("handInId", Long.toString(handInId), "reason", reason == null ? "" : reason,
                "feedback", feedback == null ? "" : feedback);
    }
}

package org.edu4all.studio.generation;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * A student's prompt form. All fields arrive as text: tampered values become field errors, never a failed request.
 * The prompt's length limit is configurable, so it is checked by {@link GenerationService}, not here.
 *
 * @param requestKey a random id written into the form when the page is shown, so that a double click or a browser
 *                   retry of the same form never creates a second request
 */
public record PromptForm(
        @RestForm @NotBlank(message = "error_prompt_required") String prompt,
        @RestForm String aspect,
        @RestForm String count,
        @RestForm String requestKey) {

    @AssertTrue(message = "error_aspect_invalid")
    public boolean isAspect() {
        return parsedAspect() != null;
    }

    @AssertTrue(message = "error_count_invalid")
    public boolean isCount() {
        return parsedCount() != null;
    }

    @AssertTrue(message = "error_form_expired")
    public boolean isRequestKey() {
        return parsedKey() != null;
    }

    public Aspect parsedAspect() {
        try {
            return aspect == null ? null : Aspect.valueOf(aspect.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Integer parsedCount() {
        try {
            int n = Integer.parseInt(count == null ? "" : count.strip());
            return n >= 1 && n <= 4 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public UUID parsedKey() {
        try {
            return requestKey == null ? null : UUID.fromString(requestKey.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Map<String, String> values() {
        return Map.of("prompt", prompt == null ? "" : prompt, "aspect", aspect == null ? "" : aspect,
                "count", count == null ? "" : count);
    }
}

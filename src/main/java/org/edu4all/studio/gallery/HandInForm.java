package org.edu4all.studio.gallery;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Handing in an image: a title for classmates and the teacher, and alt text (required: not everyone can see it). */
public record HandInForm(
        @RestForm @NotBlank(message = "error_handin_title_required") @Size(max = 120, message = "error_handin_title_too_long") String title,
        @RestForm @NotBlank(message = "error_alt_required") @Size(max = 500, message = "error_alt_too_long") String altText) {

    public Map<String, String> values(long imageId) {
        return Map.of("imageId", Long.toString(imageId), "title", title == null ? "" : title,
                "altText", altText == null ? "" : altText);
    }
}

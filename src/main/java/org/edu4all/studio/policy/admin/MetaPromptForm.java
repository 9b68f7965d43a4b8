package org.edu4all.studio.policy.admin;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The meta prompt form: the template, the "include the disallowed words" choice, and a sample to preview it with.
 * {@code action} is the button pressed: "preview" shows the draft without saving it, anything else saves.
 */
public record MetaPromptForm(
        @RestForm @NotBlank(message = "error_template_required")
        @Size(max = MetaPromptForm.MAX_TEMPLATE, message = "error_template_too_long") String template,
        @RestForm String includeDisallowedTerms,
        @RestForm @Size(max = 1000, message = "error_sample_too_long") String sample,
        @RestForm @Size(max = 500, message = "error_extra_too_long") String extra,
        @RestForm String action) {

    public static final int MAX_TEMPLATE = 4000;

    /** Browsers send a textarea's line breaks as CRLF; the provider should get the lines as they were typed. */
    public MetaPromptForm {
        template = template == null ? null : template.replace("\r\n", "\n");
    }

    /** Without {prompt}, the student's words would never reach the provider. */
    @AssertTrue(message = "error_template_prompt_missing")
    public boolean isTemplate() {
        return template == null || template.isBlank() || template.contains("{prompt}");
    }

    public boolean include() {
        return includeDisallowedTerms != null && !includeDisallowedTerms.isBlank();
    }

    public boolean preview() {
        return "preview".equals(action);
    }


    public Map<String, String> values() {
        return Map.of("template", TermForm.orEmpty(template), "includeDisallowedTerms", Boolean.toString(include()),
                "sample", TermForm.orEmpty(sample), "extra", TermForm.orEmpty(extra));
    }
}

package org.edu4all.studio.policy.admin;

import java.util.Map;

import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.DisallowedTerm;
import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Add a term" on the disallow list. Field names carry the form's name, because the allowlist's form on the same page
 * has a language too, and a rejected form must fill in only its own fields again.
 *
 * <p>A term may not hold tabs or line breaks, nor start with '#': the exported list would not read back the same.
 */
public record TermForm(
        @RestForm @NotBlank(message = "error_term_required")
        @Size(max = ListText.MAX_TERM, message = "error_term_too_long")
        @Pattern(regexp = "(?!\\s*#)[^\\t\\r\\n]*", message = "error_term_format") String term,
        @RestForm @NotBlank(message = "error_language")
        @Pattern(regexp = "es|en", message = "error_language") String termLanguage,
        @RestForm String termCategory) {

    @AssertTrue(message = "error_category")
    public boolean isTermCategory() {
        return category() != null;
    }

    /** The category chosen, or {@code null} for a missing or tampered value. */
    public Category category() {
        try {
            return termCategory == null ? null : Category.parse(termCategory);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public DisallowedTerm toTerm() {
        return new DisallowedTerm(term, termLanguage, category());
    }

    public Map<String, String> values() {
        return Map.of("term", orEmpty(term), "termLanguage", orEmpty(termLanguage), "termCategory",
                orEmpty(termCategory));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

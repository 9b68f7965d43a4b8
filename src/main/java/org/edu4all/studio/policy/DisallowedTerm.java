package org.edu4all.studio.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the disallow list: a word or phrase, written as people write it (accents and all), the language whose
 * plural and gender rules apply to it ("es" or "en"), and its category.
 */
public record DisallowedTerm(String term, String language, Category category) {

    public DisallowedTerm {
        term = requireText(term, "term");
        language = requireText(language, "language").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(category, "category");
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return stripped;
    }
}

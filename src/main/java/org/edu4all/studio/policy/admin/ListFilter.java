package org.edu4all.studio.policy.admin;

import java.net.URI;

import org.edu4all.studio.policy.Category;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Which part of the lists the page shows: one category, one language, or all. The page's forms send it back as
 * hidden fields, so that after adding or removing an entry the admin lands on the same filtered view. Unknown values
 * mean "all": a tampered filter shows more, never an error, and never leaves the page.
 */
public record ListFilter(@RestForm("filterCategory") String category, @RestForm("filterLanguage") String language) {

    public ListFilter {
        category = parseCategory(category);
        language = language != null && ListText.LANGUAGES.contains(language) ? language : null;
    }

    public Category parsedCategory() {
        return category == null ? null : Category.valueOf(category);
    }

    public boolean isActive() {
        return category != null || language != null;
    }

    /** The page this filter shows, for redirects. */
    public URI pageUri() {
        StringBuilder query = new StringBuilder();
        if (category != null) {
            query.append("category=").append(category);
        }
        if (language != null) {
            query.append(query.isEmpty() ? "" : "&").append("language=").append(language);
        }
        return URI.create("/admin/policy" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String parseCategory(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Category.parse(text).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

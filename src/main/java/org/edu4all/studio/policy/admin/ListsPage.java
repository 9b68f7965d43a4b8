package org.edu4all.studio.policy.admin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhraseEntry;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.PolicyTermEntry;

/**
 * What the lists page shows. The lists are a few hundred entries, so they are filtered here rather than in SQL: the
 * counts per category need every term anyway.
 *
 * @param categories every category with how many terms it has, for the filter and the "add" form
 */
public record ListsPage(ListFilter filter, List<PolicyTermEntry> terms, int totalTerms,
        List<AllowedPhraseEntry> phrases, int totalPhrases, List<CategoryCount> categories) {

    public record CategoryCount(Category category, long termCount) {
    }

    private static final Comparator<PolicyTermEntry> TERM_ORDER = Comparator
            .comparing((PolicyTermEntry t) -> t.category.name()).thenComparing(t -> t.language)
            .thenComparing(t -> t.term);

    static ListsPage load(ListFilter filter) {
        List<PolicyTermEntry> allTerms = PolicyTermEntry.listAll();
        List<AllowedPhraseEntry> allPhrases = AllowedPhraseEntry.listAll();
        Category category = filter.parsedCategory();
        List<PolicyTermEntry> terms = allTerms.stream()
                .filter(t -> category == null || t.category == category)
                .filter(t -> filter.language() == null || t.language.equals(filter.language()))
                .sorted(TERM_ORDER).toList();
        // The allowlist has no categories: a category filter leaves it whole.
        List<AllowedPhraseEntry> phrases = allPhrases.stream()
                .filter(p -> filter.language() == null || p.language.equals(filter.language()))
                .sorted(Comparator.comparing((AllowedPhraseEntry p) -> p.language).thenComparing(p -> p.phrase))
                .toList();
        List<CategoryCount> counts = Arrays.stream(Category.values())
                .map(c -> new CategoryCount(c, allTerms.stream().filter(t -> t.category == c).count())).toList();
        return new ListsPage(filter, terms, allTerms.size(), phrases, allPhrases.size(), counts);
    }
}

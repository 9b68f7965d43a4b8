package org.edu4all.studio.policy.admin;

import java.util.Comparator;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.AllowedPhraseEntry;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyListFormat;
import org.edu4all.studio.policy.PolicyTermEntry;

/**
 * The lists as files, in exactly the format the import (and {@code bin/policy-check --list}) reads. TSV comes from
 * {@link PolicyListFormat}; CSV is written here, quoting a field the way {@code PolicyListFormat} unquotes it.
 */
final class ListExport {

    private static final Comparator<DisallowedTerm> TERM_ORDER = Comparator
            .comparing((DisallowedTerm t) -> t.category().name()).thenComparing(DisallowedTerm::language)
            .thenComparing(DisallowedTerm::term);
    private static final Comparator<AllowedPhrase> PHRASE_ORDER = Comparator.comparing(AllowedPhrase::language)
            .thenComparing(AllowedPhrase::phrase);

    private ListExport() {
    }

    static List<DisallowedTerm> terms() {
        return PolicyTermEntry.<PolicyTermEntry>listAll().stream().map(PolicyTermEntry::toTerm).sorted(TERM_ORDER)
                .toList();
    }

    static List<AllowedPhrase> phrases() {
        return AllowedPhraseEntry.<AllowedPhraseEntry>listAll().stream().map(AllowedPhraseEntry::toPhrase)
                .sorted(PHRASE_ORDER).toList();
    }

    static String termsTsv() {
        return PolicyListFormat.writeTerms(terms());
    }

    static String phrasesTsv() {
        return PolicyListFormat.writeAllowedPhrases(phrases());
    }

    /** The header line is read back as a header: its first field is "term". */
    static String termsCsv() {
        StringBuilder out = new StringBuilder("term,language,category\n");
        for (DisallowedTerm term : terms()) {
            out.append(csv(term.term())).append(',').append(csv(term.language())).append(',')
                    .append(term.category().name()).append('\n');
        }
        return out.toString();
    }

    static String phrasesCsv() {
        StringBuilder out = new StringBuilder("phrase,language\n");
        for (AllowedPhrase phrase : phrases()) {
            out.append(csv(phrase.phrase())).append(',').append(csv(phrase.language())).append('\n');
        }
        return out.toString();
    }

    /** Quoted when it holds a comma or a quote, or when it would start the line with '#' (a comment). */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && !field.startsWith("#")) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

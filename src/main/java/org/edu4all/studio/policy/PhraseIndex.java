package org.edu4all.studio.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All forms of all list entries, compiled into two Aho-Corasick automata: one for whole words and phrases, one for
 * letters split apart. Immutable once built, hence thread-safe.
 *
 * <p>Matching reads "l" as "i" in both the entries and the prompt. "1", "|", "l", "I", Cyrillic "І" and Greek "Ι" all
 * stand for both letters, often in the same word ("v1o1encia"), and no listed word turns into a harmless one when
 * the two are confused. The normalised text shown to admins keeps them apart.
 */
final class PhraseIndex {

    /** One pattern in {@link Runs} form, and the list entry it stands for. */
    private record Pattern(char[] chars, int[] lengths, DisallowedTerm term, MatchRule rule) {
        boolean allows() {
            return term == null;
        }
    }

    private final AhoCorasick wordAutomaton;
    private final List<Pattern> wordPatterns;
    private final AhoCorasick joinedAutomaton;
    private final List<Pattern> joinedPatterns;

    private PhraseIndex(List<Pattern> wordPatterns, List<Pattern> joinedPatterns) {
        this.wordPatterns = wordPatterns;
        this.joinedPatterns = joinedPatterns;
        this.wordAutomaton = AhoCorasick.build(wordPatterns.stream().map(Pattern::chars).toList());
        this.joinedAutomaton = AhoCorasick.build(joinedPatterns.stream().map(Pattern::chars).toList());
    }

    static PhraseIndex build(List<DisallowedTerm> terms, List<AllowedPhrase> allowed) {
        Builder builder = new Builder();
        // Exact forms first: when two entries share a form, the one that wrote it literally is reported.
        for (boolean inflected : new boolean[] {false, true}) {
            for (DisallowedTerm term : terms) {
                builder.add(term.term(), term.language(), term, inflected);
            }
            for (AllowedPhrase phrase : allowed) {
                builder.add(phrase.phrase(), phrase.language(), null, inflected);
            }
        }
        return new PhraseIndex(List.copyOf(builder.wordPatterns), List.copyOf(builder.joinedPatterns));
    }

    /** @param normalized the output of {@link Normalizer#normalize} */
    Verdict verdict(String normalized) {
        String text = matchForm(normalized);
        Matches matches = new Matches();
        findWholeWords(WordView.of(text), matches);
        findSplitLetters(JoinedView.of(text), matches);
        return matches.verdict();
    }

    private static String matchForm(String normalized) {
        return normalized.replace('l', 'i');
    }

    private void findWholeWords(WordView view, Matches matches) {
        wordAutomaton.search(view.runs.chars, view.runs.size, (id, lastRun) -> {
            Pattern pattern = wordPatterns.get(id);
            int firstRun = lastRun - pattern.chars.length + 1;
            if (view.runs.hasAtLeast(firstRun, pattern.lengths)) {
                matches.add(pattern, view.span(firstRun, lastRun), false);
            }
        });
    }

    private void findSplitLetters(JoinedView view, Matches matches) {
        joinedAutomaton.search(view.runs.chars, view.runs.size, (id, lastRun) -> {
            Pattern pattern = joinedPatterns.get(id);
            int firstRun = lastRun - pattern.chars.length + 1;
            if (!view.runs.hasAtLeast(firstRun, pattern.lengths)) {
                return;
            }
            WordSpan span = view.span(firstRun, lastRun, pattern.lengths[0],
                    pattern.lengths[pattern.lengths.length - 1]);
            if (span == null || span.wordCount() < 2) {
                return;                                   // one whole word is the word matcher's business
            }
            if (pattern.allows() || view.singleLetterWords(span) >= 2) {
                matches.add(pattern, span, true);
            }
        });
    }

    /** The matches found in one prompt, and the choice of which one to report. */
    private static final class Matches {
        private record Candidate(DisallowedTerm term, MatchRule rule, WordSpan span, boolean joined) {
        }

        private final List<Candidate> blocks = new ArrayList<>();
        private final List<WordSpan> allowedSpans = new ArrayList<>();

        void add(Pattern pattern, WordSpan span, boolean joined) {
            if (pattern.allows()) {
                allowedSpans.add(span);
            } else {
                blocks.add(new Candidate(pattern.term, joined ? MatchRule.COLLAPSED : pattern.rule, span, joined));
            }
        }

        Verdict verdict() {
            Candidate best = null;
            for (Candidate candidate : blocks) {
                if (!isAllowed(candidate.span) && (best == null || reportsBetter(candidate, best))) {
                    best = candidate;
                }
            }
            if (best == null) {
                return Verdict.ALLOW;
            }
            return new Verdict.Block(best.term.category(), best.term.term(), best.term.language(), best.rule);
        }

        private boolean isAllowed(WordSpan span) {
            for (WordSpan allowed : allowedSpans) {
                if (allowed.contains(span)) {
                    return true;
                }
            }
            return false;
        }

        /** Earliest in the prompt first; then whole words over split letters, longer phrases, exact forms. */
        private static boolean reportsBetter(Candidate a, Candidate b) {
            if (a.span.first() != b.span.first()) {
                return a.span.first() < b.span.first();
            }
            if (a.joined != b.joined) {
                return !a.joined;
            }
            if (a.span.wordCount() != b.span.wordCount()) {
                return a.span.wordCount() > b.span.wordCount();
            }
            return a.rule.ordinal() < b.rule.ordinal();
        }
    }

    /** Collects the patterns of every entry, skipping forms another entry already registered. */
    private static final class Builder {
        final List<Pattern> wordPatterns = new ArrayList<>();
        final List<Pattern> joinedPatterns = new ArrayList<>();
        private final Set<String> seenWordForms = new HashSet<>();
        private final Set<String> seenJoinedForms = new HashSet<>();

        void add(String entry, String language, DisallowedTerm term, boolean inflected) {
            String normalized = Normalizer.normalize(entry);
            if (normalized.isEmpty()) {
                throw new IllegalArgumentException("'" + entry + "' has no letters to match");
            }
            List<String> forms = Inflections.formsOf(normalized, language);
            for (int i = inflected ? 1 : 0; i < (inflected ? forms.size() : 1); i++) {
                MatchRule rule = i == 0 ? MatchRule.EXACT : MatchRule.INFLECTION;
                String kind = term == null ? "allow:" : "block:";
                String form = matchForm(forms.get(i));
                if (seenWordForms.add(kind + form)) {
                    wordPatterns.add(pattern(' ' + form + ' ', term, rule));
                }
                String joined = form.replace(" ", "");
                if (seenJoinedForms.add(kind + joined)) {
                    joinedPatterns.add(pattern(joined, term, MatchRule.COLLAPSED));
                }
            }
        }

        private static Pattern pattern(String form, DisallowedTerm term, MatchRule rule) {
            Runs runs = Runs.of(form);
            return new Pattern(runs.chars, runs.lengths, term, rule);
        }
    }
}

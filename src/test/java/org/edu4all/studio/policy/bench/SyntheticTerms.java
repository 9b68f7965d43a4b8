package org.edu4all.studio.policy.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.DisallowedTerm;

/**
 * A deterministic list of made-up words and two-word phrases, to grow the default list to benchmark size. The words
 * are built from consonant-vowel syllables, like real Spanish and English words, so the automaton has realistic
 * shared prefixes, and they get the same inflections as real terms.
 */
final class SyntheticTerms {

    private static final String CONSONANTS = "bcdfgjkmnprstvz";
    private static final String VOWELS = "aeiou";

    private SyntheticTerms() {
    }

    static List<DisallowedTerm> generate(int count, long seed) {
        Random random = new Random(seed);
        Category[] categories = Category.values();
        Set<String> seen = new LinkedHashSet<>();
        List<DisallowedTerm> terms = new ArrayList<>(count);
        while (terms.size() < count) {
            String term = random.nextInt(5) == 0 ? word(random) + ' ' + word(random) : word(random);
            if (seen.add(term)) {
                String language = terms.size() % 2 == 0 ? "es" : "en";
                terms.add(new DisallowedTerm(term, language, categories[terms.size() % categories.length]));
            }
        }
        return terms;
    }

    /** Three or four syllables: long enough not to be a real word by accident. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 3 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return word.toString();
    }
}

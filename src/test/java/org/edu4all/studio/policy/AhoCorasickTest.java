package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    @Test
    void findsOverlappingAndNestedPatterns() {
        AhoCorasick automaton = AhoCorasick.build(chars("he", "she", "his", "hers"));

        assertThat(hits(automaton, "ushers")).containsExactly("1@3", "0@3", "3@5");
    }

    @Test
    void reportsEveryPatternThatEndsAtTheSameNode() {
        AhoCorasick automaton = AhoCorasick.build(chars("blod", "blod"));

        assertThat(hits(automaton, "a blod")).containsExactlyInAnyOrder("0@5", "1@5");
    }

    @Test
    void findsNothingInTextWithoutPatterns() {
        AhoCorasick automaton = AhoCorasick.build(chars("sword"));

        assertThat(hits(automaton, "a swor d")).isEmpty();
    }

    @Test
    void handlesNodesWithManyChildren() {
        List<String> patterns = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            patterns.add("x" + c);
        }
        AhoCorasick automaton = AhoCorasick.build(chars(patterns.toArray(String[]::new)));

        assertThat(hits(automaton, "xq xz")).containsExactly("16@1", "25@4");
    }

    @Test
    void rejectsAnEmptyPattern() {
        assertThatThrownBy(() -> AhoCorasick.build(chars("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<char[]> chars(String... patterns) {
        List<char[]> list = new ArrayList<>();
        for (String pattern : patterns) {
            list.add(pattern.toCharArray());
        }
        return list;
    }

    private static List<String> hits(AhoCorasick automaton, String text) {
        List<String> hits = new ArrayList<>();
        automaton.search(text.toCharArray(), text.length(), (id, last) -> hits.add(id + "@" + last));
        return hits;
    }
}

package org.edu4all.studio.policy;

import java.util.Objects;

/** The policy's decision on one piece of text: allow it, or block it and say why. */
public sealed interface Verdict permits Verdict.Allow, Verdict.Block {

    /** The one Allow there is: it carries no data. */
    Allow ALLOW = new Allow();

    /** @return true when the text must not be sent to any provider */
    boolean blocked();

    record Allow() implements Verdict {
        @Override
        public boolean blocked() {
            return false;
        }
    }

    /**
     * @param category what the text asks for, shown to the student
     * @param term     the list entry that matched, as written in the list (shown to teachers, never to students)
     * @param language the language of that list entry
     * @param rule     how it matched
     */
    record Block(Category category, String term, String language, MatchRule rule) implements Verdict {
        public Block {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public boolean blocked() {
            return true;
        }
    }
}

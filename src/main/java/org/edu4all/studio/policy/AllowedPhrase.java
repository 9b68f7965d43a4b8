package org.edu4all.studio.policy;

import java.util.Locale;

/**
 * A harmless phrase that contains a disallowed word ("pez espada", "árbol desnudo", "sword lily"). A match that lies
 * wholly inside an allowed phrase does not block. A disallowed word elsewhere in the same prompt still does.
 */
public record AllowedPhrase(String phrase, String language) {

    public AllowedPhrase {
        phrase = DisallowedTerm.requireText(phrase, "phrase");
        language = DisallowedTerm.requireText(language, "language").toLowerCase(Locale.ROOT);
    }
}

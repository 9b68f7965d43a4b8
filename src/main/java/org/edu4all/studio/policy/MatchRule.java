package org.edu4all.studio.policy;

import java.util.Locale;

/** Which matching rule fired, so an admin can see why a prompt was blocked. */
public enum MatchRule {
    /** The normalised prompt contains the term itself as whole words. */
    EXACT,
    /** The normalised prompt contains a plural or gender form of the term ("espada" for "espadas"). */
    INFLECTION,
    /** The term's letters were split up by spaces or punctuation ("e s p a d a", "s.w.o.r.d"). */
    COLLAPSED;

    /** The lower-case name used in logs and the CLI's JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

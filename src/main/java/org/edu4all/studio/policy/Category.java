package org.edu4all.studio.policy;

import java.util.Locale;

/**
 * What kind of content a disallowed term stands for. The student sees the category (never the term), so it must be
 * something a child can be told kindly: "your prompt asks for violence".
 */
public enum Category {
    WEAPONS,
    VIOLENCE,
    /** Blood and gore: the lesson lists them apart from violence. */
    GORE,
    NUDITY,
    SEXUAL,
    /** "Adult content / themes / language / humour": the lesson's catch-all for things not meant for children. */
    ADULT,
    SELF_HARM,
    DRUGS,
    HATE,
    PROFANITY,
    /** Attempts to talk the system out of its rules ("ignore previous instructions", "olvida las reglas"). */
    INSTRUCTION_OVERRIDE;

    /** Reads a category as people write it in a list: any case, with '-' or ' ' for '_' ("self-harm"). */
    public static Category parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category '" + text.strip() + "'", e);
        }
    }

    /** The message-bundle key of the category's name, for example {@code category_weapons}. */
    public String messageKey() {
        return "category_" + name().toLowerCase(Locale.ROOT);
    }
}

package org.edu4all.studio.image;

import java.util.List;

/**
 * What the second safety layer said about one generated image, before it is stored.
 *
 * @param flagged the categories at or over their threshold, such as {@code Violence:4}; empty when it passed
 */
public record SafetyVerdict(List<String> flagged) {

    public static final SafetyVerdict CLEAR = new SafetyVerdict(List.of());

    public SafetyVerdict {
        flagged = List.copyOf(flagged);
    }

    public SafetyStatus status() {
        return flagged.isEmpty() ? SafetyStatus.CLEAR : SafetyStatus.HELD;
    }

    /** For the image row; null when nothing was flagged. */
    public String categories() {
        return flagged.isEmpty() ? null : String.join(",", flagged);
    }
}

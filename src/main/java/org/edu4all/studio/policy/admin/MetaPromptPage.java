package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.policy.MetaPrompt;

/**
 * What the meta prompt page shows: the template in the form (saved, or as just typed), and the final prompt a
 * provider would get for the sample, for each picture shape.
 *
 * @param draft true when the preview is of text that has not been saved
 */
public record MetaPromptPage(String template, boolean includeDisallowedTerms, String sample, String extra,
        boolean draft, Instant updatedAt, String updatedBy, List<Preview> previews) {

    /** The lesson's own example. */
    static final String DEFAULT_SAMPLE = "Perro junto a la Torre Eiffel a primera hora de la mañana";

    /** @param aspectKey the {@code adm} bundle key of the shape's name */
    public record Preview(String aspectKey, String finalPrompt) {
    }

    static List<Preview> previews(MetaPrompt metaPrompt, String sample, List<String> extraLines,
            List<String> disallowedWords) {
        return Arrays.stream(Aspect.values())
                .map(aspect -> new Preview(aspect.messageKey(), metaPrompt.wrap(sample, aspect, extraLines,
                        disallowedWords)))
                .toList();
    }
}

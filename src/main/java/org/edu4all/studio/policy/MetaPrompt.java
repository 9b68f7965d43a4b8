package org.edu4all.studio.policy;

import java.util.List;

import org.edu4all.studio.generation.Aspect;

/**
 * Wraps a student's prompt in the meta prompt: for children, safe, in colour. Plain Java, no CDI.
 *
 * <p>The template's placeholders: {@code {format}} (square, landscape or portrait: the shape the student chose; it
 * only describes the picture, because the provider's {@code size} parameter sets the real shape and asking for
 * "16:9" in words does nothing), {@code {extra}} (the assignment's extra lines), {@code {disallowed}} and
 * {@code {prompt}}.
 *
 * <p>Writing the disallow list into the provider prompt is a template choice, off by default: listing those words
 * can itself trip a provider's safety filter, and it enforces nothing. The policy engine enforces the list before any
 * provider is called.
 *
 * @param includeDisallowedTerms whether {@code {disallowed}} lists the disallowed words
 */
public record MetaPrompt(String template, boolean includeDisallowedTerms) {

    /** The lesson's text. */
    public static final String DEFAULT_TEMPLATE = """
            You are an assistant designer that creates images for children.
            The image needs to be safe for work and appropriate for children.
            The image needs to be in color.
            The image needs to be in {format} format.
            {extra}{disallowed}Do not consider any input from the following that is not safe for work or appropriate for children.
            {prompt}""";

    public static final MetaPrompt DEFAULT = new MetaPrompt(DEFAULT_TEMPLATE, false);

    /** The final prompt sent to the provider. */
    public String wrap(String studentPrompt, Aspect aspect, List<String> extraLines, List<String> disallowedWords) {
        StringBuilder extra = new StringBuilder();
        for (String line : extraLines) {
            if (!line.isBlank()) {
                extra.append(line.strip()).append('\n');
            }
        }
        String disallowed = includeDisallowedTerms && !disallowedWords.isEmpty()
                ? "Never show any of these: " + String.join(", ", disallowedWords) + ".\n"
                : "";
        return template.replace("{format}", formatWord(aspect))
                .replace("{extra}", extra)
                .replace("{disallowed}", disallowed)
                .replace("{prompt}", studentPrompt.strip());
    }

    private static String formatWord(Aspect aspect) {
        switch (aspect) {
            case LANDSCAPE:
                return "landscape";
            case PORTRAIT:
                return "portrait";
            default:
                return "square";
        }
    }
}

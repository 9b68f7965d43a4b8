package org.edu4all.studio.policy;

import java.util.List;

import org.edu4all.studio.generation.Aspect;

/**
 * Wraps a student's prompt in the lesson's meta prompt: for children, safe, in colour. Plain Java, no CDI.
 *
 * <p>The format line follows the aspect the student chose; it only describes the picture, because the real shape is
 * set by the provider's {@code size} parameter (asking for "16:9" in words does nothing). The disallow list is not
 * written into the text: listing those words can itself trip a provider's filter, and our policy engine enforces
 * the list before any call anyway.
 */
public record MetaPrompt(String template) {

    /** The lesson's text. {@code {format}}, {@code {extra}} and {@code {prompt}} are filled in per request. */
    public static final String DEFAULT_TEMPLATE = """
            You are an assistant designer that creates images for children.
            The image needs to be safe for work and appropriate for children.
            The image needs to be in color.
            The image needs to be in {format} format.
            {extra}Do not consider any input from the following that is not safe for work or appropriate for children.
            {prompt}""";

    public static final MetaPrompt DEFAULT = new MetaPrompt(DEFAULT_TEMPLATE);

    /** The final prompt sent to the provider. */
    public String wrap(String studentPrompt, Aspect aspect, List<String> extraLines) {
        StringBuilder extra = new StringBuilder();
        for (String line : extraLines) {
            if (!line.isBlank()) {
                extra.append(line.strip()).append('\n');
            }
        }
        return template.replace("{format}", formatWord(aspect))
                .replace("{extra}", extra)
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

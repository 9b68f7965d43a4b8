package org.edu4all.studio.generation;

/**
 * What one call to an {@link ImageGenerator} should produce.
 *
 * @param finalPrompt the prompt as sent to the provider: the student's text already wrapped in the meta prompt
 * @param studentPrompt the student's own words, for adapters that show them (the offline preview writes them in)
 * @param size        the real pixel size, already resolved from the student's aspect for the adapter's model
 * @param count       how many images, 1 to 4
 * @param seed        makes offline output reproducible; real providers take no seed and ignore it
 * @param userRef     a pseudonymous, stable id for the student (never a name), for the provider's abuse monitoring
 */
public record GenerationSpec(String finalPrompt, String studentPrompt, ImageSize size, int count, long seed, String userRef) {
}

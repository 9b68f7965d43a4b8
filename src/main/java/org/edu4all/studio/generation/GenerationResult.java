package org.edu4all.studio.generation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one provider call produced, for callers that store more than the images.
 *
 * @param images        the images, bytes exactly as received
 * @param requestJson   the request exactly as sent, as JSON, without any key or token (keys travel in headers only);
 *                      for a multipart edit, the text fields plus the size and type of each uploaded file
 * @param usage         the provider's token counts, when it reported them (for cost)
 * @param revisedPrompt the prompt the provider actually used, when it rewrote ours and said so
 */
public record GenerationResult(List<GeneratedImage> images, String requestJson, Optional<TokenUsage> usage,
        Optional<String> revisedPrompt) {

    public GenerationResult {
        images = List.copyOf(images);
        Objects.requireNonNull(requestJson, "requestJson");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(revisedPrompt, "revisedPrompt");
    }

    /** A result with images only, for adapters that have nothing else to say (the offline one). */
    public static GenerationResult of(List<GeneratedImage> images) {
        return new GenerationResult(images, "{}", Optional.empty(), Optional.empty());
    }

    /**
     * Token counts as the GPT-image models report them ({@code usage.input_tokens} and so on).
     *
     * @param totalTokens      the provider's total, or input plus output when it gave none
     * @param inputImageTokens the part of the input that was images ({@code input_tokens_details.image_tokens}: an
     *                         edit's picture and mask), priced above text; 0 for a generation
     */
    public record TokenUsage(long inputTokens, long outputTokens, long totalTokens, long inputImageTokens) {

        /** Usage with text input only, as every generation has. */
        public TokenUsage(long inputTokens, long outputTokens, long totalTokens) {
            this(inputTokens, outputTokens, totalTokens, 0);
        }

        /** The input tokens that were text. */
        public long inputTextTokens() {
            return Math.max(0, inputTokens - inputImageTokens);
        }
    }
}

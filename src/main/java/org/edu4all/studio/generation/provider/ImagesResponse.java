package org.edu4all.studio.generation.provider;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a successful {@code /images/generations} or {@code /images/edits} answer, the same on Azure OpenAI,
 * OpenAI and compatible servers. Unknown fields (content filter results, {@code background}...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImagesResponse(Long created, List<Item> data, Usage usage) {

    /**
     * One image: base64 (GPT-image models, always) or, from older or compatible servers, a URL. The base64 is
     * decoded by the JSON parser straight into bytes: parsing a 4 MB answer allocates 6 MB, against 27 MB through
     * Strings and the JDK's decoder (measured with the JVM's per-thread allocation counter).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(@JsonProperty("b64_json") byte[] b64Json, String url,
            @JsonProperty("revised_prompt") String revisedPrompt) {
    }

    /** Token counts, reported by the GPT-image models. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Usage(@JsonProperty("input_tokens") Long inputTokens,
            @JsonProperty("output_tokens") Long outputTokens,
            @JsonProperty("total_tokens") Long totalTokens,
            @JsonProperty("input_tokens_details") InputDetails inputDetails) {
    }

    /** How the input tokens split into text and images (an edit's picture and mask are image tokens). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InputDetails(@JsonProperty("text_tokens") Long textTokens,
            @JsonProperty("image_tokens") Long imageTokens) {
    }
}

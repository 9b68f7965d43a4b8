package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.ImageSize;
import org.junit.jupiter.api.Test;

class ImageRequestTest {

    private static final ImageSize DEFAULT_SIZE = new ImageSize(1536, 1024);

    @Test
    void theJsonHasTheDocumentedFieldsInOrderAndNoTemperatureOrSeed() {
        ImageRequest request = new ImageRequest(Optional.empty(), "Un castillo \"nevado\"", 2, DEFAULT_SIZE, "medium",
                "png", "5b0c8a8e-student", Optional.empty());

        assertThat(request.toJson()).isEqualTo("{\"prompt\":\"Un castillo \\\"nevado\\\"\",\"n\":2,"
                + "\"size\":\"1536x1024\",\"quality\":\"medium\",\"output_format\":\"png\","
                + "\"user\":\"5b0c8a8e-student\"}");
        assertThat(request.toJson()).doesNotContain("temperature").doesNotContain("seed");
        assertThat(request.expectedMediaType()).isEqualTo("image/png");
    }

    @Test
    void modelResponseFormatAndFileDescriptionsWhenGiven() {
        ImageRequest request = new ImageRequest(Optional.of("gpt-image-2"), "A cat", 1, DEFAULT_SIZE, "low", "png",
                "u-1", Optional.of("b64_json"));

        assertThat(request.toJson(Map.of("image", "image/png, 10 bytes"))).isEqualTo("{\"model\":\"gpt-image-2\","
                + "\"prompt\":\"A cat\",\"n\":1,\"size\":\"1536x1024\",\"quality\":\"low\",\"output_format\":\"png\","
                + "\"user\":\"u-1\",\"response_format\":\"b64_json\",\"image\":\"image/png, 10 bytes\"}");
    }

    @Test
    void nMustBeWhatTheApisAccept() {
        assertThatThrownBy(() -> new ImageRequest(Optional.empty(), "A cat", 0, DEFAULT_SIZE, "low", "png", "u",
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageRequest(Optional.empty(), "A cat", 11, DEFAULT_SIZE, "low", "png", "u",
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}

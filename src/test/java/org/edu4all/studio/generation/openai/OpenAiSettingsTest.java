package org.edu4all.studio.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.ModelFamily;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    private static final String DEFAULT_KEY = "sk-never-shown";

    /** The mapping as a record: its accessors implement the interface. */
    record Config(String baseUrl, Optional<String> apiKey, String model, String quality,
            Optional<String> responseFormat, Duration timeout, Optional<List<String>> downloadHosts)
            implements OpenAiConfig {
    }

    @Test
    void apiOpenAiComNeedsAKey() {
        GenerationException e = catchThrowableOfType(GenerationException.class, () -> OpenAiSettings.from(
                new Config(OpenAiSettings.DEFAULT_BASE_URL, Optional.empty(), "gpt-image-1.5", "medium",
                        Optional.empty(), Duration.ofSeconds(60), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains("OPENAI_API_KEY");
    }

    @Test
    void aCompatibleServerMayGoWithoutAKeyAndAskForBase64() throws GenerationException {
        OpenAiSettings settings = OpenAiSettings.from(new Config("http://localai:8080/v1/", Optional.empty(),
                "stablediffusion", "auto", Optional.of("b64_json"), Duration.ofSeconds(60), Optional.empty()));

        assertThat(settings.baseUrl()).hasToString("http://localai:8080/v1");
        assertThat(settings.authorization()).isNull();
        assertThat(settings.family()).isEqualTo(ModelFamily.GPT_IMAGE_1_MINI);
        assertThat(settings.target()).isEqualTo("localai:8080/v1, model stablediffusion");
        OpenAiImageGenerator generator = new OpenAiImageGenerator(new Config("http://localai:8080/v1",
                Optional.empty(), "stablediffusion", "auto", Optional.of("b64_json"), Duration.ofSeconds(60),
                Optional.empty()), null);
        assertThat(generator.describeRequest(new GenerationSpec("A cat", "A cat", new ImageSize(1024, 1024), 1, 1L,
                "u-1"))).contains("\"model\":\"stablediffusion\"").endsWith("\"response_format\":\"b64_json\"}");
    }

    @Test
    void theKeyIsABearerTokenAndNeverInTheDescription() throws GenerationException {
        Config config = new Config(OpenAiSettings.DEFAULT_BASE_URL, Optional.of(DEFAULT_KEY), "gpt-image-2", "high",
                Optional.empty(), Duration.ofSeconds(60), Optional.empty());
        OpenAiSettings settings = OpenAiSettings.from(config);

        assertThat(settings.authorization()).isEqualTo("Bearer " + DEFAULT_KEY);
        assertThat(settings.toString()).doesNotContain(DEFAULT_KEY);
        assertThat(new OpenAiImageGenerator(config, null).describeRequest(new GenerationSpec("A cat", "A cat",
                new ImageSize(864, 1536), 1, 1L, "u-1"))).isEqualTo("{\"model\":\"gpt-image-2\",\"prompt\":"
                        + "\"A cat\",\"n\":1,\"size\":\"864x1536\",\"quality\":\"high\",\"output_format\":\"png\","
                        + "\"user\":\"u-1\"}");
        assertThat(new OpenAiImageGenerator(config, null).status().target()).doesNotContain(DEFAULT_KEY);
    }
}

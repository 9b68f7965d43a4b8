package org.edu4all.studio.generation.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.azure.AzureOpenAiSettings.ApiStyle;
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.junit.jupiter.api.Test;

/** A bad or missing Azure configuration is a configuration error on the call and on the status, never a crash. */
class AzureOpenAiSettingsTest {

    private static final String DEFAULT_KEY = "azure-key-never-shown";
    private static final Config DEFAULT_CONFIG = new Config(Optional.of("https://school.openai.azure.com/"),
            Optional.of(DEFAULT_KEY), Optional.of("images"), "gpt-image-2", "deployment", "2025-04-01-preview",
            Optional.empty(), "high", Duration.ofSeconds(90), Optional.empty());

    /** The mapping as a record: its accessors implement the interface. */
    record Config(Optional<String> endpoint, Optional<String> apiKey, Optional<String> deployment, String model,
            String apiStyle, String apiVersion, Optional<String> v1ApiVersion, String quality, Duration timeout,
            Optional<List<String>> downloadHosts) implements AzureOpenAiConfig {

        @Override
        public String auth() {
            return "api-key";
        }
    }

    @Test
    void aCompleteConfigurationIsReadAndNormalised() throws GenerationException {
        AzureOpenAiSettings settings = AzureOpenAiSettings.from(new Config(
                Optional.of("https://school.openai.azure.com/openai/v1/"), Optional.of(DEFAULT_KEY),
                Optional.of("images"), "gpt-image-1.5", "V1", "2025-04-01-preview", Optional.of("preview"), "low",
                Duration.ofSeconds(30), Optional.of(List.of("blob.example.net"))));

        assertThat(settings.endpoint()).hasToString("https://school.openai.azure.com");
        assertThat(settings.style()).isEqualTo(ApiStyle.V1);
        assertThat(settings.v1ApiVersion()).contains("preview");
        assertThat(settings.downloadHosts()).containsExactlyInAnyOrder("school.openai.azure.com", "blob.example.net");
        assertThat(settings.toString()).doesNotContain(DEFAULT_KEY);
    }

    @Test
    void everyMissingOrWrongValueIsAConfigurationError() {
        assertThat(problem(new Config(Optional.empty(), Optional.of(DEFAULT_KEY), Optional.of("images"),
                "gpt-image-2", "deployment", "v", Optional.empty(), "high", Duration.ofSeconds(90),
                Optional.empty()))).contains("AZURE_OPENAI_ENDPOINT");
        assertThat(problem(new Config(Optional.of("https://school.openai.azure.com"), Optional.of("  "),
                Optional.of("images"), "gpt-image-2", "deployment", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty()))).contains("AZURE_OPENAI_API_KEY");
        assertThat(problem(new Config(Optional.of("https://school.openai.azure.com"), Optional.of(DEFAULT_KEY),
                Optional.empty(), "gpt-image-2", "deployment", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty()))).contains("AZURE_OPENAI_DEPLOYMENT");
        assertThat(problem(new Config(Optional.of("https://school.openai.azure.com"), Optional.of(DEFAULT_KEY),
                Optional.of("images"), "dall-e-3", "deployment", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty()))).contains("AZURE_OPENAI_MODEL 'dall-e-3'");
        assertThat(problem(new Config(Optional.of("https://school.openai.azure.com"), Optional.of(DEFAULT_KEY),
                Optional.of("images"), "gpt-image-2", "sideways", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty()))).contains("AZURE_OPENAI_API_STYLE");
        assertThat(problem(new Config(Optional.of("school.openai.azure.com"), Optional.of(DEFAULT_KEY),
                Optional.of("images"), "gpt-image-2", "deployment", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty()))).contains("must look like");
        assertThat(problem(new Config(Optional.of("https://school.openai.azure.com"), Optional.of(DEFAULT_KEY),
                Optional.of("images"), "gpt-image-2", "deployment", "v", Optional.empty(), "ultra",
                Duration.ofSeconds(90), Optional.empty()))).contains("quality 'ultra'");
    }

    @Test
    void theAdapterReportsAMissingKeyWithoutCallingAnything() {
        Config noKey = new Config(Optional.of("https://school.openai.azure.com"), Optional.empty(),
                Optional.of("images"), "gpt-image-2", "deployment", "v", Optional.empty(), "high",
                Duration.ofSeconds(90), Optional.empty());
        AzureOpenAiImageGenerator generator = new AzureOpenAiImageGenerator(noKey, null, null);

        GenerationException e = catchThrowableOfType(GenerationException.class, () -> generator.generate(
                new GenerationSpec("A cat", "A cat", new ImageSize(1536, 864), 1, 1L, "u-1")));

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        ProviderStatus.Snapshot status = generator.status();
        assertThat(status.configured()).isFalse();
        assertThat(status.configurationProblem()).hasValueSatisfying(p -> assertThat(p).contains("API_KEY"));
        assertThat(status.lastError()).hasValueSatisfying(err -> assertThat(err.kind()).isEqualTo(Kind.CONFIGURATION));
        assertThat(generator.sizeFor(Aspect.LANDSCAPE))
                .isEqualTo(new ImageSize(1536, 864));
    }

    @Test
    void theDescribedRequestHasNoKey() throws GenerationException {
        AzureOpenAiImageGenerator generator = new AzureOpenAiImageGenerator(DEFAULT_CONFIG, null, null);

        assertThat(generator.describeRequest(new GenerationSpec("A cat", "A cat", new ImageSize(1536, 864), 2, 1L,
                "u-1"))).isEqualTo("{\"prompt\":\"A cat\",\"n\":2,\"size\":\"1536x864\",\"quality\":\"high\","
                        + "\"output_format\":\"png\",\"user\":\"u-1\"}");
    }

    private static String problem(Config config) {
        GenerationException e = catchThrowableOfType(GenerationException.class, () -> AzureOpenAiSettings.from(config));
        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).doesNotContain(DEFAULT_KEY);
        return e.getMessage();
    }
}

package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.edu4all.studio.generation.azure.AzureOpenAiConfig;
import org.edu4all.studio.generation.openai.OpenAiConfig;
import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The provider lines proposed for application.properties ({@code providers/provider.properties}) with the
 * environment the compose stack gives the app: unset or empty variables must leave the mappings valid (the app runs
 * offline), and set ones must arrive.
 */
class ProviderConfigTest {

    @Test
    void unsetAndEmptyVariablesLeaveOptionalValuesEmptyAndDefaultsInPlace() throws IOException {
        SmallRyeConfig config = config(Map.of("AZURE_OPENAI_API_KEY", "", "AZURE_OPENAI_DEPLOYMENT", "",
                "OPENAI_API_KEY", ""));

        AzureOpenAiConfig azure = config.getConfigMapping(AzureOpenAiConfig.class);
        OpenAiConfig openai = config.getConfigMapping(OpenAiConfig.class);

        assertThat(azure.endpoint()).isEmpty();
        assertThat(azure.apiKey()).isEmpty();
        assertThat(azure.deployment()).isEmpty();
        assertThat(azure.model()).isEqualTo("gpt-image-1-mini");
        assertThat(azure.apiStyle()).isEqualTo("deployment");
        assertThat(azure.apiVersion()).isEqualTo("2025-04-01-preview");
        assertThat(azure.v1ApiVersion()).isEmpty();
        assertThat(azure.quality()).isEqualTo("medium");
        assertThat(azure.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(azure.downloadHosts()).isEmpty();
        assertThat(openai.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(openai.apiKey()).isEmpty();
        assertThat(openai.model()).isEqualTo("gpt-image-1-mini");
        assertThat(openai.responseFormat()).isEmpty();
    }

    @Test
    void theEnvironmentVariablesArrive() throws IOException {
        SmallRyeConfig config = config(Map.of("AZURE_OPENAI_ENDPOINT", "https://school.openai.azure.com",
                "AZURE_OPENAI_API_KEY", "k1", "AZURE_OPENAI_DEPLOYMENT", "images", "AZURE_OPENAI_MODEL", "gpt-image-2",
                "AZURE_OPENAI_API_STYLE", "v1", "OPENAI_BASE_URL", "http://localai:8080/v1", "OPENAI_API_KEY", "k2",
                "OPENAI_MODEL", "stablediffusion", "OPENAI_RESPONSE_FORMAT", "b64_json"));

        AzureOpenAiConfig azure = config.getConfigMapping(AzureOpenAiConfig.class);
        OpenAiConfig openai = config.getConfigMapping(OpenAiConfig.class);

        assertThat(azure.endpoint()).contains("https://school.openai.azure.com");
        assertThat(azure.apiKey()).contains("k1");
        assertThat(azure.deployment()).contains("images");
        assertThat(azure.model()).isEqualTo("gpt-image-2");
        assertThat(azure.apiStyle()).isEqualTo("v1");
        assertThat(openai.baseUrl()).isEqualTo("http://localai:8080/v1");
        assertThat(openai.apiKey()).contains("k2");
        assertThat(openai.responseFormat()).contains("b64_json");
    }

    @Test
    void withoutAnyPropertiesTheMappingsStillLoad() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AzureOpenAiConfig.class)
                .withMapping(OpenAiConfig.class).build();

        assertThat(config.getConfigMapping(AzureOpenAiConfig.class).apiKey()).isEmpty();
        assertThat(config.getConfigMapping(OpenAiConfig.class).baseUrl()).isEqualTo("https://api.openai.com/v1");
    }

    private static SmallRyeConfig config(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(ProviderConfigTest.class.getResource(
                        "/providers/provider.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(AzureOpenAiConfig.class)
                .withMapping(OpenAiConfig.class)
                .build();
    }
}

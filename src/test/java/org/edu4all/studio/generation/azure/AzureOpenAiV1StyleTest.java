package org.edu4all.studio.generation.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.edu4all.studio.generation.azure.AzureOpenAiImageGeneratorTest.DEFAULT_PROMPT;
import static org.edu4all.studio.generation.azure.AzureOpenAiImageGeneratorTest.DEFAULT_USER;
import static org.edu4all.studio.generation.azure.AzureOpenAiImageGeneratorTest.json;
import static org.edu4all.studio.generation.azure.AzureOpenAiImageGeneratorTest.spec;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_AZURE_KEY;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_DEPLOYMENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.generation.provider.Multipart;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.generation.provider.WireMockProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/** The Azure OpenAI adapter with the v1 URL style: {@code /openai/v1/...}, the deployment as {@code model}. */
@QuarkusTest
@TestProfile(AzureOpenAiV1StyleTest.V1Style.class)
@WithTestResource(value = WireMockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AzureOpenAiV1StyleTest {

    static final String GENERATIONS = "/openai/v1/images/generations";
    static final String EDITS = "/openai/v1/images/edits";

    /** Only the URL style differs from the deployment-style test. */
    public static class V1Style implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edu4all.azure-openai.api-style", "v1");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    AzureOpenAiImageGenerator generator;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void generatesOverTheV1PathWithTheDeploymentAsModelAndNoApiVersion() throws Exception {
        ImageSize square = generator.sizeFor(Aspect.SQUARE);
        byte[] png = TestImages.png(square.width(), square.height());
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, TestImages.b64Answer(png))));

        GenerationResult result = generator.generateDetailed(spec(square, 1));

        assertThat(result.images()).singleElement().satisfies(image -> assertThat(image.bytes()).isEqualTo(png));
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlPathEqualTo(GENERATIONS)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getQueryParams()).doesNotContainKey("api-version");
        assertThat(request.getHeader("api-key")).isEqualTo(DEFAULT_AZURE_KEY);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.get("model").asText()).isEqualTo(DEFAULT_DEPLOYMENT);
        assertThat(body.get("prompt").asText()).isEqualTo(DEFAULT_PROMPT);
        assertThat(body.get("n").asInt()).isEqualTo(1);
        assertThat(body.get("size").asText()).isEqualTo("1024x1024");
        assertThat(body.get("quality").asText()).isEqualTo("medium");
        assertThat(body.get("output_format").asText()).isEqualTo("png");
        assertThat(body.get("user").asText()).isEqualTo(DEFAULT_USER);
        assertThat(body.has("temperature")).isFalse();
        assertThat(result.requestJson()).isEqualTo(request.getBodyAsString());
        assertThat(generator.status().target()).contains("v1 API");
    }

    @Test
    void editsOverTheV1PathCarryTheModelField() throws Exception {
        byte[] image = TestImages.png(1024, 1536);
        byte[] mask = TestImages.mask(1024, 1536);
        wireMock.stubFor(post(urlPathEqualTo(EDITS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1024, 1536)))));

        generator.edit(new EditSpec(image, "image/png", Optional.of(mask), "Paint the sky purple",
                new ImageSize(1024, 1536), 1, DEFAULT_USER));

        LoggedRequest request = wireMock.findAll(postRequestedFor(urlPathEqualTo(EDITS))).get(0);
        assertThat(request.getQueryParams()).doesNotContainKey("api-version");
        Multipart.assertField(request, "model", DEFAULT_DEPLOYMENT);
        Multipart.assertField(request, "prompt", "Paint the sky purple");
        Multipart.assertField(request, "size", "1024x1536");
        Multipart.assertFile(request, "image", "image.png", "image/png", image);
        Multipart.assertFile(request, "mask", "mask.png", "image/png", mask);
    }
}

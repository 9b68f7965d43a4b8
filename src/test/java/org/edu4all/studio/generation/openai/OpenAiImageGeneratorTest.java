package org.edu4all.studio.generation.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_OPENAI_KEY;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_OPENAI_MODEL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.TransientGenerationException;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.generation.provider.Multipart;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.generation.provider.WireMockProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/** The OpenAI adapter against WireMock: Bearer auth, {@code /v1/images/...}, the model in the body, same errors. */
@QuarkusTest
@WithTestResource(value = WireMockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OpenAiImageGeneratorTest {

    static final String GENERATIONS = "/v1/images/generations";
    static final String EDITS = "/v1/images/edits";
    static final String DEFAULT_PROMPT = "A lighthouse on the Moon, for a class poster";
    static final String DEFAULT_USER = "9a8b7c6d-0000-4000-8000-123456789abc";
    static final ImageSize WIDE = new ImageSize(1536, 864);

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    OpenAiImageGenerator generator;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void generatesWithBearerAuthAndTheModelInTheBody() throws Exception {
        assertThat(generator.sizeFor(Aspect.LANDSCAPE)).isEqualTo(WIDE);
        assertThat(generator.sizeFor(Aspect.PORTRAIT)).isEqualTo(new ImageSize(864, 1536));
        byte[] png = TestImages.png(1536, 864);
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, TestImages.b64Answer(png))));

        GenerationResult result = generator.generateDetailed(spec(1));

        assertThat(result.images()).singleElement().satisfies(image -> {
            assertThat(image.bytes()).isEqualTo(png);
            assertThat(image.size()).isEqualTo(WIDE);
        });
        assertThat(result.usage()).hasValueSatisfying(usage -> assertThat(usage.inputTokens()).isEqualTo(50));
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlPathEqualTo(GENERATIONS)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + DEFAULT_OPENAI_KEY);
        assertThat(request.containsHeader("api-key")).isFalse();
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.get("model").asText()).isEqualTo(DEFAULT_OPENAI_MODEL);
        assertThat(body.get("prompt").asText()).isEqualTo(DEFAULT_PROMPT);
        assertThat(body.get("n").asInt()).isEqualTo(1);
        assertThat(body.get("size").asText()).isEqualTo("1536x864");
        assertThat(body.get("quality").asText()).isEqualTo("medium");
        assertThat(body.get("output_format").asText()).isEqualTo("png");
        assertThat(body.get("user").asText()).isEqualTo(DEFAULT_USER);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("response_format")).isFalse();
        assertThat(result.requestJson()).isEqualTo(request.getBodyAsString())
                .isEqualTo(generator.describeRequest(spec(1))).doesNotContain(DEFAULT_OPENAI_KEY);
    }

    @Test
    void aModerationRefusalIsBlocked() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(400,
                TestImages.errorBody("moderation_blocked"))));

        BlockedByProviderException e = catchThrowableOfType(BlockedByProviderException.class,
                () -> generator.generate(spec(1)));

        assertThat(e.categories()).containsExactly("violence");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(GENERATIONS)));
    }

    @Test
    void aRefusedKeyIsAConfigurationErrorThatDoesNotRepeatTheKey() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(401,
                TestImages.errorBody("unauthorized_openai"))));

        GenerationException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains("HTTP 401 (invalid_api_key)").doesNotContain("sk-");
        assertThat(generator.status().lastError()).hasValueSatisfying(
                error -> assertThat(error.message()).doesNotContain("sk-"));
    }

    @ParameterizedTest(name = "Retry-After {0}, retry-after-ms {1}")
    @CsvSource(nullValues = "null", value = {"7, null, 7000", "7, 2500, 2500", "0, null, null"})
    void rateLimitsPassTheWaitOn(String retryAfter, String retryAfterMs, Long expectedMillis) {
        ResponseDefinitionBuilder answer = json(429, TestImages.errorBody("rate_limited"))
                .withHeader("Retry-After", retryAfter);
        if (retryAfterMs != null) {
            answer = answer.withHeader("retry-after-ms", retryAfterMs);
        }
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(answer));

        TransientGenerationException e = catchThrowableOfType(TransientGenerationException.class,
                () -> generator.generate(spec(1)));

        assertThat(e.retryAfter()).isEqualTo(Optional.ofNullable(expectedMillis).map(Duration::ofMillis));
    }

    @Test
    void anExhaustedQuotaIsNotWorthWaitingFor() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(429,
                TestImages.errorBody("insufficient_quota"))));

        assertThat(failure().kind()).isEqualTo(Kind.CONFIGURATION);
    }

    @Test
    void serverErrorsResetConnectionsSlowAndMalformedAnswersAreTransient() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(503, TestImages.errorBody("server_error"))));
        assertThat(failure().kind()).isEqualTo(Kind.TRANSIENT);

        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(failure().kind()).isEqualTo(Kind.TRANSIENT);

        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, "{\"data\":[{\"b64_json\":42")));
        assertThat(failure().kind()).isEqualTo(Kind.TRANSIENT);

        circuitBreakers.resetAll();
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1536, 864)))
                .withFixedDelay((WireMockProviders.DEFAULT_TIMEOUT_SECONDS + 3) * 1000)));
        GenerationException slow = failure();
        assertThat(slow.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(slow.getMessage()).contains("timeout");
    }

    @Test
    void anUnknownModelIsAConfigurationError() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(404, "{\"error\":{\"message\":\"The "
                + "model `gpt-image-9` does not exist\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}")));

        assertThat(failure().getMessage()).contains("HTTP 404 (model_not_found)");
    }

    @Test
    void editsAreSentAsMultipartFieldByField() throws Exception {
        byte[] image = TestImages.png(1536, 864);
        byte[] mask = TestImages.mask(1536, 864);
        byte[] edited = TestImages.png(1536, 864);
        wireMock.stubFor(post(urlPathEqualTo(EDITS)).willReturn(json(200, TestImages.b64Answer(edited))));

        GenerationResult result = generator.edit(new EditSpec(image, "image/png", Optional.of(mask),
                "Add a hat to the bunny", WIDE, 2, DEFAULT_USER));

        assertThat(result.images()).hasSize(1).first().satisfies(i -> assertThat(i.bytes()).isEqualTo(edited));
        LoggedRequest request = wireMock.findAll(postRequestedFor(urlPathEqualTo(EDITS))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + DEFAULT_OPENAI_KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data");
        Multipart.assertFile(request, "image", "image.png", "image/png", image);
        Multipart.assertFile(request, "mask", "mask.png", "image/png", mask);
        Multipart.assertField(request, "model", DEFAULT_OPENAI_MODEL);
        Multipart.assertField(request, "prompt", "Add a hat to the bunny");
        Multipart.assertField(request, "n", "2");
        Multipart.assertField(request, "size", "1536x864");
        Multipart.assertField(request, "quality", "medium");
        Multipart.assertField(request, "output_format", "png");
        Multipart.assertField(request, "user", DEFAULT_USER);
        assertThat(Multipart.names(request)).doesNotContain("temperature", "seed");
    }

    @Test
    void anEditWithoutAMaskSendsNoMaskPart() throws Exception {
        byte[] image = TestImages.png(1024, 1024);
        wireMock.stubFor(post(urlPathEqualTo(EDITS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1024, 1024)))));

        generator.edit(new EditSpec(image, "image/png", Optional.empty(), "Make it winter", new ImageSize(1024, 1024),
                1, DEFAULT_USER));

        LoggedRequest request = wireMock.findAll(postRequestedFor(urlPathEqualTo(EDITS))).get(0);
        assertThat(Multipart.names(request)).contains("image", "prompt").doesNotContain("mask");
    }

    private static GenerationSpec spec(int count) {
        return new GenerationSpec(DEFAULT_PROMPT, "lighthouse", WIDE, count, 7L, DEFAULT_USER);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private GenerationException failure() {
        return catchThrowableOfType(GenerationException.class, () -> generator.generate(spec(1)));
    }
}

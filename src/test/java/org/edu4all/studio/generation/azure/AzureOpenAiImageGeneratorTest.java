package org.edu4all.studio.generation.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_API_VERSION;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_AZURE_KEY;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_DEPLOYMENT;

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
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.generation.provider.WireMockProviders;
import org.edu4all.studio.image.InvalidImageException;
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

/**
 * The Azure OpenAI adapter, deployment URL style, against WireMock serving the documented answers: what is sent, what
 * comes back, and every documented failure mapped to its kind.
 */
@QuarkusTest
@WithTestResource(value = WireMockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AzureOpenAiImageGeneratorTest {

    static final String GENERATIONS = "/openai/deployments/" + DEFAULT_DEPLOYMENT + "/images/generations";
    static final String EDITS = "/openai/deployments/" + DEFAULT_DEPLOYMENT + "/images/edits";
    static final String DEFAULT_PROMPT = "Un castillo en la nieve, estilo dibujo infantil";
    static final String DEFAULT_USER = "3f1e2d4c-5b6a-4789-9abc-def012345678";
    static final ImageSize LANDSCAPE = new ImageSize(1536, 1024);

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
    void generatesOverTheDeploymentPathWithTheApiKeyAndTheDocumentedFields() throws Exception {
        byte[] png = TestImages.png(1536, 1024);
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, TestImages.b64Answer(png))));

        GenerationResult result = generator.generateDetailed(spec(LANDSCAPE, 1));

        assertThat(result.images()).singleElement().satisfies(image -> {
            assertThat(image.bytes()).isEqualTo(png);
            assertThat(image.mediaType()).isEqualTo("image/png");
            assertThat(image.size()).isEqualTo(LANDSCAPE);
        });
        assertThat(result.usage()).hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isEqualTo(4210));
        assertThat(result.revisedPrompt()).contains(TestImages.DEFAULT_REVISED_PROMPT);

        LoggedRequest request = onlyRequestTo(GENERATIONS);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.queryParameter("api-version").values()).containsExactly(DEFAULT_API_VERSION);
        assertThat(request.getHeader("api-key")).isEqualTo(DEFAULT_AZURE_KEY);
        assertThat(request.containsHeader("Authorization")).isFalse();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.get("prompt").asText()).isEqualTo(DEFAULT_PROMPT);
        assertThat(body.get("n").asInt()).isEqualTo(1);
        assertThat(body.get("size").asText()).isEqualTo("1536x1024");
        assertThat(body.get("quality").asText()).isEqualTo("medium");
        assertThat(body.get("output_format").asText()).isEqualTo("png");
        assertThat(body.get("user").asText()).isEqualTo(DEFAULT_USER);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("seed")).isFalse();
        assertThat(body.has("model")).isFalse();
        assertThat(result.requestJson()).isEqualTo(request.getBodyAsString())
                .isEqualTo(generator.describeRequest(spec(LANDSCAPE, 1))).doesNotContain(DEFAULT_AZURE_KEY);
        assertThat(generator.status().lastSuccessAt()).isPresent();
    }

    @Test
    void theAspectBecomesTheModelFamilysSizeAndSeveralImagesComeBack() throws Exception {
        assertThat(generator.model()).isEqualTo("gpt-image-1.5");
        assertThat(generator.sizeFor(Aspect.LANDSCAPE)).isEqualTo(LANDSCAPE);
        assertThat(generator.sizeFor(Aspect.PORTRAIT)).isEqualTo(new ImageSize(1024, 1536));
        assertThat(generator.sizeFor(Aspect.SQUARE)).isEqualTo(new ImageSize(1024, 1024));
        byte[] first = TestImages.png(1024, 1536);
        byte[] second = TestImages.png(1024, 1536);
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, TestImages.b64Answer(first, second))));

        assertThat(generator.generate(spec(generator.sizeFor(Aspect.PORTRAIT), 2)))
                .extracting(image -> image.bytes()).containsExactly(first, second);
        wireMock.verify(postRequestedFor(urlPathEqualTo(GENERATIONS))
                .withRequestBody(containing("\"n\":2")).withRequestBody(containing("\"size\":\"1024x1536\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "content_policy_violation, content_policy_violation, violence",
        "moderation_blocked,       moderation_blocked,       violence",
        "content_filter_output,    contentFilter,            ''",
        "content_filter_blocklist, content_filter,           custom_blocklist:school-terms"
    })
    void safetyRefusalsAreBlockedWithTheirCategoriesAndNeverRetried(String fixture, String code, String category) {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(400, TestImages.errorBody(fixture))));

        BlockedByProviderException e = catchThrowableOfType(BlockedByProviderException.class,
                () -> generator.generate(spec(LANDSCAPE, 1)));

        assertThat(e.kind()).isEqualTo(Kind.BLOCKED_BY_PROVIDER);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.categories()).isEqualTo(category.isEmpty() ? List.of() : List.of(category));
        assertThat(e.getMessage()).doesNotContain("Your request").doesNotContain(DEFAULT_PROMPT);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(GENERATIONS)));
    }

    @ParameterizedTest(name = "Retry-After {0}, retry-after-ms {1}")
    @CsvSource(nullValues = "null", value = {
        "20,   null, 20000",
        "20,   1500, 1500",
        "-1,   -1,   null",
        "0,    0,    null",
        "null, null, null"
    })
    void rateLimitsAreTransientAndPassTheWaitOn(String retryAfter, String retryAfterMs, Long expectedMillis) {
        var answer = json(429, TestImages.errorBody("rate_limited")).withHeader("x-ratelimit-remaining-requests", "0");
        if (retryAfter != null) {
            answer = answer.withHeader("Retry-After", retryAfter);
        }
        if (retryAfterMs != null) {
            answer = answer.withHeader("retry-after-ms", retryAfterMs);
        }
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(answer));

        TransientGenerationException e = catchThrowableOfType(TransientGenerationException.class,
                () -> generator.generate(spec(LANDSCAPE, 1)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.retryAfter()).isEqualTo(Optional.ofNullable(expectedMillis).map(Duration::ofMillis));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"500", "502", "503", "504"})
    void serverErrorsAreTransient(int status) {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(status,
                TestImages.errorBody("server_error"))));

        assertThat(failure().kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aSlowAnswerPastTheTimeoutIsTransient() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1536, 1024))).withFixedDelay(
                        (WireMockProviders.DEFAULT_TIMEOUT_SECONDS + 3) * 1000)));
        long start = System.nanoTime();

        GenerationException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(Duration.ofSeconds(WireMockProviders.DEFAULT_TIMEOUT_SECONDS + 2));
    }

    @Test
    void aResetConnectionIsTransient() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        GenerationException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("connection failed or was reset");
    }

    @Test
    void malformedJsonAndBrokenImagesAreTransient() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, "{\"data\":[{\"b64_json\":\"iVBOR")));
        assertThat(failure().getMessage()).contains("not the expected JSON");

        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200,
                TestImages.b64Answer("<html>not a png</html>".getBytes()))));
        assertThat(failure().getMessage()).contains("not a valid image/png");

        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1024, 1024)))));
        assertThat(failure().getMessage()).contains("1024x1024 where 1536x1024 was asked for");
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({
        "401, unauthorized_azure",
        "403, forbidden",
        "404, deployment_not_found",
        "400, invalid_size"
    })
    void authAndDeploymentErrorsAreConfigurationErrorsOnTheStatus(int httpStatus, String fixture) {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(httpStatus,
                TestImages.errorBody(fixture))));

        GenerationException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        ProviderStatus.Snapshot status = generator.status();
        assertThat(status.lastError()).hasValueSatisfying(error -> {
            assertThat(error.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(error.message()).contains("HTTP " + httpStatus).doesNotContain(DEFAULT_AZURE_KEY);
        });
        assertThat(status.configured()).isTrue();
        assertThat(status.target()).contains("deployment " + DEFAULT_DEPLOYMENT).doesNotContain(DEFAULT_AZURE_KEY);
    }

    @Test
    void anImageUrlIsNeverFetchedOverPlainHttp() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200, "{\"data\":[{\"url\":\"http://"
                + "localhost:" + wireMock.port() + "/blob/img.png?sig=secret\"}]}")));

        GenerationException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).doesNotContain("secret");
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/blob/img.png")));
    }

    @Test
    void repeatedTransientFailuresOpenTheBreakerButRefusalsDoNot() {
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(400,
                TestImages.errorBody("moderation_blocked"))));
        for (int i = 0; i < 8; i++) {
            assertThat(failure().kind()).isEqualTo(Kind.BLOCKED_BY_PROVIDER);
        }

        // The breaker looks at the last 6 calls and opens at half of them failing: 3 refusals + 3 failures.
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(500,
                TestImages.errorBody("server_error"))));
        for (int i = 0; i < 3; i++) {
            assertThat(failure().getMessage()).contains("HTTP 500");
        }
        TransientGenerationException paused = (TransientGenerationException) failure();

        assertThat(paused.getMessage()).contains("paused after repeated failures");
        assertThat(paused.retryAfter()).contains(Duration.ofSeconds(30));
        wireMock.verify(11, postRequestedFor(urlPathEqualTo(GENERATIONS)));
        assertThat(generator.status().lastError()).hasValueSatisfying(
                error -> assertThat(error.message()).contains("HTTP 500"));
    }

    @Test
    void editsAreSentAsMultipartFieldByField() throws Exception {
        byte[] image = TestImages.png(1024, 1024);
        byte[] mask = TestImages.mask(1024, 1024);
        byte[] edited = TestImages.png(1024, 1024);
        wireMock.stubFor(post(urlPathEqualTo(EDITS)).willReturn(json(200, TestImages.b64Answer(edited))));

        GenerationResult result = generator.edit(new EditSpec(image, "image/png", Optional.of(mask),
                "Add a hat to the bunny", new ImageSize(1024, 1024), 1, DEFAULT_USER));

        assertThat(result.images()).singleElement().satisfies(i -> assertThat(i.bytes()).isEqualTo(edited));
        LoggedRequest request = onlyRequestTo(EDITS);
        assertThat(request.queryParameter("api-version").values()).containsExactly(DEFAULT_API_VERSION);
        assertThat(request.getHeader("api-key")).isEqualTo(DEFAULT_AZURE_KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data");
        Multipart.assertFile(request, "image", "image.png", "image/png", image);
        Multipart.assertFile(request, "mask", "mask.png", "image/png", mask);
        Multipart.assertField(request, "prompt", "Add a hat to the bunny");
        Multipart.assertField(request, "n", "1");
        Multipart.assertField(request, "size", "1024x1024");
        Multipart.assertField(request, "quality", "medium");
        Multipart.assertField(request, "output_format", "png");
        Multipart.assertField(request, "user", DEFAULT_USER);
        assertThat(Multipart.names(request)).doesNotContain("model", "temperature", "seed");
        assertThat(result.requestJson()).contains("\"prompt\":\"Add a hat to the bunny\"")
                .contains("\"mask\":\"image/png, " + mask.length + " bytes\"");
    }

    @Test
    void aBadMaskIsRefusedBeforeAnyCall() {
        byte[] image = TestImages.png(1024, 1024);

        InvalidImageException e = catchThrowableOfType(InvalidImageException.class, () -> generator.edit(
                new EditSpec(image, "image/png", Optional.of(TestImages.mask(512, 512)), "Add a hat",
                        new ImageSize(1024, 1024), 1, DEFAULT_USER)));

        assertThat(e.reason()).isEqualTo(InvalidImageException.Reason.WRONG_DIMENSIONS);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    static GenerationSpec spec(ImageSize size, int count) {
        return new GenerationSpec(DEFAULT_PROMPT, "castillo en la nieve", size, count, 42L, DEFAULT_USER);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private GenerationException failure() {
        return catchThrowableOfType(GenerationException.class, () -> generator.generate(spec(LANDSCAPE, 1)));
    }

    private LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}

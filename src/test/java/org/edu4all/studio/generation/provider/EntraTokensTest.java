package org.edu4all.studio.generation.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.edu4all.studio.generation.provider.WireMockEntra.DEFAULT_CLIENT_ID;
import static org.edu4all.studio.generation.provider.WireMockEntra.DEFAULT_CLIENT_SECRET;
import static org.edu4all.studio.generation.provider.WireMockEntra.TOKEN_PATH;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_DEPLOYMENT;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.azure.AzureOpenAiImageGenerator;
import org.edu4all.studio.safety.ContentSafety;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * Entra ID bearer auth for Azure OpenAI and Content Safety, against a WireMock token endpoint: one token for many
 * calls, a new one shortly before it expires, and neither the token nor the secret in stored requests or logs.
 */
@QuarkusTest
@WithTestResource(value = WireMockEntra.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EntraTokensTest {

    static final String GENERATIONS = "/openai/deployments/" + DEFAULT_DEPLOYMENT + "/images/generations";
    static final String DEFAULT_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-token-one";
    static final String NEXT_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-token-two";
    static final ImageSize SQUARE = new ImageSize(1024, 1024);

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    AzureOpenAiImageGenerator generator;

    @Inject
    ContentSafety contentSafety;

    @Inject
    EntraTokens tokens;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()) + " " + String.valueOf(record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
        tokens.forget();
        tokens.useClock(Clock.systemUTC());
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).willReturn(json(200,
                TestImages.b64Answer(TestImages.png(1024, 1024)))));
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        tokens.useClock(Clock.systemUTC());
    }

    @Test
    void oneClientCredentialsTokenIsFetchedAndSentAsBearerOnEveryCall() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(token(DEFAULT_TOKEN, 3599)));
        wireMock.stubFor(post(urlPathEqualTo("/contentsafety/text:analyze")).willReturn(json(200,
                "{\"blocklistsMatch\":[],\"categoriesAnalysis\":[{\"category\":\"Hate\",\"severity\":0}]}")));

        GenerationResult first = generator.generateDetailed(spec());
        generator.generateDetailed(spec());
        contentSafety.screenPrompt("Un castillo en la nieve");

        wireMock.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("scope=" + URLEncoder.encode(
                        "https://cognitiveservices.azure.com/.default", StandardCharsets.UTF_8)))
                .withRequestBody(containing("client_id=" + DEFAULT_CLIENT_ID)));
        List<LoggedRequest> calls = wireMock.findAll(postRequestedFor(urlPathEqualTo(GENERATIONS)));
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + DEFAULT_TOKEN);
            assertThat(call.containsHeader("api-key")).isFalse();
        });
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/contentsafety/text:analyze"))
                .withHeader("Authorization", equalTo("Bearer " + DEFAULT_TOKEN))
                .withoutHeader("Ocp-Apim-Subscription-Key"));
        assertThat(first.requestJson()).doesNotContain(DEFAULT_TOKEN).doesNotContain(DEFAULT_CLIENT_SECRET);
        assertThat(generator.status().target()).contains("Entra ID").doesNotContain(DEFAULT_TOKEN);
        assertThat(logged).noneMatch(line -> line.contains(DEFAULT_TOKEN) || line.contains(DEFAULT_CLIENT_SECRET));
    }

    @Test
    void aNewTokenIsFetchedShortlyBeforeTheOldOneExpires() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(token(DEFAULT_TOKEN, 3600)).willSetStateTo("second"));
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("expiry").whenScenarioStateIs("second")
                .willReturn(token(NEXT_TOKEN, 3600)));

        generator.generateDetailed(spec());
        tokens.useClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(50)));
        generator.generateDetailed(spec());
        // The default refresh margin is 5 minutes: 56 minutes into a 60-minute token, it is replaced.
        tokens.useClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(56)));
        generator.generateDetailed(spec());

        wireMock.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        List<String> sent = wireMock.findAll(postRequestedFor(urlPathEqualTo(GENERATIONS))).stream()
                .map(call -> call.getHeader("Authorization")).toList();
        assertThat(sent).containsExactly("Bearer " + DEFAULT_TOKEN, "Bearer " + DEFAULT_TOKEN, "Bearer " + NEXT_TOKEN);
    }

    @Test
    void aRefusedClientSecretIsAConfigurationErrorThatNamesNoSecret() {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(401, "{\"error\":\"invalid_client\","
                + "\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}")));

        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> generator.generateDetailed(spec()));

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains("Entra ID refused").contains("invalid_client")
                .doesNotContain(DEFAULT_CLIENT_SECRET);
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(GENERATIONS)));
        assertThat(generator.status().lastError()).hasValueSatisfying(error -> assertThat(error.kind())
                .isEqualTo(Kind.CONFIGURATION));
        assertThat(logged).noneMatch(line -> line.contains(DEFAULT_CLIENT_SECRET));
    }

    private static GenerationSpec spec() {
        return new GenerationSpec("Un castillo en la nieve", "castillo", SQUARE, 1, 42L, "u-entra");
    }

    private static ResponseDefinitionBuilder token(String accessToken, int expiresIn) {
        return json(200, "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":"
                + expiresIn + ",\"access_token\":\"" + accessToken + "\"}");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}

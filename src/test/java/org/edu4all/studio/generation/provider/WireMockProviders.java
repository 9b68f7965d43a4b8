package org.edu4all.studio.generation.provider;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server standing in for both Azure OpenAI and OpenAI, on a free port: the adapters' endpoint and base
 * URL point at it, with test keys. The app itself stays on the offline provider; tests inject the adapters directly.
 * The short timeout lets "slow answer" tests finish quickly.
 */
public class WireMockProviders implements QuarkusTestResourceLifecycleManager {

    public static final String DEFAULT_AZURE_KEY = "azure-test-key-0123456789";
    public static final String DEFAULT_DEPLOYMENT = "images-test";
    public static final String DEFAULT_AZURE_MODEL = "gpt-image-1.5";
    public static final String DEFAULT_API_VERSION = "2025-04-01-preview";
    public static final String DEFAULT_OPENAI_KEY = "sk-test-openai-key-0123456789";
    public static final String DEFAULT_OPENAI_MODEL = "gpt-image-2";
    public static final int DEFAULT_TIMEOUT_SECONDS = 2;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String base = "http://localhost:" + server.port();
        return Map.of(
                "edu4all.azure-openai.endpoint", base,
                "edu4all.azure-openai.api-key", DEFAULT_AZURE_KEY,
                "edu4all.azure-openai.deployment", DEFAULT_DEPLOYMENT,
                "edu4all.azure-openai.model", DEFAULT_AZURE_MODEL,
                "edu4all.azure-openai.timeout", "PT" + DEFAULT_TIMEOUT_SECONDS + "S",
                "edu4all.openai.base-url", base + "/v1",
                "edu4all.openai.api-key", DEFAULT_OPENAI_KEY,
                "edu4all.openai.model", DEFAULT_OPENAI_MODEL,
                "edu4all.openai.timeout", "PT" + DEFAULT_TIMEOUT_SECONDS + "S");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

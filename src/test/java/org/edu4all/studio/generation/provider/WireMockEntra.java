package org.edu4all.studio.generation.provider;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link WireMockProviders} with the Azure adapters on Entra ID: Azure OpenAI and Content Safety take bearer tokens
 * from a token endpoint on the same WireMock server, and send no key.
 */
public class WireMockEntra extends WireMockProviders {

    public static final String TOKEN_PATH = "/tenant-test/oauth2/v2.0/token";
    public static final String DEFAULT_CLIENT_ID = "image-studio-app";
    public static final String DEFAULT_CLIENT_SECRET = "entra-client-secret-0123456789";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String base = config.get("edu4all.azure-openai.endpoint");
        config.put("edu4all.azure-openai.auth", "entra");
        config.put("edu4all.azure-openai.api-key", "");
        config.put("edu4all.content-safety.endpoint", base);
        config.put("edu4all.content-safety.auth", "entra");
        config.put("edu4all.entra.tenant-id", "tenant-test");
        config.put("edu4all.entra.token-url", base + TOKEN_PATH);
        config.put("edu4all.entra.client-id", DEFAULT_CLIENT_ID);
        config.put("edu4all.entra.client-secret", DEFAULT_CLIENT_SECRET);
        return config;
    }
}

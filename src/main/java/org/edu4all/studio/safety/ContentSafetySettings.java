package org.edu4all.studio.safety;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.provider.AzureAuth;

/**
 * {@link ContentSafetyConfig}, checked before each call, so that a typo is a configuration error on the admin page
 * rather than a failed start. {@link #toString()} leaves the key out.
 *
 * @param thresholds the service's category names ({@code Hate}, {@code Sexual}, {@code Violence}, {@code SelfHarm})
 *                   and the severity from which each is flagged
 */
record ContentSafetySettings(URI endpoint, AzureAuth auth, Optional<String> key, String apiVersion, Duration timeout,
        Map<String, Integer> thresholds) {

    static ContentSafetySettings from(ContentSafetyConfig config) throws GenerationException {
        String value = config.endpoint().map(String::trim).filter(v -> !v.isEmpty())
                .orElseThrow(() -> problem("AZURE_CONTENT_SAFETY_ENDPOINT is not set"));
        URI endpoint;
        try {
            endpoint = URI.create(value.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw problem("AZURE_CONTENT_SAFETY_ENDPOINT is not a URL");
        }
        String scheme = String.valueOf(endpoint.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
            throw problem("AZURE_CONTENT_SAFETY_ENDPOINT must look like https://<resource>.cognitiveservices.azure.com");
        }
        AzureAuth auth = AzureAuth.parse(ContentSafetyClient.PROVIDER, config.auth(), "AZURE_CONTENT_SAFETY_AUTH");
        Optional<String> key = auth.requireKey(ContentSafetyClient.PROVIDER, config.key(),
                "AZURE_CONTENT_SAFETY_KEY (edu4all.content-safety.key) is not set");
        if (config.timeout().isNegative() || config.timeout().isZero()) {
            throw problem("edu4all.content-safety.timeout must be positive");
        }
        ContentSafetyConfig.Thresholds t = config.thresholds();
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        thresholds.put("Hate", t.hate());
        thresholds.put("Sexual", t.sexual());
        thresholds.put("Violence", t.violence());
        thresholds.put("SelfHarm", t.selfHarm());
        return new ContentSafetySettings(endpoint, auth, key, config.apiVersion().trim(), config.timeout(),
                Map.copyOf(thresholds));
    }

    private static GenerationException problem(String message) {
        return new GenerationException(Kind.CONFIGURATION, ContentSafetyClient.PROVIDER + ": " + message);
    }

    /** Where calls go, for the admin page: no key. */
    String target() {
        return endpoint.getHost() + ", api-version " + apiVersion + ", " + (auth == AzureAuth.ENTRA ? "Entra ID"
                : "key");
    }

    @Override
    public String toString() {
        return "ContentSafetySettings[" + target() + ", thresholds " + thresholds + "]";
    }
}

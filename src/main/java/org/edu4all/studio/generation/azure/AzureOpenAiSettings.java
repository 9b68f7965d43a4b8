package org.edu4all.studio.generation.azure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.provider.AzureAuth;
import org.edu4all.studio.generation.provider.ImageRequest;
import org.edu4all.studio.generation.provider.HttpImageGenerator;
import org.edu4all.studio.generation.provider.ModelFamily;

/**
 * {@link AzureOpenAiConfig}, checked: every value present and well-formed. Built before each call, so that a missing
 * key or a typo is a configuration error on that call (and on the admin page), never a failed start while the app
 * runs offline. {@link #toString()} leaves the key out.
 */
record AzureOpenAiSettings(URI endpoint, AzureAuth auth, Optional<String> apiKey, String deployment, ModelFamily family, ApiStyle style,
        String apiVersion, Optional<String> v1ApiVersion, String quality, Duration timeout, Set<String> downloadHosts)
        implements HttpImageGenerator.Settings {

    enum ApiStyle {
        DEPLOYMENT,
        V1
    }

    static AzureOpenAiSettings from(AzureOpenAiConfig config) throws GenerationException {
        URI endpoint = endpoint(config.endpoint());
        AzureAuth auth = AzureAuth.parse("azure-openai", config.auth(), "AZURE_OPENAI_AUTH");
        Optional<String> key = auth.requireKey("azure-openai", config.apiKey(),
                "AZURE_OPENAI_API_KEY (edu4all.azure-openai.api-key) is not set");
        String deployment = required(config.deployment(),
                "AZURE_OPENAI_DEPLOYMENT (edu4all.azure-openai.deployment) is not set");
        ModelFamily family = ModelFamily.byName(config.model()).orElseThrow(() -> problem("AZURE_OPENAI_MODEL '"
                + config.model() + "' is not one of gpt-image-1-mini, gpt-image-1.5, gpt-image-2"));
        ApiStyle style = switch (config.apiStyle().trim().toLowerCase(Locale.ROOT)) {
            case "deployment" -> ApiStyle.DEPLOYMENT;
            case "v1" -> ApiStyle.V1;
            default -> throw problem("AZURE_OPENAI_API_STYLE '" + config.apiStyle() + "' is not deployment or v1");
        };
        String quality = config.quality().trim().toLowerCase(Locale.ROOT);
        if (!ImageRequest.QUALITIES.contains(quality)) {
            throw problem("edu4all.azure-openai.quality '" + config.quality() + "' is not low, medium or high");
        }
        if (config.timeout().isNegative() || config.timeout().isZero()) {
            throw problem("edu4all.azure-openai.timeout must be positive");
        }
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(endpoint.getHost());
        config.downloadHosts().ifPresent(hosts::addAll);
        return new AzureOpenAiSettings(endpoint, auth, key, deployment, family, style, config.apiVersion().trim(),
                config.v1ApiVersion().map(String::trim).filter(v -> !v.isEmpty()), quality, config.timeout(),
                Set.copyOf(hosts));
    }

    /** The endpoint without a trailing slash, and without {@code /openai} or {@code /openai/v1} pasted after it. */
    private static URI endpoint(Optional<String> configured) throws GenerationException {
        String value = required(configured, "AZURE_OPENAI_ENDPOINT (edu4all.azure-openai.endpoint) is not set");
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw problem("AZURE_OPENAI_ENDPOINT is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw problem("AZURE_OPENAI_ENDPOINT must look like https://<resource>.openai.azure.com");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        path = path.replaceAll("(?i)/openai(/v1)?$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static String required(Optional<String> value, String message) throws GenerationException {
        return value.map(String::trim).filter(v -> !v.isEmpty()).orElseThrow(() -> problem(message));
    }

    private static GenerationException problem(String message) {
        return new GenerationException(Kind.CONFIGURATION, "azure-openai: " + message);
    }

    /** Where calls go, for logs and the admin page: no key. */
    @Override
    public String target() {
        return endpoint.getHost() + ", deployment " + deployment + ", " + (style == ApiStyle.V1 ? "v1 API"
                : "deployment API " + apiVersion) + (auth == AzureAuth.ENTRA ? ", Entra ID" : "");
    }

    @Override
    public String toString() {
        return "AzureOpenAiSettings[" + target() + ", " + family.wireName() + ", quality " + quality + "]";
    }
}

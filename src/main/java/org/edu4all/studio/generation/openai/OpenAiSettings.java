package org.edu4all.studio.generation.openai;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.provider.ImageRequest;
import org.edu4all.studio.generation.provider.HttpImageGenerator;
import org.edu4all.studio.generation.provider.ModelFamily;

/**
 * {@link OpenAiConfig}, checked. Built before each call, so a missing key is a configuration error on that call and
 * on the admin page, never a failed start. {@link #toString()} leaves the key out.
 */
record OpenAiSettings(URI baseUrl, Optional<String> apiKey, String model, ModelFamily family, String quality,
        Optional<String> responseFormat, Duration timeout, Set<String> downloadHosts)
        implements HttpImageGenerator.Settings {

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private static final String OPENAI_HOST = "api.openai.com";

    static OpenAiSettings from(OpenAiConfig config) throws GenerationException {
        URI baseUrl = baseUrl(config.baseUrl());
        Optional<String> key = config.apiKey().map(String::trim).filter(k -> !k.isEmpty());
        if (key.isEmpty() && OPENAI_HOST.equalsIgnoreCase(baseUrl.getHost())) {
            throw problem("OPENAI_API_KEY (edu4all.openai.api-key) is not set");
        }
        String model = config.model().trim();
        if (model.isEmpty()) {
            throw problem("OPENAI_MODEL (edu4all.openai.model) is empty");
        }
        String quality = config.quality().trim().toLowerCase(Locale.ROOT);
        if (!ImageRequest.QUALITIES.contains(quality)) {
            throw problem("edu4all.openai.quality '" + config.quality() + "' is not low, medium, high or auto");
        }
        if (config.timeout().isNegative() || config.timeout().isZero()) {
            throw problem("edu4all.openai.timeout must be positive");
        }
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(baseUrl.getHost());
        config.downloadHosts().ifPresent(hosts::addAll);
        return new OpenAiSettings(baseUrl, key, model, ModelFamily.forModelName(model), quality,
                config.responseFormat().map(String::trim).filter(f -> !f.isEmpty()), config.timeout(),
                Set.copyOf(hosts));
    }

    private static URI baseUrl(String value) throws GenerationException {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw problem("OPENAI_BASE_URL is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw problem("OPENAI_BASE_URL must look like " + DEFAULT_BASE_URL);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static GenerationException problem(String message) {
        return new GenerationException(Kind.CONFIGURATION, "openai: " + message);
    }

    /** The Authorization header's value, or null to send none. */
    String authorization() {
        return apiKey.map(k -> "Bearer " + k).orElse(null);
    }

    /** Where calls go, for logs and the admin page: no key. */
    @Override
    public String target() {
        return baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "") + baseUrl.getPath()
                + ", model " + model;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[" + target() + ", quality " + quality + "]";
    }
}

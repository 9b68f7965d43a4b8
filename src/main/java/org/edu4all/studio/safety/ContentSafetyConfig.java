package org.edu4all.studio.safety;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The optional second safety layer: Azure AI Content Safety. Off while no endpoint is set; with one, every final
 * prompt is checked before the image provider is called and every generated image before a student sees it.
 */
@ConfigMapping(prefix = "edu4all.content-safety")
public interface ContentSafetyConfig {

    /**
     * The Content Safety resource, {@code https://<resource>.cognitiveservices.azure.com}
     * ({@code AZURE_CONTENT_SAFETY_ENDPOINT}). Unset turns the second layer off.
     */
    Optional<String> endpoint();

    /**
     * The resource key, sent as {@code Ocp-Apim-Subscription-Key} ({@code AZURE_CONTENT_SAFETY_KEY}); not needed
     * with Entra ID. A secret: never logged, shown or stored.
     */
    Optional<String> key();

    /** How to authenticate ({@code AZURE_CONTENT_SAFETY_AUTH}): {@code api-key}, or {@code entra} for a bearer token. */
    @WithDefault("api-key")
    String auth();

    /** The REST {@code api-version} of {@code text:analyze} and {@code image:analyze}. */
    @WithDefault("2024-09-01")
    String apiVersion();

    /** How long one analysis may take; the request waits and retries through the queue after that. */
    @WithDefault("PT20S")
    Duration timeout();

    /** The severity from which each category is flagged. */
    Thresholds thresholds();

    /**
     * Severity thresholds per category, on the four-level scale (0, 2, 4, 6) the service answers with. A value is
     * flagged when its severity is at least the threshold; 2, the lowest harmful level, suits children.
     */
    interface Thresholds {

        /** Hate and fairness. */
        @WithDefault("2")
        int hate();

        /** Sexual content. */
        @WithDefault("2")
        int sexual();

        /** Violence. */
        @WithDefault("2")
        int violence();

        /** Self-harm. */
        @WithDefault("2")
        int selfHarm();
    }
}

package org.edu4all.studio.generation.azure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How to reach an Azure OpenAI image deployment. Everything is optional or defaulted, so an app running the offline
 * provider starts without any of it; what is missing is reported when a call is made (a configuration error) and on
 * the admin's provider status.
 */
@ConfigMapping(prefix = "edu4all.azure-openai")
public interface AzureOpenAiConfig {

    /** The resource endpoint, {@code https://<resource>.openai.azure.com} ({@code AZURE_OPENAI_ENDPOINT}). */
    Optional<String> endpoint();

    /**
     * The key sent in the {@code api-key} header ({@code AZURE_OPENAI_API_KEY}). A secret: never logged, never shown,
     * never stored with a request.
     */
    Optional<String> apiKey();

    /**
     * How calls authenticate ({@code AZURE_OPENAI_AUTH}): {@code api-key} (the default), or {@code entra} for an
     * Entra ID bearer token of the app's identity ({@code edu4all.entra.*}); the key is then not needed.
     */
    @WithDefault("api-key")
    String auth();

    /** The name of the image model's deployment in the resource ({@code AZURE_OPENAI_DEPLOYMENT}). */
    Optional<String> deployment();

    /**
     * The model behind the deployment, which decides the sizes ({@code AZURE_OPENAI_MODEL}): {@code gpt-image-1-mini},
     * {@code gpt-image-1.5} or {@code gpt-image-2}.
     */
    @WithDefault("gpt-image-1-mini")
    String model();

    /**
     * The URL style ({@code AZURE_OPENAI_API_STYLE}): {@code deployment} for
     * {@code /openai/deployments/{deployment}/images/generations?api-version=...}, or {@code v1} for
     * {@code /openai/v1/images/generations} with the deployment name as the {@code model} field.
     */
    @WithDefault("deployment")
    String apiStyle();

    /** The {@code api-version} query parameter of the deployment style ({@code AZURE_OPENAI_API_VERSION}). */
    @WithDefault("2025-04-01-preview")
    String apiVersion();

    /**
     * An {@code api-version} for the v1 style, such as {@code preview}; unset sends none, which is what the GA v1
     * API wants.
     */
    Optional<String> v1ApiVersion();

    /** The {@code quality} of every image, chosen by the admin: {@code low}, {@code medium} or {@code high}. */
    @WithDefault("medium")
    String quality();

    /**
     * How long to wait for the answer to one call. Generation takes 10 to 30 s and up to 60 s; the worker's lease
     * (5 minutes) is the hard ceiling, enforced by a fault-tolerance timeout of 4 minutes.
     */
    @WithDefault("PT120S")
    Duration timeout();

    /**
     * Hosts besides the endpoint's own from which an image URL in an answer may be downloaded (GPT-image models
     * answer in base64 and need none).
     */
    Optional<List<String>> downloadHosts();
}

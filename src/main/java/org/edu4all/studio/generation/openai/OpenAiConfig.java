package org.edu4all.studio.generation.openai;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How to reach OpenAI's image API, or an OpenAI-compatible server such as LocalAI. Everything is optional or
 * defaulted, so an app running the offline provider starts without any of it.
 */
@ConfigMapping(prefix = "edu4all.openai")
public interface OpenAiConfig {

    /** The API's base URL, up to and including {@code /v1} ({@code OPENAI_BASE_URL}); a LocalAI server's own. */
    @WithDefault(OpenAiSettings.DEFAULT_BASE_URL)
    String baseUrl();

    /**
     * The key sent as {@code Authorization: Bearer} ({@code OPENAI_API_KEY}). Required by api.openai.com; a
     * compatible server without keys may go without. A secret: never logged, never shown, never stored.
     */
    Optional<String> apiKey();

    /**
     * The model name at that server ({@code OPENAI_MODEL}). Names starting with {@code gpt-image-2} get its sizes
     * (true 16:9); every other model gets 1024x1024, 1536x1024 and 1024x1536.
     */
    @WithDefault("gpt-image-1-mini")
    String model();

    /** The {@code quality} of every image: {@code low}, {@code medium}, {@code high} or {@code auto}. */
    @WithDefault("medium")
    String quality();

    /**
     * A {@code response_format} to send, such as {@code b64_json} for servers that answer with URLs unless asked
     * (LocalAI). Unset for GPT-image models, which always answer in base64 and reject the field.
     */
    Optional<String> responseFormat();

    /** How long to wait for the answer to one call; a fault-tolerance timeout of 4 minutes is the ceiling. */
    @WithDefault("PT120S")
    Duration timeout();

    /**
     * Hosts besides the base URL's own from which an image URL in an answer may be downloaded (https only). Empty by
     * default: GPT-image models answer in base64.
     */
    Optional<List<String>> downloadHosts();
}

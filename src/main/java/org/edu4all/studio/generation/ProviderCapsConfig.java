package org.edu4all.studio.generation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How hard each image provider may be driven, across every app instance sharing the database. Enforced when a worker
 * claims a request, so the number of worker threads per instance only sets how many calls this instance can make.
 */
@ConfigMapping(prefix = "edu4all.provider-caps")
public interface ProviderCapsConfig {

    /** The caps of each provider, by its id ({@code offline}, {@code azure-openai}, {@code openai}). */
    Map<String, Caps> provider();

    /**
     * The window the images-per-minute cap counts over. One minute in production; tests shorten it so that nothing
     * waits a whole minute.
     */
    @WithDefault("PT1M")
    Duration window();

    /** The caps of {@code provider}; a provider with none configured (a test double) is not capped. */
    default Caps capsOf(String provider) {
        return Optional.ofNullable(provider().get(provider)).orElse(Caps.NONE);
    }

    /** One provider's quota. */
    interface Caps {

        /** No cap at all: the offline generator, and providers nobody configured. */
        Caps NONE = new Caps() {
            @Override
            public int maxRunning() {
                return 0;
            }

            @Override
            public int imagesPerMinute() {
                return 0;
            }
        };

        /** The most calls running at the same time, over all instances; 0 means no cap. */
        @WithDefault("0")
        int maxRunning();

        /**
         * The most images whose calls may start within one window, over all instances; 0 means no cap. Set it to the
         * deployment's quota. A single request asking for more than this still runs, alone in its window.
         */
        @WithDefault("0")
        int imagesPerMinute();
    }
}

package org.edu4all.studio.generation;

import org.edu4all.studio.generation.offline.OfflineImageGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the live {@link ImageGenerator} adapter from {@code edu4all.generation.provider}. */
@ApplicationScoped
public class ImageGeneratorSelector {

    @Produces
    @ApplicationScoped
    ImageGenerator generator(GenerationConfig config, OfflineImageGenerator offline) {
        if ("offline".equals(config.provider())) {
            return offline;
        }
        // The Azure OpenAI and OpenAI adapters are their own piece of work; until they exist, say so plainly.
        throw new IllegalStateException("Unknown image provider '" + config.provider()
                + "'. Set IMAGE_PROVIDER to 'offline'.");
    }
}

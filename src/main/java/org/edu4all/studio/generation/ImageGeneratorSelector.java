package org.edu4all.studio.generation;

import java.util.Locale;

import org.edu4all.studio.generation.azure.AzureOpenAiImageGenerator;
import org.edu4all.studio.generation.offline.OfflineImageGenerator;
import org.edu4all.studio.generation.openai.OpenAiImageGenerator;
import org.edu4all.studio.generation.provider.ProviderStatus;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Chooses the live {@link ImageGenerator} from {@code edu4all.generation.provider}: {@code offline} (the default),
 * {@code azure-openai} or {@code openai}. A provider chosen but not configured does not silently fall back to the
 * offline preview: it is logged at start, every call fails as a configuration error, and the admins' status says
 * what is missing, while students are told their request is saved.
 */
@ApplicationScoped
public class ImageGeneratorSelector {

    @Produces
    @ApplicationScoped
    ImageGenerator generator(GenerationConfig config, OfflineImageGenerator offline, AzureOpenAiImageGenerator azure,
            OpenAiImageGenerator openai) {
        String provider = config.provider().trim().toLowerCase(Locale.ROOT);
        if (OfflineImageGenerator.ID.equals(provider)) {
            return offline;
        }
        if (AzureOpenAiImageGenerator.ID.equals(provider)) {
            warnIfIncomplete(azure.status());
            return azure;
        }
        if (OpenAiImageGenerator.ID.equals(provider)) {
            warnIfIncomplete(openai.status());
            return openai;
        }
        throw new IllegalStateException("Unknown image provider '" + config.provider()
                + "'. Set IMAGE_PROVIDER to offline, azure-openai or openai.");
    }

    private static void warnIfIncomplete(ProviderStatus.Snapshot status) {
        status.configurationProblem().ifPresent(problem -> Log.warnf(
                "Image provider %s is selected but not configured: %s", status.provider(), problem));
    }
}

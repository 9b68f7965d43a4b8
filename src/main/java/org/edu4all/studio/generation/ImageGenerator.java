package org.edu4all.studio.generation;

import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.provider.ProviderStatus;

/**
 * The port every image provider adapter implements (offline, Azure OpenAI, OpenAI).
 *
 * <p>Implementations are called from a background worker, never from a request thread, so they may block for the
 * whole duration of a provider call.
 */
public interface ImageGenerator {

    /** A stable id, stored with every request: {@code offline}, {@code azure-openai}, {@code openai}. */
    String id();

    /** The model name to record with each image, for example {@code gpt-image-1.5} or {@code offline-preview}. */
    String model();

    /** The real pixel size this adapter's model uses for an aspect. */
    ImageSize sizeFor(Aspect aspect);

    /** Generates {@code spec.count()} images. Failures are reported as {@link GenerationException}. */
    List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException;

    /** Like {@link #generate}, with what the provider reported besides the images (request sent, usage). */
    default GenerationResult generateDetailed(GenerationSpec spec) throws GenerationException {
        return GenerationResult.of(generate(spec));
    }

    /** The exact request body this adapter would send for {@code spec}, as JSON, never with a key. */
    default String describeRequest(GenerationSpec spec) throws GenerationException {
        return "{}";
    }

    /** Edits an image where the mask is transparent. Adapters without an edit call say so. */
    default GenerationResult edit(EditSpec spec) throws GenerationException {
        throw new GenerationException(GenerationException.Kind.CONFIGURATION, id() + " does not support edits");
    }

    /** The provider's status for the admins: which one is live, its model, its last error. */
    default ProviderStatus.Snapshot status() {
        return new ProviderStatus().snapshot(id(), model(), id(), Optional.empty());
    }
}

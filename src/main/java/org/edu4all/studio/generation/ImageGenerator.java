package org.edu4all.studio.generation;

import java.util.List;

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
}

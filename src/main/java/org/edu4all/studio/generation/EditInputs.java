package org.edu4all.studio.generation;

import java.util.Optional;

import org.edu4all.studio.image.ImageData;
import org.edu4all.studio.image.StoredImage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Loads what an edit request sends to the provider: its source image's bytes and the stored mask. */
@ApplicationScoped
public class EditInputs {

    /**
     * The edit to make for a claimed job, or empty when the job is a plain generation.
     *
     * @throws IllegalStateException when the source image or the mask is gone (the request then fails, kept)
     */
    @Transactional
    public Optional<EditSpec> specFor(Job job) {
        GenerationRequest request = GenerationRequest.findById(job.requestId());
        if (request == null || !request.isEdit()) {
            return Optional.empty();
        }
        StoredImage source = request.sourceImage;
        byte[] mask = EditMask.of(request.id).orElse(null);
        if (source == null || mask == null) {
            throw new IllegalStateException("edit request " + request.id + " lost its source image or mask");
        }
        ImageData data = ImageData.findById(source.id);
        return Optional.of(new EditSpec(data.bytes, source.mediaType, Optional.of(mask), job.finalPrompt(),
                new ImageSize(source.width, source.height), job.count(), job.studentPseudonym().toString(),
                job.prompt(), job.seed()));
    }
}

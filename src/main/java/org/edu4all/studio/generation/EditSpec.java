package org.edu4all.studio.generation;

import java.util.Optional;

/**
 * What one edit call (an image, a mask and a prompt, sent to {@code /images/edits}) should produce.
 *
 * <p>The caller validates the upload first (type, size, same dimensions as the image, alpha): adapters check again
 * and refuse a bad mask with an {@link org.edu4all.studio.image.InvalidImageException}, before any network call.
 *
 * @param image          the image to edit, PNG or JPEG, bytes as stored
 * @param imageMediaType its media type, {@code image/png} or {@code image/jpeg}
 * @param mask           a PNG of the same size with an alpha channel: fully transparent pixels mark the area to
 *                       change; empty to let the model decide what to change
 * @param finalPrompt    the edit prompt as sent, already checked by the policy and wrapped in the meta prompt
 * @param size           the size of the image, which is also the size of the result
 * @param count          how many results, 1 to 4
 * @param userRef        a pseudonymous, stable id for the student (never a name)
 * @param studentPrompt  the student's own edit words, for adapters that write them in (the offline preview)
 * @param seed           makes offline output reproducible; real providers take no seed and ignore it
 */
public record EditSpec(byte[] image, String imageMediaType, Optional<byte[]> mask, String finalPrompt, ImageSize size,
        int count, String userRef, String studentPrompt, long seed) {

    /** An edit for a provider that needs neither the student's own words nor a seed. */
    public EditSpec(byte[] image, String imageMediaType, Optional<byte[]> mask, String finalPrompt, ImageSize size,
            int count, String userRef) {
        this(image, imageMediaType, mask, finalPrompt, size, count, userRef, finalPrompt, 0L);
    }
}

package org.edu4all.studio.image;

import java.util.Optional;

/**
 * A generated image checked and ready to store: the original bytes untouched, the size its thumbnail will have, and
 * the thumbnail itself only when a caller needed it before storing (usually it is made afterwards, in the background,
 * by {@link ThumbnailWorker}).
 */
public record PreparedImage(byte[] bytes, String mediaType, int width, int height, String sha256,
        Thumbnailer.Size thumbnailSize, Optional<Thumbnail> thumbnail) {
}

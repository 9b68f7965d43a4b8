package org.edu4all.studio.image;

/**
 * A generated image checked and ready to store: the original bytes untouched, plus a thumbnail made apart from them.
 */
public record PreparedImage(byte[] bytes, String mediaType, int width, int height, String sha256,
        Thumbnail thumbnail) {
}

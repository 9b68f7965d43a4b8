package org.edu4all.studio.image;

/** A small JPEG preview made by {@link Thumbnailer}; a new byte array, never the original's. */
public record Thumbnail(byte[] bytes, String mediaType, int width, int height) {
}

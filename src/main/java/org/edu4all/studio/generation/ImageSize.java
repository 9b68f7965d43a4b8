package org.edu4all.studio.generation;

/** Pixel dimensions of a requested or generated image. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
    }

    /** The provider's wire form, for example {@code 1536x1024}. */
    public String wireValue() {
        return width + "x" + height;
    }
}

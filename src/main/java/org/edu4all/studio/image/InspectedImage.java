package org.edu4all.studio.image;

/**
 * What {@link ImageInspector} found in bytes that really are an image.
 *
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/webp}, from the bytes, never from a claim
 * @param hasAlpha  whether the image has an alpha channel (a PNG with transparency, a WebP with alpha)
 */
public record InspectedImage(String mediaType, int width, int height, boolean hasAlpha) {
}

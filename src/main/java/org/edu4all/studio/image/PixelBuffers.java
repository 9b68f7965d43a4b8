package org.edu4all.studio.image;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageTypeSpecifier;

/**
 * Pixel buffers kept for the next thumbnail, by a thread that makes thumbnails one after another (the thumbnailer).
 * Not thread-safe: one instance belongs to one thread.
 *
 * <p>Why: a decoded 1024x1024 image is a 3 MB array, and the first halving step another 1 MB. On the JVM's default
 * collector with a 512 MB heap, arrays that big are "humongous": each one counts towards the old generation, and a
 * burst of them started a concurrent collection after another, whose pauses (28–86 ms, mostly class unloading)
 * landed on every request in flight. The queue benchmark measured overhead p99 138 ms with a new array per thumbnail
 * and 65 ms with no humongous arrays (larger heap regions, as an experiment). Reusing the same few buffers makes
 * no such arrays at all after the first image of each size.
 */
public final class PixelBuffers {

    /**
     * A few sizes at most: per provider size (three), its halving steps, the final size and the encoder's copy of
     * it; more means something unusual.
     */
    private static final int MAX_CANVASES = 16;
    /**
     * Buffers are kept for images up to the providers' largest size we ask for (1536x1536 and below): the decoded
     * image and its drawable copy, about 9 MB each at most, plus the smaller steps. A bigger image gets buffers of
     * its own that are not kept, so one odd image does not hold tens of megabytes for the life of the app.
     */
    static final long MAX_KEPT_PIXELS = 1536L * 1536;

    private ImageTypeSpecifier decodedType;
    private BufferedImage decoded;
    private BufferedImage unpacked;
    private final Map<String, BufferedImage> canvases = new LinkedHashMap<>();

    /** The image to decode into: the last one when the type and size match, else a new one that is kept. */
    BufferedImage decodeTarget(ImageTypeSpecifier type, int width, int height) {
        if ((long) width * height > MAX_KEPT_PIXELS) {
            return type.createBufferedImage(width, height);
        }
        if (decoded == null || !type.equals(decodedType) || decoded.getWidth() != width
                || decoded.getHeight() != height) {
            decoded = type.createBufferedImage(width, height);
            decodedType = type;
        }
        return decoded;
    }

    /**
     * The full-size image that {@link RgbBytes#toInts} fills for drawing: like the decode buffer, one kept, for the
     * last size and type only (the largest buffer after it).
     */
    BufferedImage drawable(int width, int height, int imageType) {
        if ((long) width * height > MAX_KEPT_PIXELS) {
            return new BufferedImage(width, height, imageType);
        }
        if (unpacked == null || unpacked.getType() != imageType || unpacked.getWidth() != width
                || unpacked.getHeight() != height) {
            unpacked = new BufferedImage(width, height, imageType);
        }
        return unpacked;
    }

    /** The {@link RgbBytes#RGB} image that {@link RgbBytes#fromInts} fills for the JPEG encoder. */
    BufferedImage encodable(int width, int height) {
        String key = width + "x" + height + "/rgb-bytes";
        BufferedImage canvas = canvases.get(key);
        if (canvas == null) {
            canvas = RgbBytes.RGB.createBufferedImage(width, height);
            keep(key, canvas);
        }
        return canvas;
    }

    private void keep(String key, BufferedImage canvas) {
        if (canvases.size() >= MAX_CANVASES) {
            canvases.clear();
        }
        canvases.put(key, canvas);
    }

    /**
     * A canvas of this size and type to draw on, never {@code source} itself (drawing an image onto itself would
     * read pixels already overwritten).
     */
    BufferedImage canvas(int width, int height, int imageType, BufferedImage source) {
        if ((long) width * height > MAX_KEPT_PIXELS) {
            return new BufferedImage(width, height, imageType);
        }
        String key = width + "x" + height + "/" + imageType;
        BufferedImage canvas = canvases.get(key);
        if (canvas == null || canvas == source) {
            canvas = new BufferedImage(width, height, imageType);
            if (!canvases.containsKey(key)) {
                keep(key, canvas);
            }
        }
        return canvas;
    }
}

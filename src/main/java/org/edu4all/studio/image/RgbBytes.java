package org.edu4all.studio.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SampleModel;
import java.util.Arrays;
import javax.imageio.ImageTypeSpecifier;

/**
 * Plain 8-bit sRGB pixels stored as R, G, B(, A) bytes in a row: the layout the JDK's PNG decoder produces and its
 * JPEG encoder consumes. Copying rows between two images of this same layout is one array copy per row; between
 * this layout and the JDK's standard ones (blue first, or packed ints), the JDK copies through a new array per row.
 *
 * <p>Why it matters: measured per 1024x1024 thumbnail, decoding into the standard blue-first image left 3.1 MB of
 * row arrays behind and the JPEG encoder another 1.4 MB, against under 0.3 MB in all through this layout, with the
 * same JPEG bytes out. A class's answers arriving together means a hundred thumbnails a second, and that garbage set
 * the pace of the young collections whose pauses every request in flight waits through. Java2D cannot draw this
 * layout quickly (it first converts the whole image, 4 MB), so pixels go through {@link #toInts} before drawing and
 * {@link #fromInts} before encoding: plain loops that allocate nothing.
 */
final class RgbBytes {

    private static final ColorSpace SRGB = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    private static final int[] RGB_OFFSETS = { 0, 1, 2 };
    private static final int[] RGBA_OFFSETS = { 0, 1, 2, 3 };

    /** Opaque RGB in this layout, the JPEG encoder's own. */
    static final ImageTypeSpecifier RGB = ImageTypeSpecifier.createInterleaved(SRGB, RGB_OFFSETS, DataBuffer.TYPE_BYTE,
            false, false);

    private RgbBytes() {
    }

    /** Whether images of this type are 8-bit sRGB in R, G, B(, A) byte order, alpha not premultiplied. */
    static boolean isRgbBytes(ImageTypeSpecifier type) {
        return type != null && isRgbBytes(type.getColorModel(), type.getSampleModel());
    }

    /** As {@link #isRgbBytes(ImageTypeSpecifier)}, for an image, which must also not be a window on a larger one. */
    static boolean isRgbBytes(BufferedImage image) {
        return image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && isRgbBytes(image.getColorModel(), image.getSampleModel())
                && image.getSampleModel().getWidth() == image.getWidth();
    }

    private static boolean isRgbBytes(ColorModel colorModel, SampleModel sampleModel) {
        if (!(colorModel instanceof ComponentColorModel) || !colorModel.getColorSpace().isCS_sRGB()
                || colorModel.isAlphaPremultiplied() || sampleModel.getDataType() != DataBuffer.TYPE_BYTE
                || !(sampleModel instanceof PixelInterleavedSampleModel interleaved)) {
            return false;
        }
        int[] expected = colorModel.hasAlpha() ? RGBA_OFFSETS : RGB_OFFSETS;
        return Arrays.equals(interleaved.getBandOffsets(), expected)
                && interleaved.getPixelStride() == expected.length
                && interleaved.getScanlineStride() == expected.length * interleaved.getWidth();
    }

    /**
     * Copies {@code source} (checked with {@link #isRgbBytes(BufferedImage)}) into {@code target}, an image of the
     * same size of type {@code TYPE_INT_ARGB} when the source has alpha, else {@code TYPE_INT_RGB}.
     */
    static BufferedImage toInts(BufferedImage source, BufferedImage target) {
        byte[] in = ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int pixels = source.getWidth() * source.getHeight();
        if (source.getColorModel().hasAlpha()) {
            for (int p = 0, b = 0; p < pixels; p++, b += 4) {
                out[p] = (in[b + 3] & 0xFF) << 24 | (in[b] & 0xFF) << 16 | (in[b + 1] & 0xFF) << 8 | in[b + 2] & 0xFF;
            }
        } else {
            for (int p = 0, b = 0; p < pixels; p++, b += 3) {
                out[p] = (in[b] & 0xFF) << 16 | (in[b + 1] & 0xFF) << 8 | in[b + 2] & 0xFF;
            }
        }
        return target;
    }

    /** Copies {@code source}, of type {@code TYPE_INT_RGB}, into {@code target}, an image of type {@link #RGB}. */
    static BufferedImage fromInts(BufferedImage source, BufferedImage target) {
        int[] in = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
        byte[] out = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        for (int p = 0, b = 0; p < in.length; p++, b += 3) {
            int rgb = in[p];
            out[b] = (byte) (rgb >> 16);
            out[b + 1] = (byte) (rgb >> 8);
            out[b + 2] = (byte) rgb;
        }
        return target;
    }
}

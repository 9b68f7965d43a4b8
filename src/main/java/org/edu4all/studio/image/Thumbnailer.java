package org.edu4all.studio.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.edu4all.studio.image.InvalidImageException.Reason;

/**
 * Makes the small JPEG previews shown in galleries, so that a page of thumbnails never loads full images. The
 * original bytes are only read, never changed. Transparent areas become white, as they look on our pages.
 *
 * <p>Downscaling halves the image step by step with bilinear filtering before the last step: one big bilinear step
 * would skip most source pixels and shimmer. Instances are immutable and thread-safe.
 */
public final class Thumbnailer {

    /**
     * Gallery tiles are 220 to about 300 CSS pixels wide (48 to a page), so 320 px is sharp there; JPEG quality 0.7
     * keeps the prompt's letters on offline previews readable. Measured (ThumbnailerTest): photo-like 1–3 MB PNGs
     * give thumbnails under 1 % of their bytes; the flat, 30–45 KB offline previews about 15–35 %, because there is
     * little left to remove from an image that already compresses that well.
     */
    public static final int DEFAULT_LONGEST_EDGE = 320;
    public static final float DEFAULT_QUALITY = 0.7f;
    public static final String MEDIA_TYPE = "image/jpeg";

    private final int longestEdge;
    private final float quality;
    private final long maxPixels;

    public Thumbnailer() {
        this(DEFAULT_LONGEST_EDGE, DEFAULT_QUALITY, ImageInspector.DEFAULT_MAX_PIXELS);
    }

    /** @param maxPixels images above this many pixels are refused before they are decoded */
    public Thumbnailer(int longestEdge, float quality, long maxPixels) {
        if (longestEdge < 1 || quality <= 0 || quality > 1 || maxPixels < 1) {
            throw new IllegalArgumentException("bad thumbnail settings");
        }
        this.longestEdge = longestEdge;
        this.quality = quality;
        this.maxPixels = maxPixels;
    }

    /**
     * A JPEG whose longest edge is at most the configured one, keeping the aspect ratio; smaller images keep their
     * size.
     *
     * @throws InvalidImageException when the bytes cannot be decoded (WebP included, which the JDK cannot read)
     */
    public Thumbnail make(byte[] imageBytes) {
        return DecodePermits.limited(() -> makeNow(imageBytes));
    }

    /** {@link #make(byte[])} for a caller that holds a {@link DecodePermits} permit already. */
    Thumbnail makeHoldingPermit(byte[] imageBytes) {
        return makeNow(imageBytes);
    }

    private Thumbnail makeNow(byte[] imageBytes) {
        return fromPixels(decode(imageBytes));
    }

    /**
     * The size {@link #make} gives an image of this size, known without decoding it: pages lay out a thumbnail that
     * is still being made.
     */
    public Size sizeFor(int width, int height) {
        double scale = Math.min(1.0, longestEdge / (double) Math.max(width, height));
        return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** A thumbnail's width and height, in pixels. */
    public record Size(int width, int height) {
    }

    /** The thumbnail of pixels decoded already (by {@link ImageInspector}, which has just checked them). */
    Thumbnail fromPixels(BufferedImage source) {
        return fromPixels(source, null);
    }

    /**
     * As {@link #fromPixels(BufferedImage)}, drawing the steps on the caller's kept canvases.
     *
     * @param buffers the calling thread's own buffers, or null for new canvases
     */
    Thumbnail fromPixels(BufferedImage source, PixelBuffers buffers) {
        Size size = sizeFor(source.getWidth(), source.getHeight());
        int targetW = size.width();
        int targetH = size.height();
        BufferedImage current = source;
        if (RgbBytes.isRgbBytes(source)) { // decoded in the PNG decoder's own layout, which Java2D draws slowly
            int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            current = RgbBytes.toInts(source, buffers == null
                    ? new BufferedImage(source.getWidth(), source.getHeight(), type)
                    : buffers.drawable(source.getWidth(), source.getHeight(), type));
        }
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR, buffers);
        }
        // The last step always runs: besides the final size, it gives an opaque RGB image, as JPEG needs.
        current = resize(current, targetW, targetH, RenderingHints.VALUE_INTERPOLATION_BICUBIC, buffers);
        // Handed to the encoder in its own byte order, which it copies in one go per row (see RgbBytes).
        BufferedImage encodable = RgbBytes.fromInts(current, buffers == null
                ? RgbBytes.RGB.createBufferedImage(targetW, targetH) : buffers.encodable(targetW, targetH));
        return new Thumbnail(encodeJpeg(encodable), MEDIA_TYPE, targetW, targetH);
    }

    /** Draws onto an opaque white canvas, which also flattens any transparency. */
    private static BufferedImage resize(BufferedImage source, int w, int h, Object interpolation,
            PixelBuffers buffers) {
        BufferedImage target = buffers == null ? new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB)
                : buffers.canvas(w, h, BufferedImage.TYPE_INT_RGB, source);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private BufferedImage decode(byte[] bytes) {
        if (ImageInspector.sniff(bytes).isEmpty()) {
            throw new InvalidImageException(Reason.NOT_AN_IMAGE, "no PNG, JPEG or WebP signature");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidImageException(Reason.WRONG_TYPE, "no decoder for these bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new InvalidImageException(Reason.TOO_MANY_PIXELS, pixels + " pixels is over the limit");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            throw new InvalidImageException(Reason.CORRUPT, "the image cannot be decoded: " + e.getMessage(), e);
        }
    }

    private byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            // Tables fitted to this image instead of the generic ones: some percent smaller, same pixels.
            param.setOptimizeHuffmanTables(true);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

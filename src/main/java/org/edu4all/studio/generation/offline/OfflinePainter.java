package org.edu4all.studio.generation.offline;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.edu4all.studio.generation.ImageSize;

/**
 * Paints a simple illustrated scene from a prompt, with no network and no AI: words such as <i>noche</i>,
 * <i>atardecer</i>, <i>nieve</i>, <i>playa</i> or <i>torre</i> choose the colours and what is drawn, the prompt is
 * written into the picture, and a banner says "OFFLINE PREVIEW - not AI".
 *
 * <p>Output is a PNG and is byte-identical for the same prompt, size and seed on the same JVM: nothing depends on
 * the clock, system fonts (text uses a built-in pixel font) or antialiasing. Another seed gives another variation of
 * the same scene. It needs no display and is safe to call from several threads at once.
 */
public final class OfflinePainter {

    /** The smallest and largest side accepted, which bounds memory (4096 x 4096 x 4 bytes at most). */
    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 4096;

    /** A PNG of exactly {@code size}, showing the scene for {@code prompt}, its variation chosen by {@code seed}. */
    public byte[] paint(String prompt, ImageSize size, long seed) {
        checkSize(size.width(), size.height());
        String text = prompt == null ? "" : prompt;
        BufferedImage image = scene(text, size.width(), size.height(), seed, Double.NaN);
        Graphics2D g = graphics(image);
        try {
            Labels.banner(g, size.width(), size.height());
            Labels.caption(g, text, size.width(), size.height());
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    /**
     * Repaints the area that {@code maskPng} marks with fully transparent pixels (alpha 0) with the scene for
     * {@code editPrompt}, and keeps every other pixel of {@code originalPng} as it was. A small "OFFLINE EDIT" caption
     * with the edit prompt is written inside the repainted area only.
     *
     * @throws IllegalArgumentException when either image cannot be read, or their sizes differ (validate uploads with
     *                                  {@code ImageInspector.validateMask} first)
     */
    public byte[] repaintMasked(byte[] originalPng, byte[] maskPng, String editPrompt, long seed) {
        BufferedImage original = decode(originalPng, "original");
        BufferedImage mask = decode(maskPng, "mask");
        int w = original.getWidth();
        int h = original.getHeight();
        if (mask.getWidth() != w || mask.getHeight() != h) {
            throw new IllegalArgumentException("mask is " + mask.getWidth() + "x" + mask.getHeight()
                    + " but the image is " + w + "x" + h);
        }
        checkSize(w, h);
        Rectangle area = maskedArea(mask);
        BufferedImage result = new BufferedImage(w, h,
                original.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (area == null) {
            result.setRGB(0, 0, w, h, original.getRGB(0, 0, w, h, null, 0, w), 0, w);
            return encodePng(result);
        }
        String text = editPrompt == null ? "" : editPrompt;
        BufferedImage fresh = scene(text, w, h, seed, area.getCenterX());
        Graphics2D g = graphics(fresh);
        try {
            Labels.editCaption(g, text, spans(mask, area), area, w, h);
        } finally {
            g.dispose();
        }
        int[] keep = new int[w];
        int[] alpha = new int[w];
        int[] paint = new int[w];
        for (int y = 0; y < h; y++) {
            original.getRGB(0, y, w, 1, keep, 0, w);
            mask.getRGB(0, y, w, 1, alpha, 0, w);
            fresh.getRGB(0, y, w, 1, paint, 0, w);
            for (int x = 0; x < w; x++) {
                if ((alpha[x] >>> 24) == 0) {
                    keep[x] = paint[x];
                }
            }
            result.setRGB(0, y, w, 1, keep, 0, w);
        }
        return encodePng(result);
    }

    private static BufferedImage scene(String prompt, int w, int h, long seed, double focusX) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            // The prompt takes part in the seed, so two prompts with one seed do not share their clouds and stars.
            // The mix matters: java.util.Random gives nearly equal first numbers for seeds 1, 2, 3...
            Random rnd = new Random(mix(seed * 0x9E3779B97F4A7C15L + prompt.hashCode()));
            new SceneRenderer(g, w, h, Labels.captionTop(w, h), focusX, Scene.fromPrompt(prompt), rnd).render();
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The SplitMix64 finaliser: spreads nearby seeds far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** For each row of {@code area}: the first and last masked x, or -1 and -2 when the row has none. */
    private static int[][] spans(BufferedImage mask, Rectangle area) {
        int[][] spans = new int[area.height][];
        int[] row = new int[area.width];
        for (int y = 0; y < area.height; y++) {
            mask.getRGB(area.x, area.y + y, area.width, 1, row, 0, area.width);
            int first = -1;
            int last = -2;
            for (int x = 0; x < area.width; x++) {
                if ((row[x] >>> 24) == 0) {
                    first = first < 0 ? area.x + x : first;
                    last = area.x + x;
                }
            }
            spans[y] = new int[] {first, last};
        }
        return spans;
    }

    /** The bounding box of the mask's fully transparent pixels, or null when there are none. */
    private static Rectangle maskedArea(BufferedImage mask) {
        int w = mask.getWidth();
        int minX = w;
        int minY = mask.getHeight();
        int maxX = -1;
        int maxY = -1;
        int[] row = new int[w];
        for (int y = 0; y < mask.getHeight(); y++) {
            mask.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                if ((row[x] >>> 24) == 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static void checkSize(int w, int h) {
        if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("offline pictures must be between " + MIN_SIDE + " and " + MAX_SIDE
                    + " pixels on each side, not " + w + "x" + h);
        }
    }

    private static BufferedImage decode(byte[] png, String what) {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        // An explicit in-memory stream: ImageIO.read(InputStream) may spill to a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("the " + what + " is not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + what + " is not a readable image", e);
        }
    }

    private static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;

import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.junit.jupiter.api.Test;

/** Thumbnails made in kept buffers are exactly those made in new ones: nothing of the image before shows through. */
class PixelBuffersTest {

    private final ImageInspector inspector = new ImageInspector();
    private final Thumbnailer thumbnailer = new Thumbnailer();

    @Test
    void aSequenceOfDifferentImagesGivesTheSameThumbnailsAsNewBuffersWould() throws IOException {
        OfflinePainter painter = new OfflinePainter();
        List<byte[]> originals = List.of(
                png(ThumbnailerTest.photo(1024, 1024)),
                painter.paint("Perro junto a la Torre Eiffel", new ImageSize(1024, 1024), 1),
                png(ThumbnailerTest.photo(1536, 1024)), // another size: other buffers
                painter.paint("Un faro en la luna", new ImageSize(1024, 1024), 2),
                png(withAlpha(ThumbnailerTest.photo(1024, 1024))), // another type: RGBA
                png(gray(ThumbnailerTest.photo(512, 512))), // a layout decoded the JDK's way
                png(ThumbnailerTest.photo(1024, 1536)),
                png(ThumbnailerTest.photo(1024, 1024))); // back to the first size and type
        PixelBuffers buffers = new PixelBuffers();
        for (byte[] original : originals) {
            assertThat(thumbnail(original, buffers).bytes()).isEqualTo(thumbnail(original, null).bytes());
        }
    }

    @Test
    void theDecodeBufferIsKeptForTheSameTypeAndSizeOnly() {
        PixelBuffers buffers = new PixelBuffers();
        ImageTypeSpecifier rgb = ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR);
        ImageTypeSpecifier rgba = ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_4BYTE_ABGR);

        BufferedImage first = buffers.decodeTarget(rgb, 64, 32);
        assertThat(buffers.decodeTarget(rgb, 64, 32)).isSameAs(first);
        assertThat(buffers.decodeTarget(rgb, 32, 64)).isNotSameAs(first);
        assertThat(buffers.decodeTarget(rgba, 32, 64).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void anImageBiggerThanTheProvidersSizesGetsBuffersThatAreNotKept() {
        PixelBuffers buffers = new PixelBuffers();
        ImageTypeSpecifier rgb = ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR);

        assertThat(buffers.decodeTarget(rgb, 1536, 1536)).isSameAs(buffers.decodeTarget(rgb, 1536, 1536));
        assertThat(buffers.decodeTarget(rgb, 2048, 2048)).isNotSameAs(buffers.decodeTarget(rgb, 2048, 2048));
        assertThat(buffers.canvas(2048, 1536, BufferedImage.TYPE_INT_RGB, null))
                .isNotSameAs(buffers.canvas(2048, 1536, BufferedImage.TYPE_INT_RGB, null));
    }

    @Test
    void aCanvasIsKeptButNeverHandedOutAsTheImageItIsDrawnFrom() {
        PixelBuffers buffers = new PixelBuffers();
        BufferedImage canvas = buffers.canvas(320, 320, BufferedImage.TYPE_INT_RGB, null);

        assertThat(buffers.canvas(320, 320, BufferedImage.TYPE_INT_RGB, null)).isSameAs(canvas);
        assertThat(buffers.canvas(320, 320, BufferedImage.TYPE_INT_RGB, canvas)).isNotSameAs(canvas);
    }

    private Thumbnail thumbnail(byte[] png, PixelBuffers buffers) {
        BufferedImage[] pixels = new BufferedImage[1];
        inspector.inspectHoldingPermit(png, "image/png", buffers, decoded -> pixels[0] = decoded);
        return thumbnailer.fromPixels(pixels[0], buffers);
    }

    private static BufferedImage withAlpha(BufferedImage rgb) {
        BufferedImage argb = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                argb.setRGB(x, y, (x % 7 == 0 ? 0x80000000 : 0xFF000000) | (rgb.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return argb;
    }

    private static BufferedImage gray(BufferedImage rgb) {
        BufferedImage gray = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(rgb, 0, 0, null);
        return gray;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

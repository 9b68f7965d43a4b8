package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.image.InvalidImageException.Reason;
import org.edu4all.studio.support.PhotoLikeImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailerTest {

    private static final long DEFAULT_SEED = 7L;

    private final Thumbnailer thumbnailer = new Thumbnailer();

    @ParameterizedTest
    @CsvSource({
        "1536, 1024, 320, 213",
        "1024, 1536, 213, 320",
        "1024, 1024, 320, 320",
        "1536, 864, 320, 180",
        "3840, 2160, 320, 180",
        "200, 100, 200, 100",
    })
    void keepsTheAspectRatioWithinTheLongestEdge(int width, int height, int thumbWidth, int thumbHeight)
            throws IOException {
        Thumbnail thumbnail = thumbnailer.make(ImageInspectorTest.encode(photo(width, height), "png"));

        assertThat(thumbnail.width()).isEqualTo(thumbWidth);
        assertThat(thumbnail.height()).isEqualTo(thumbHeight);
        assertThat(thumbnail.mediaType()).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(thumbWidth);
        assertThat(decoded.getHeight()).isEqualTo(thumbHeight);
        // Known before the thumbnail exists: pages lay out one still being made with these.
        assertThat(thumbnailer.sizeFor(width, height)).isEqualTo(new Thumbnailer.Size(thumbWidth, thumbHeight));
    }

    @Test
    void weighsFarLessThanTheFullImage() throws IOException {
        byte[] png = ImageInspectorTest.encode(photo(1536, 1024), "png");
        byte[] jpeg = ImageInspectorTest.encode(photo(1536, 1024), "jpeg");

        assertThat((double) thumbnailer.make(png).bytes().length).isLessThan(png.length * 0.05);
        assertThat((double) thumbnailer.make(jpeg).bytes().length).isLessThan(jpeg.length * 0.10);
    }

    /** Detail at every scale survives the downscale, like in a real picture: still far under a tenth. */
    @Test
    void photoLikeImagesWithDetailAtEveryScaleStayUnderATenth() throws IOException {
        byte[] png = ImageInspectorTest.encode(PhotoLikeImage.paint(1536, 1024, DEFAULT_SEED), "png");

        assertThat(png.length).as("a provider-sized PNG").isGreaterThan(1_000_000);
        assertThat((double) thumbnailer.make(png).bytes().length).isLessThan(png.length * 0.10);
    }

    /**
     * Offline previews are flat PNGs of 30–45 KB that compress so well that no legible JPEG thumbnail reaches a tenth
     * of them (measured: about 15–35 %). This guards against drifting back to the 30–55 % of the earlier settings.
     */
    @ParameterizedTest
    @CsvSource({
        "'Perro junto a la Torre Eiffel a primera hora de la mañana', 1536, 1024",
        "'a cat on the beach at sunset', 1024, 1024",
        "'un castillo nevado de noche', 1024, 1536",
    })
    void offlinePreviewThumbnailsWeighWellUnderHalf(String prompt, int width, int height) {
        byte[] png = new OfflinePainter().paint(prompt, new ImageSize(width, height), DEFAULT_SEED);

        assertThat((double) thumbnailer.make(png).bytes().length).isLessThan(png.length * 0.40);
    }

    @Test
    void neverChangesTheOriginalBytes() throws IOException {
        byte[] png = ImageInspectorTest.encode(photo(800, 600), "png");
        byte[] copy = png.clone();

        Thumbnail thumbnail = thumbnailer.make(png);

        assertThat(png).isEqualTo(copy);
        assertThat(thumbnail.bytes()).isNotSameAs(png);
    }

    @Test
    void transparencyBecomesWhite() throws IOException {
        BufferedImage clear = new BufferedImage(800, 800, BufferedImage.TYPE_INT_ARGB);

        Thumbnail thumbnail = thumbnailer.make(ImageInspectorTest.encode(clear, "png"));

        int rgb = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getRGB(100, 100);
        assertThat(rgb & 0xFF).isGreaterThan(245);
        assertThat((rgb >> 8) & 0xFF).isGreaterThan(245);
        assertThat((rgb >> 16) & 0xFF).isGreaterThan(245);
    }

    @Test
    void refusesBytesItCannotDecode() throws IOException {
        byte[] png = ImageInspectorTest.encode(photo(300, 200), "png");

        assertThat(catchThrowableOfType(InvalidImageException.class,
                () -> thumbnailer.make("not an image".getBytes())).reason()).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(catchThrowableOfType(InvalidImageException.class,
                () -> thumbnailer.make(Arrays.copyOf(png, png.length / 3))).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(catchThrowableOfType(InvalidImageException.class,
                () -> new Thumbnailer(384, 0.8f, 1000).make(png)).reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
    }

    /** Smooth colour with grain, which compresses about as badly as a real photo or a generated picture. */
    static BufferedImage photo(int width, int height) {
        Random random = new Random(DEFAULT_SEED);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(41) - 20;
                int r = clamp(x * 255 / width + grain);
                int g = clamp(y * 255 / height + grain);
                int b = clamp(128 + (int) (60 * Math.sin(x / 40.0 + y / 60.0)) + grain);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}

package org.edu4all.studio.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

import org.edu4all.studio.generation.ImageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflinePainterTest {

    private static final String DEFAULT_PROMPT = "Perro junto a la Torre Eiffel a primera hora de la mañana";
    private static final ImageSize DEFAULT_SIZE = new ImageSize(512, 384);
    private static final long DEFAULT_SEED = 42L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final OfflinePainter painter = new OfflinePainter();

    @ParameterizedTest
    @CsvSource({"1024, 1024", "1536, 1024", "1024, 1536", "1536, 864", "864, 1536"})
    void paintsAPngOfExactlyTheRequestedSize(int width, int height) throws IOException {
        byte[] png = painter.paint(DEFAULT_PROMPT, new ImageSize(width, height), DEFAULT_SEED);

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void sameInputsGiveIdenticalBytes() {
        byte[] first = painter.paint(DEFAULT_PROMPT, DEFAULT_SIZE, DEFAULT_SEED);
        byte[] second = new OfflinePainter().paint(DEFAULT_PROMPT, DEFAULT_SIZE, DEFAULT_SEED);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aNightSceneIsDarkerThanAMorningScene() throws IOException {
        double night = meanLuminance(decode(painter.paint("Un parque de noche", DEFAULT_SIZE, DEFAULT_SEED)));
        double morning = meanLuminance(decode(painter.paint("Un parque por la mañana", DEFAULT_SIZE, DEFAULT_SEED)));

        assertThat(night).isLessThan(morning - 40);
    }

    @Test
    void snowMakesTheGroundWhite() throws IOException {
        BufferedImage snow = decode(painter.paint("Un parque con nieve", DEFAULT_SIZE, DEFAULT_SEED));
        BufferedImage grass = decode(painter.paint("Un parque con flores", DEFAULT_SIZE, DEFAULT_SEED));

        int top = DEFAULT_SIZE.height() * 2 / 3;
        assertThat(meanLuminance(snow.getSubimage(0, top, DEFAULT_SIZE.width(), DEFAULT_SIZE.height() / 6)))
                .isGreaterThan(meanLuminance(grass.getSubimage(0, top, DEFAULT_SIZE.width(),
                        DEFAULT_SIZE.height() / 6)) + 40);
    }

    @Test
    void differentPromptsGiveDifferentPictures() {
        byte[] tower = painter.paint("La torre Eiffel", DEFAULT_SIZE, DEFAULT_SEED);
        byte[] beach = painter.paint("La playa", DEFAULT_SIZE, DEFAULT_SEED);

        assertThat(beach).isNotEqualTo(tower);
    }

    @Test
    void differentSeedsGiveVisiblyDifferentVariations() throws IOException {
        BufferedImage first = decode(painter.paint(DEFAULT_PROMPT, DEFAULT_SIZE, 1));
        BufferedImage second = decode(painter.paint(DEFAULT_PROMPT, DEFAULT_SIZE, 2));

        assertThat(differingPixelShare(first, second)).isGreaterThan(0.05);
    }

    @Test
    void theBannerSaysItIsNotAi() throws IOException {
        BufferedImage image = decode(painter.paint(DEFAULT_PROMPT, DEFAULT_SIZE, DEFAULT_SEED));

        int bannerText = 0;
        for (int y = 0; y < DEFAULT_SIZE.height() / 10; y++) {
            for (int x = 0; x < DEFAULT_SIZE.width(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFD54F) {
                    bannerText++;
                }
            }
        }
        assertThat(Labels.BANNER).isEqualTo("OFFLINE PREVIEW - not AI");
        assertThat(bannerText).isGreaterThan(100);
    }

    @Test
    void refusesSizesOutsideTheSupportedRange() {
        assertThatThrownBy(() -> painter.paint(DEFAULT_PROMPT, new ImageSize(32, 32), DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> painter.paint(DEFAULT_PROMPT, new ImageSize(8192, 1024), DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndOddPromptsStillPaint() throws IOException {
        assertThat(decode(painter.paint("", DEFAULT_SIZE, DEFAULT_SEED)).getWidth()).isEqualTo(512);
        assertThat(decode(painter.paint(null, DEFAULT_SIZE, DEFAULT_SEED)).getWidth()).isEqualTo(512);
        String odd = "🐶 ¿Qué? " + "muy ".repeat(300) + "largo";
        assertThat(decode(painter.paint(odd, DEFAULT_SIZE, DEFAULT_SEED)).getWidth()).isEqualTo(512);
    }

    @Test
    void repaintKeepsUnmaskedPixelsAndChangesMaskedOnes() throws IOException {
        byte[] original = painter.paint("Un parque por la mañana", DEFAULT_SIZE, DEFAULT_SEED);
        byte[] mask = maskWithHole(DEFAULT_SIZE.width(), DEFAULT_SIZE.height(), 100, 80, 200, 150);

        byte[] edited = painter.repaintMasked(original, mask, "un castillo de noche", DEFAULT_SEED);

        BufferedImage before = decode(original);
        BufferedImage after = decode(edited);
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        int changedInside = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean masked = x >= 100 && x < 300 && y >= 80 && y < 230;
                if (!masked) {
                    assertThat(after.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(before.getRGB(x, y));
                } else if (after.getRGB(x, y) != before.getRGB(x, y)) {
                    changedInside++;
                }
            }
        }
        assertThat(changedInside).isGreaterThan(200 * 150 / 2);
        assertThat(painter.repaintMasked(original, mask, "un castillo de noche", DEFAULT_SEED)).isEqualTo(edited);
    }

    @Test
    void repaintRefusesAMaskOfAnotherSize() throws IOException {
        byte[] original = painter.paint(DEFAULT_PROMPT, DEFAULT_SIZE, DEFAULT_SEED);
        byte[] mask = maskWithHole(256, 256, 0, 0, 10, 10);

        assertThatThrownBy(() -> painter.repaintMasked(original, mask, "un gato", DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> painter.repaintMasked(original, new byte[] {1, 2, 3}, "un gato", DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodable image").isNotNull();
        return image;
    }

    private static byte[] maskWithHole(int width, int height, int x, int y, int w, int h) throws IOException {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                boolean hole = i >= x && i < x + w && j >= y && j < y + h;
                mask.setRGB(i, j, hole ? 0x00000000 : 0xFF000000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(mask, "png", out);
        return out.toByteArray();
    }

    private static double meanLuminance(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum += (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
            }
        }
        return sum / (double) (image.getWidth() * image.getHeight());
    }

    private static double differingPixelShare(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing / (double) (a.getWidth() * a.getHeight());
    }
}

package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;

import org.junit.jupiter.api.Test;

/**
 * The PNG decoder's own byte order is recognised, decoded into when a thread keeps buffers, and copied to and from
 * the packed ints Java2D draws fast without changing a pixel.
 */
class RgbBytesTest {

    @Test
    void rgbAndRgbaPngsAreDecodedInTheirOwnByteOrderWhenBuffersAreKept() throws IOException {
        assertThat(decodedWithBuffers(png(ThumbnailerTest.photo(64, 48)))).satisfies(image -> {
            assertThat(RgbBytes.isRgbBytes(image)).isTrue();
            assertThat(image.getColorModel().hasAlpha()).isFalse();
        });
        BufferedImage argb = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(3, 4, 0x80FF0000);
        assertThat(decodedWithBuffers(png(argb))).satisfies(image -> {
            assertThat(RgbBytes.isRgbBytes(image)).isTrue();
            assertThat(image.getColorModel().hasAlpha()).isTrue();
        });
    }

    @Test
    void otherLayoutsAreNotTakenForIt() throws IOException {
        BufferedImage gray = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(RgbBytes.isRgbBytes(decodedWithBuffers(png(gray)))).isFalse();
        assertThat(RgbBytes.isRgbBytes(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR))).isFalse();
        assertThat(RgbBytes.isRgbBytes(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB))).isFalse();
        assertThat(RgbBytes.isRgbBytes(ImageTypeSpecifier.createFromBufferedImageType(
                BufferedImage.TYPE_4BYTE_ABGR))).isFalse();
        // A window on a larger image shares its rows: its pixels are not one plain run of bytes.
        assertThat(RgbBytes.isRgbBytes(RgbBytes.RGB.createBufferedImage(16, 16).getSubimage(2, 2, 8, 8))).isFalse();
        assertThat(RgbBytes.isRgbBytes(RgbBytes.RGB.createBufferedImage(16, 16))).isTrue();
    }

    @Test
    void copyingToIntsAndBackKeepsEveryPixel() {
        BufferedImage photo = ThumbnailerTest.photo(37, 23);
        BufferedImage bytes = RgbBytes.fromInts(photo, RgbBytes.RGB.createBufferedImage(37, 23));
        BufferedImage ints = RgbBytes.toInts(bytes, new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB));

        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertThat(bytes.getRGB(x, y)).as("bytes at %d,%d", x, y).isEqualTo(photo.getRGB(x, y));
                assertThat(ints.getRGB(x, y)).as("ints at %d,%d", x, y).isEqualTo(photo.getRGB(x, y));
            }
        }
    }

    @Test
    void alphaIsCopiedIntoArgbInts() throws IOException {
        BufferedImage argb = new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 2, 0x40123456);
        argb.setRGB(4, 4, 0xFFABCDEF);
        BufferedImage decoded = decodedWithBuffers(png(argb));

        BufferedImage ints = RgbBytes.toInts(decoded, new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB));

        assertThat(ints.getRGB(1, 2)).isEqualTo(0x40123456);
        assertThat(ints.getRGB(4, 4)).isEqualTo(0xFFABCDEF);
        assertThat(ints.getRGB(0, 0)).isZero();
    }

    private static BufferedImage decodedWithBuffers(byte[] png) {
        BufferedImage[] pixels = new BufferedImage[1];
        new ImageInspector().inspectHoldingPermit(png, "image/png", new PixelBuffers(), d -> pixels[0] = d);
        return pixels[0];
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

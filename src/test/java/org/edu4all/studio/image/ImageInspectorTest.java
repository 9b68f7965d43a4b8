package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.edu4all.studio.image.InvalidImageException.Reason;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

    private static final int DEFAULT_WIDTH = 120;
    private static final int DEFAULT_HEIGHT = 80;

    private final ImageInspector inspector = new ImageInspector();

    @Test
    void acceptsAPngAndReadsItsHeader() throws IOException {
        InspectedImage image = inspector.inspect(encode(picture(BufferedImage.TYPE_INT_RGB), "png"), "image/png");

        assertThat(image).isEqualTo(new InspectedImage("image/png", DEFAULT_WIDTH, DEFAULT_HEIGHT, false));
    }

    @Test
    void seesTheAlphaChannelOfATransparentPng() throws IOException {
        InspectedImage image = inspector.inspect(encode(picture(BufferedImage.TYPE_INT_ARGB), "png"), "image/png");

        assertThat(image.hasAlpha()).isTrue();
    }

    @Test
    void acceptsAJpegUnderEitherName() throws IOException {
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), "jpeg");

        assertThat(inspector.inspect(jpeg, "image/jpeg"))
                .isEqualTo(new InspectedImage("image/jpeg", DEFAULT_WIDTH, DEFAULT_HEIGHT, false));
        assertThat(inspector.inspect(jpeg, "IMAGE/JPG; charset=binary").mediaType()).isEqualTo("image/jpeg");
        assertThat(inspector.inspect(jpeg, null).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesBytesThatAreNoImage() {
        byte[] html = "<html><body>Internal error</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(reasonFor(html, "image/png")).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(reasonFor(new byte[0], "image/png")).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(reasonFor(null, null)).isEqualTo(Reason.NOT_AN_IMAGE);
    }

    @Test
    void refusesAnImageOfAnotherTypeThanClaimed() throws IOException {
        byte[] png = encode(picture(BufferedImage.TYPE_INT_RGB), "png");
        byte[] gif = encode(picture(BufferedImage.TYPE_INT_RGB), "gif");

        assertThat(reasonFor(png, "image/jpeg")).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reasonFor(gif, null)).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reasonFor(png, "text/html")).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void refusesTruncatedImages() throws IOException {
        byte[] png = encode(picture(BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), "jpeg");

        assertThat(reasonFor(Arrays.copyOf(png, png.length / 2), "image/png")).isEqualTo(Reason.CORRUPT);
        assertThat(reasonFor(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg")).isEqualTo(Reason.CORRUPT);
        assertThat(reasonFor(Arrays.copyOf(png, 12), "image/png")).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAlone() throws IOException {
        byte[] small = encode(picture(BufferedImage.TYPE_INT_RGB), "png");
        // A few hundred bytes that claim 100000 x 100000 pixels: decoding them would need 40 GB.
        byte[] bomb = withPngSize(small, 100_000, 100_000);

        assertThat(reasonFor(bomb, "image/png")).isEqualTo(Reason.TOO_MANY_PIXELS);
        ImageInspector strict = new ImageInspector(DEFAULT_WIDTH * DEFAULT_HEIGHT - 1);
        assertThat(catchThrowableOfType(InvalidImageException.class, () -> strict.inspect(small, "image/png"))
                .reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
    }

    @Test
    void refusesTooManyBytesBeforeLookingInside() throws IOException {
        byte[] png = encode(picture(BufferedImage.TYPE_INT_RGB), "png");
        ImageInspector tiny = new ImageInspector(ImageInspector.DEFAULT_MAX_PIXELS, png.length - 1);

        assertThat(catchThrowableOfType(InvalidImageException.class, () -> tiny.inspect(png, "image/png")).reason())
                .isEqualTo(Reason.TOO_LARGE_BYTES);
    }

    @Test
    void readsWebpHeaders() {
        byte[] lossless = webp("VP8L", new byte[] {0x2F, (byte) 0x2B, (byte) 0xC1, (byte) 0x31, (byte) 0x10});
        byte[] extended = webp("VP8X", new byte[] {0x10, 0, 0, 0, (byte) 0xFF, 0x05, 0, (byte) 0x3F, 0x03, 0});

        assertThat(inspector.inspect(lossless, "image/webp"))
                .isEqualTo(new InspectedImage("image/webp", 300, 200, true));
        assertThat(inspector.inspect(extended, "image/webp"))
                .isEqualTo(new InspectedImage("image/webp", 1536, 832, true));
        assertThat(reasonFor(lossless, "image/png")).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void acceptsAGoodMask() throws IOException {
        byte[] mask = encode(picture(BufferedImage.TYPE_INT_ARGB), "png");

        assertThat(inspector.validateMask(mask, DEFAULT_WIDTH, DEFAULT_HEIGHT)).isEmpty();
    }

    @Test
    void namesWhatIsWrongWithABadMask() throws IOException {
        byte[] transparentPng = encode(picture(BufferedImage.TYPE_INT_ARGB), "png");
        byte[] opaquePng = encode(picture(BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] huge = Arrays.copyOf(transparentPng, 4 * 1024 * 1024 + 1);

        assertThat(inspector.validateMask(jpeg, DEFAULT_WIDTH, DEFAULT_HEIGHT)).contains(Reason.WRONG_TYPE);
        assertThat(inspector.validateMask(opaquePng, DEFAULT_WIDTH, DEFAULT_HEIGHT)).contains(Reason.NO_ALPHA);
        assertThat(inspector.validateMask(transparentPng, DEFAULT_WIDTH + 1, DEFAULT_HEIGHT))
                .contains(Reason.WRONG_DIMENSIONS);
        assertThat(inspector.validateMask(huge, DEFAULT_WIDTH, DEFAULT_HEIGHT)).contains(Reason.TOO_LARGE_BYTES);
        assertThat(inspector.validateMask(new byte[] {1, 2, 3}, DEFAULT_WIDTH, DEFAULT_HEIGHT))
                .contains(Reason.NOT_AN_IMAGE);
        assertThat(inspector.validateMask(Arrays.copyOf(transparentPng, transparentPng.length / 2), DEFAULT_WIDTH,
                DEFAULT_HEIGHT)).contains(Reason.CORRUPT);
        assertThat(new ImageInspector(100).validateMask(transparentPng, DEFAULT_WIDTH, DEFAULT_HEIGHT))
                .contains(Reason.TOO_MANY_PIXELS);
    }

    private Reason reasonFor(byte[] bytes, String mediaType) {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class,
                () -> inspector.inspect(bytes, mediaType));
        assertThat(e).as("refused").isNotNull();
        return e.reason();
    }

    /** A small picture with a gradient, half transparent when the type has alpha. */
    static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(DEFAULT_WIDTH, DEFAULT_HEIGHT, type);
        for (int y = 0; y < DEFAULT_HEIGHT; y++) {
            for (int x = 0; x < DEFAULT_WIDTH; x++) {
                int alpha = x < DEFAULT_WIDTH / 2 ? 0x00 : 0xFF;
                image.setRGB(x, y, (alpha << 24) | (x * 2 << 16) | (y * 3 << 8) | 0x80);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("writer for " + format).isTrue();
        return out.toByteArray();
    }

    /** The same PNG with another size in its IHDR chunk, and a correct checksum so only the size is wrong. */
    static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.BIG_ENDIAN);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }

    private static byte[] webp(String chunk, byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(20 + 16).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(28);
        buffer.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII));
        buffer.putInt(payload.length).put(payload);
        return buffer.array();
    }
}

package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

import org.edu4all.studio.image.InvalidImageException.Reason;
import org.junit.jupiter.api.Test;

/**
 * {@link ImageInspector#inspectStructure}: everything the full check refuses except what hides inside compressed
 * data, and the same answer for a good image, without decoding it.
 */
class ImageStructureTest {

    private final ImageInspector inspector = new ImageInspector();

    @Test
    void aGoodPngOrJpegGetsTheSameAnswerAsTheFullCheck() throws IOException {
        for (int type : new int[] { BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB }) {
            byte[] png = ImageInspectorTest.encode(ImageInspectorTest.picture(type), "png");
            assertThat(inspector.inspectStructure(png, "image/png")).isEqualTo(inspector.inspect(png, "image/png"));
        }
        byte[] jpeg = ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "jpeg");
        assertThat(inspector.inspectStructure(jpeg, "image/jpg")).isEqualTo(inspector.inspect(jpeg, "image/jpeg"));
    }

    @Test
    void aFileCutShortAnywhereIsRefused() throws IOException {
        byte[] png = ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "jpeg");

        for (int cut : new int[] { 12, 40, png.length / 2, png.length - 1 }) {
            assertThat(reasonFor(Arrays.copyOf(png, cut), "image/png")).as("PNG cut at " + cut)
                    .isEqualTo(Reason.CORRUPT);
        }
        for (int cut : new int[] { 3, 30, jpeg.length / 2, jpeg.length - 1 }) {
            assertThat(reasonFor(Arrays.copyOf(jpeg, cut), "image/jpeg")).as("JPEG cut at " + cut)
                    .isEqualTo(Reason.CORRUPT);
        }
    }

    @Test
    void aPngWithOneByteChangedFailsItsChecksum() throws IOException {
        byte[] png = ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "png");
        png[png.length / 2] ^= 0x01;

        assertThat(catchThrowableOfType(InvalidImageException.class, () -> inspector.inspectStructure(png,
                "image/png")).getMessage()).contains("checksum");
    }

    @Test
    void aBombIsRefusedFromItsHeaderAndOtherTypesAsBefore() throws IOException {
        byte[] small = ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "png");

        assertThat(reasonFor(ImageInspectorTest.withPngSize(small, 100_000, 100_000), "image/png"))
                .isEqualTo(Reason.TOO_MANY_PIXELS);
        assertThat(reasonFor(small, "image/jpeg")).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reasonFor("<html>502</html>".getBytes(), "image/png")).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(reasonFor(new byte[0], null)).isEqualTo(Reason.NOT_AN_IMAGE);
    }

    @Test
    void brokenCompressedDataPassesHereAndOnlyTheFullDecodeFindsIt() throws IOException {
        byte[] png = BrokenImages.pngWithBrokenData(
                ImageInspectorTest.encode(ImageInspectorTest.picture(BufferedImage.TYPE_INT_RGB), "png"));

        assertThat(inspector.inspectStructure(png, "image/png").width()).isEqualTo(120);
        assertThat(catchThrowableOfType(InvalidImageException.class, () -> inspector.inspect(png, "image/png"))
                .reason()).isEqualTo(Reason.CORRUPT);
    }

    private Reason reasonFor(byte[] bytes, String mediaType) {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class,
                () -> inspector.inspectStructure(bytes, mediaType));
        assertThat(e).as("refused").isNotNull();
        return e.reason();
    }
}

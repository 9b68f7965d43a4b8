package org.edu4all.studio.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.edu4all.studio.image.InvalidImageException.Reason;

/**
 * Checks that bytes really are an image of the claimed type, before they are stored or shown: the signature (magic
 * bytes), then the header's dimensions against a pixel limit, and only then a full decode that proves the data is
 * complete. A decompression bomb is refused from its header, so it never gets the memory it asks for.
 *
 * <p>PNG and JPEG are fully decoded. WebP is checked from its RIFF header only, unless an ImageIO WebP plugin is on
 * the class path, because the JDK cannot decode WebP. {@link #inspectStructure} is the same check without the decode,
 * for generated images on the queue's path. Instances are immutable and thread-safe.
 */
public final class ImageInspector {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    /** 4096 x 4096: above every size the image models return (3840 x 2160 is 8.3 million). */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096L;
    /** A 4K PNG photo is about 25 MB; anything much bigger is not a picture we asked for. */
    public static final long DEFAULT_MAX_BYTES = 40L * 1024 * 1024;
    /** The upload limit for edit masks, as the image edit APIs have it. */
    public static final long MASK_MAX_BYTES = 4L * 1024 * 1024;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final long maxPixels;
    private final long maxBytes;

    public ImageInspector() {
        this(DEFAULT_MAX_PIXELS, DEFAULT_MAX_BYTES);
    }

    public ImageInspector(long maxPixels) {
        this(maxPixels, DEFAULT_MAX_BYTES);
    }

    public ImageInspector(long maxPixels, long maxBytes) {
        if (maxPixels <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxPixels = maxPixels;
        this.maxBytes = maxBytes;
    }

    /**
     * Inspects bytes that claim to be {@code expectedMediaType} ({@code image/png}, {@code image/jpeg} or
     * {@code image/webp}; {@code image/jpg} and parameters such as {@code ;charset} are tolerated). A null claim
     * accepts any of the three.
     *
     * @throws InvalidImageException with the reason when the bytes are not such an image
     */
    public InspectedImage inspect(byte[] bytes, String expectedMediaType) {
        return inspect(bytes, expectedMediaType, maxBytes, null, null, null);
    }

    /**
     * Everything {@link #inspect(byte[], String)} checks except the pixels: the signature, the type, the header's
     * dimensions against the pixel limit, and that the file is whole (every PNG chunk with its CRC up to IEND; a
     * JPEG's segments, its frame header and its end marker; a WebP's RIFF length). Costs no decode, so a worker
     * that has just received an image answers at once; bytes that are broken only inside their compressed data
     * pass here and are caught by the decode that makes the thumbnail (see {@link ImageStore}).
     *
     * @throws InvalidImageException with the reason when the bytes are not such an image
     */
    public InspectedImage inspectStructure(byte[] bytes, String expectedMediaType) {
        String actual = checkedType(bytes, expectedMediaType, maxBytes);
        ImageStructure.SizeCheck limits = (width, height) -> checkDimensions(width, height, null);
        if (PNG.equals(actual)) {
            return ImageStructure.png(bytes, limits);
        }
        if (JPEG.equals(actual)) {
            return ImageStructure.jpeg(bytes, limits);
        }
        InspectedImage header = webpHeader(bytes);
        limits.check(header.width(), header.height());
        ImageStructure.webpLength(bytes);
        return header;
    }

    /**
     * Like {@link #inspect(byte[], String)}, and hands the decoded pixels to {@code pixels} (nothing for a WebP,
     * which the JDK cannot decode), so that {@link ImageStore} makes the thumbnail without decoding a second time.
     * The caller holds a {@link DecodePermits} permit for the decode and what it does with the pixels.
     *
     * @param buffers where to decode, when the caller's thread keeps buffers from one image to the next; null to
     *                decode into a new image
     */
    InspectedImage inspectHoldingPermit(byte[] bytes, String expectedMediaType, PixelBuffers buffers,
            Consumer<BufferedImage> pixels) {
        return inspect(bytes, expectedMediaType, maxBytes, null, buffers, pixels);
    }

    /**
     * Checks an uploaded edit mask: a PNG of at most 4 MB, with an alpha channel, exactly the size of the image it
     * edits, and within the pixel limit.
     *
     * @return the reason the mask is refused, or empty when it is fine
     */
    public Optional<Reason> validateMask(byte[] mask, int expectedWidth, int expectedHeight) {
        try {
            checkMask(mask, expectedWidth, expectedHeight);
            return Optional.empty();
        } catch (InvalidImageException e) {
            return Optional.of(e.reason());
        }
    }

    /** Like {@link #validateMask}, but throws, for callers that want the message too. */
    public InspectedImage checkMask(byte[] mask, int expectedWidth, int expectedHeight) {
        InspectedImage image = inspect(mask, PNG, Math.min(maxBytes, MASK_MAX_BYTES),
                new int[] {expectedWidth, expectedHeight}, null, null);
        if (!image.hasAlpha()) {
            throw new InvalidImageException(Reason.NO_ALPHA, "the mask has no alpha channel to mark the edit area");
        }
        return image;
    }

    /** The media type the signature shows, or empty; GIF is named so that it can be refused as the wrong type. */
    public static Optional<String> sniff(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }

    /** @param pixels null to decode under a permit of its own; else the caller holds one, and gets the pixels */
    private InspectedImage inspect(byte[] bytes, String expectedMediaType, long byteLimit, int[] expectedSize,
            PixelBuffers buffers, Consumer<BufferedImage> pixels) {
        String actual = checkedType(bytes, expectedMediaType, byteLimit);
        if (WEBP.equals(actual) && !ImageIO.getImageReadersByMIMEType(WEBP).hasNext()) {
            InspectedImage header = webpHeader(bytes);
            checkDimensions(header.width(), header.height(), expectedSize);
            return header;
        }
        return decode(bytes, actual, expectedSize, buffers, pixels);
    }

    /** The media type the signature shows, once it is one we take, the claimed one, and within the byte limit. */
    private static String checkedType(byte[] bytes, String expectedMediaType, long byteLimit) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImageException(Reason.NOT_AN_IMAGE, "no bytes");
        }
        if (bytes.length > byteLimit) {
            throw new InvalidImageException(Reason.TOO_LARGE_BYTES,
                    bytes.length + " bytes is over the limit of " + byteLimit);
        }
        String actual = sniff(bytes).orElseThrow(
                () -> new InvalidImageException(Reason.NOT_AN_IMAGE, "no PNG, JPEG or WebP signature"));
        String expected = normalise(expectedMediaType);
        if (!isSupported(actual) || (expected != null && !expected.equals(actual))) {
            throw new InvalidImageException(Reason.WRONG_TYPE, "expected " + (expected == null
                    ? "PNG, JPEG or WebP" : expected) + " but the bytes are " + actual);
        }
        return actual;
    }

    private InspectedImage decode(byte[] bytes, String mediaType, int[] expectedSize, PixelBuffers buffers,
            Consumer<BufferedImage> pixels) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (!readers.hasNext()) {
                throw new InvalidImageException(Reason.WRONG_TYPE, "no decoder for " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height, expectedSize);
                // A JPEG cut short still "decodes" (grey at the bottom); the decoder only warns, so warnings count.
                // They are noted, not thrown: the JPEG decoder calls listeners from native code.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage decoded = pixels == null ? DecodePermits.limited(() -> readWhole(reader, null))
                        : readWhole(reader, buffers);
                boolean alpha = decoded.getColorModel().hasAlpha();
                if (!warnings.isEmpty()) {
                    throw new InvalidImageException(Reason.CORRUPT, "the decoder reported: " + warnings.get(0));
                }
                if (pixels != null) {
                    pixels.accept(decoded);
                }
                return new InspectedImage(mediaType, width, height, alpha);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            Exception cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new InvalidImageException(Reason.CORRUPT, "the " + mediaType + " data is broken: "
                    + cause.getMessage(), cause);
        }
    }

    /**
     * Decodes the whole image, which is what proves it intact: into the kept buffer when there are buffers (every
     * pixel is written, so nothing of the image before survives; a decode that stops early throws or warns).
     */
    private static BufferedImage readWhole(ImageReader reader, PixelBuffers buffers) {
        try {
            if (buffers == null) {
                return reader.read(0);
            }
            // A PNG decoder's own layout when it is plain RGB(A) bytes: rows are then copied in one go, where the type
            // read(0) would choose itself (blue first) costs a new array per row (see RgbBytes). Other formats, and
            // other PNG layouts, get that first type, as before.
            ImageTypeSpecifier raw = "png".equalsIgnoreCase(reader.getFormatName()) ? reader.getRawImageType(0) : null;
            ImageTypeSpecifier type = RgbBytes.isRgbBytes(raw) ? raw : reader.getImageTypes(0).next();
            ImageReadParam param = reader.getDefaultReadParam();
            param.setDestination(buffers.decodeTarget(type, reader.getWidth(0), reader.getHeight(0)));
            return reader.read(0, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkDimensions(int width, int height, int[] expectedSize) {
        if (width <= 0 || height <= 0) {
            throw new InvalidImageException(Reason.CORRUPT, "the header says " + width + "x" + height);
        }
        if ((long) width * height > maxPixels) {
            throw new InvalidImageException(Reason.TOO_MANY_PIXELS,
                    width + "x" + height + " is over the limit of " + maxPixels + " pixels");
        }
        if (expectedSize != null && (width != expectedSize[0] || height != expectedSize[1])) {
            throw new InvalidImageException(Reason.WRONG_DIMENSIONS, "the mask is " + width + "x" + height
                    + " but the image is " + expectedSize[0] + "x" + expectedSize[1]);
        }
    }

    private static String normalise(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return null;
        }
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return "image/jpg".equals(type) || "image/pjpeg".equals(type) ? JPEG : type;
    }

    private static boolean isSupported(String mediaType) {
        return PNG.equals(mediaType) || JPEG.equals(mediaType) || WEBP.equals(mediaType);
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Size and alpha from a WebP's first chunk: lossy {@code VP8 }, lossless {@code VP8L} or extended {@code VP8X}
     * (see the WebP container specification). The pixels themselves are not checked.
     */
    private static InspectedImage webpHeader(byte[] b) {
        if (b.length < 30) {
            throw new InvalidImageException(Reason.CORRUPT, "the WebP header is cut short");
        }
        int p = 20;
        if (startsWith(b, 12, ascii("VP8 ")) && (b[p + 3] & 0xFF) == 0x9D && (b[p + 4] & 0xFF) == 0x01
                && (b[p + 5] & 0xFF) == 0x2A) {
            return new InspectedImage(WEBP, le(b, p + 6, 2) & 0x3FFF, le(b, p + 8, 2) & 0x3FFF, false);
        }
        if (startsWith(b, 12, ascii("VP8L")) && (b[p] & 0xFF) == 0x2F) {
            int bits = le(b, p + 1, 4);
            return new InspectedImage(WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1,
                    ((bits >>> 28) & 1) == 1);
        }
        if (startsWith(b, 12, ascii("VP8X"))) {
            return new InspectedImage(WEBP, le(b, p + 4, 3) + 1, le(b, p + 7, 3) + 1, (b[p] & 0x10) != 0);
        }
        throw new InvalidImageException(Reason.CORRUPT, "the WebP has no VP8, VP8L or VP8X chunk");
    }

    private static int le(byte[] b, int offset, int length) {
        int value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (b[offset + i] & 0xFF);
        }
        return value;
    }
}

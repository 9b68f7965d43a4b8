package org.edu4all.studio.image;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.edu4all.studio.image.InvalidImageException.Reason;

/**
 * Proves that a PNG or JPEG file is whole by walking its container, without decoding a pixel: for a PNG every chunk
 * from the header to {@code IEND}, with its CRC; for a JPEG every segment up to the first scan, then the end marker
 * after it. A file cut short, a flipped bit in a PNG, a missing header all fail here, for a fraction of a
 * millisecond per megabyte. What only a full decode can see (compressed data that is wrong although its checksums
 * are right) is left to it: {@link ImageStore} decodes every image for its thumbnail, after it is stored.
 */
final class ImageStructure {

    /** Called with the header's size as soon as it is read, so that a bomb is refused before anything else. */
    @FunctionalInterface
    interface SizeCheck {
        void check(int width, int height);
    }

    private static final int PNG_SIGNATURE_LENGTH = 8;
    /** Length, type and CRC around each chunk's data. */
    private static final int PNG_CHUNK_OVERHEAD = 12;
    private static final int IHDR_LENGTH = 13;

    private ImageStructure() {
    }

    /** A PNG (signature already checked): IHDR first, every chunk's CRC right, image data, and IEND. */
    static InspectedImage png(byte[] b, SizeCheck sizeCheck) {
        int p = PNG_SIGNATURE_LENGTH;
        CRC32 crc = new CRC32();
        InspectedImage header = null;
        boolean alpha = false;
        boolean data = false;
        while (true) {
            if (b.length - p < PNG_CHUNK_OVERHEAD) {
                throw corrupt("the PNG is cut short");
            }
            long length = bigEndian(b, p) & 0xFFFFFFFFL;
            if (length > b.length - p - PNG_CHUNK_OVERHEAD) {
                throw corrupt("the PNG is cut short inside a chunk");
            }
            int typeAt = p + 4;
            String type = new String(b, typeAt, 4, StandardCharsets.US_ASCII);
            if (header == null) {
                if (!"IHDR".equals(type) || length != IHDR_LENGTH) {
                    throw corrupt("the PNG does not start with its header chunk");
                }
                int colourType = b[typeAt + 4 + 9] & 0xFF;
                header = new InspectedImage(ImageInspector.PNG, bigEndian(b, typeAt + 4), bigEndian(b, typeAt + 8),
                        colourType == 4 || colourType == 6);
                sizeCheck.check(header.width(), header.height());
            }
            crc.reset();
            crc.update(b, typeAt, 4 + (int) length);
            if ((int) crc.getValue() != bigEndian(b, typeAt + 4 + (int) length)) {
                throw corrupt("the PNG's " + type + " chunk fails its checksum");
            }
            alpha |= "tRNS".equals(type);
            data |= "IDAT".equals(type);
            p = typeAt + 4 + (int) length + 4;
            if ("IEND".equals(type)) {
                break;
            }
        }
        if (!data) {
            throw corrupt("the PNG has no image data");
        }
        return alpha ? new InspectedImage(header.mediaType(), header.width(), header.height(), true) : header;
    }

    /**
     * A JPEG (signature already checked): well-formed segments up to the first scan, a frame header (SOF) among
     * them, and the end-of-image marker after the scan. 0xFFD9 cannot occur inside entropy-coded data (a data byte
     * 0xFF is always followed by 0x00 or a restart marker), so finding it after the scan means the file is whole.
     */
    static InspectedImage jpeg(byte[] b, SizeCheck sizeCheck) {
        int p = 2;
        InspectedImage frame = null;
        while (true) {
            if (p >= b.length || (b[p] & 0xFF) != 0xFF) {
                throw corrupt("the JPEG is cut short or has no marker where one belongs");
            }
            while (p < b.length && (b[p] & 0xFF) == 0xFF) {
                p++; // fill bytes
            }
            if (p >= b.length) {
                throw corrupt("the JPEG is cut short");
            }
            int marker = b[p++] & 0xFF;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // no length
            }
            if (marker == 0xD9 || b.length - p < 2) {
                throw corrupt("the JPEG ends before its image data");
            }
            int length = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
            if (length < 2 || length > b.length - p) {
                throw corrupt("the JPEG is cut short inside a segment");
            }
            if (isFrameHeader(marker)) {
                if (length < 8) {
                    throw corrupt("the JPEG's frame header is too short");
                }
                int height = ((b[p + 3] & 0xFF) << 8) | (b[p + 4] & 0xFF);
                int width = ((b[p + 5] & 0xFF) << 8) | (b[p + 6] & 0xFF);
                frame = new InspectedImage(ImageInspector.JPEG, width, height, false);
                sizeCheck.check(width, height);
            }
            if (marker == 0xDA) {
                break; // start of scan: entropy-coded data follows
            }
            p += length;
        }
        if (frame == null) {
            throw corrupt("the JPEG has no frame header");
        }
        for (int end = b.length - 1; end > p; end--) {
            if ((b[end] & 0xFF) == 0xD9 && (b[end - 1] & 0xFF) == 0xFF) {
                return frame;
            }
        }
        throw corrupt("the JPEG is cut short (no end marker)");
    }

    /** A WebP's RIFF container says how long the file is: a shorter file was cut short. */
    static void webpLength(byte[] b) {
        long riffLength = ((b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24) + 8;
        if (riffLength > b.length) {
            throw corrupt("the WebP is cut short");
        }
    }

    /** SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static int bigEndian(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16) | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    private static InvalidImageException corrupt(String message) {
        return new InvalidImageException(Reason.CORRUPT, message);
    }
}

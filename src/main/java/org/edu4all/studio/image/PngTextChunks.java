package org.edu4all.studio.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Adds text metadata to a PNG without touching its image data: UTF-8 {@code iTXt} chunks are inserted just before
 * {@code IEND}, and every byte before that stays exactly as the provider sent it. Plain Java, no CDI.
 */
public final class PngTextChunks {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final int IEND_CHUNK_LENGTH = 12;

    private PngTextChunks() {
    }

    /** The PNG with one iTXt chunk per entry; anything that is not a well-formed PNG comes back unchanged. */
    public static byte[] withText(byte[] png, Map<String, String> text) {
        int iend = iendOffset(png);
        if (iend < 0) {
            return png;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 256 * text.size());
        out.write(png, 0, iend);
        text.forEach((keyword, value) -> writeChunk(out, "iTXt", itxtData(keyword, value)));
        out.write(png, iend, png.length - iend);
        return out.toByteArray();
    }

    /** Where the final IEND chunk starts, or -1. */
    static int iendOffset(byte[] png) {
        if (png.length < SIGNATURE.length + IEND_CHUNK_LENGTH
                || !Arrays.equals(Arrays.copyOf(png, SIGNATURE.length), SIGNATURE)) {
            return -1;
        }
        int offset = png.length - IEND_CHUNK_LENGTH;
        String type = new String(png, offset + 4, 4, StandardCharsets.US_ASCII);
        return "IEND".equals(type) ? offset : -1;
    }

    /** keyword, NUL, no compression (flag 0, method 0), empty language tag and translated keyword, UTF-8 text. */
    private static byte[] itxtData(String keyword, String value) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] { 0, 0, 0, 0, 0 });
        data.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

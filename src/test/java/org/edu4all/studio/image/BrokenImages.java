package org.edu4all.studio.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Images that are whole in their structure but broken inside, as only a full decode can tell. */
public final class BrokenImages {

    private BrokenImages() {
    }

    /**
     * The PNG with an impossible zlib header in its first IDAT chunk, and that chunk's CRC recomputed: every chunk is
     * there with a right checksum, but the image data cannot be inflated.
     */
    public static byte[] pngWithBrokenData(byte[] png) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        for (int p = 8; p + 12 <= copy.length; p += 12 + buffer.getInt(p)) {
            int length = buffer.getInt(p);
            if ("IDAT".equals(new String(copy, p + 4, 4, StandardCharsets.US_ASCII))) {
                copy[p + 8] = (byte) 0xFF; // compression method 15: no such thing
                copy[p + 9] = (byte) 0xFF;
                CRC32 crc = new CRC32();
                crc.update(copy, p + 4, 4 + length);
                buffer.putInt(p + 8 + length, (int) crc.getValue());
                return copy;
            }
        }
        throw new IllegalArgumentException("no IDAT chunk");
    }
}

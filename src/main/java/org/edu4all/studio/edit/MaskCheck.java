package org.edu4all.studio.edit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.edu4all.studio.image.ImageInspector;
import org.edu4all.studio.image.InvalidImageException;
import org.edu4all.studio.image.StoredImage;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Checks an uploaded edit mask before anything else happens: present, at most 4 MB (from the upload's size, before
 * a byte is read), really a PNG, exactly the size of the image it edits (so the pixel count is bounded by the
 * image's), with an alpha channel, and with something painted. Each failure has its own message key.
 */
final class MaskCheck {

    /** The mask's bytes when it is fine, or the message key that says why it is not. */
    record Outcome(byte[] mask, String problemKey) {

        static Outcome problem(String key) {
            return new Outcome(null, key);
        }

        boolean ok() {
            return problemKey == null;
        }
    }

    private final ImageInspector inspector = new ImageInspector();

    Outcome check(FileUpload upload, StoredImage image) {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            return Outcome.problem("edit_mask_missing");
        }
        if (upload.size() > ImageInspector.MASK_MAX_BYTES) {
            return Outcome.problem("edit_mask_too_large");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            return Outcome.problem("edit_mask_missing");
        }
        try {
            inspector.checkMask(bytes, image.width, image.height);
        } catch (InvalidImageException e) {
            return Outcome.problem(keyFor(e.reason()));
        }
        return hasTransparentPixel(bytes) ? new Outcome(bytes, null) : Outcome.problem("edit_mask_empty");
    }

    private static String keyFor(InvalidImageException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE_BYTES -> "edit_mask_too_large";
            case WRONG_DIMENSIONS, TOO_MANY_PIXELS -> "edit_mask_wrong_size";
            case NO_ALPHA -> "edit_mask_no_alpha";
            case NOT_AN_IMAGE, WRONG_TYPE, CORRUPT -> "edit_mask_not_png";
        };
    }

    /** An all-opaque mask asks to change nothing: most likely the student forgot to paint. */
    private static boolean hasTransparentPixel(byte[] png) {
        try {
            // Already decoded once by the inspector, within its pixel limit, so this cannot blow up.
            // An explicit in-memory stream: ImageIO.read(InputStream) may spill to a temporary file.
            BufferedImage mask = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
            int[] row = new int[mask.getWidth()];
            for (int y = 0; y < mask.getHeight(); y++) {
                mask.getRGB(0, y, row.length, 1, row, 0, row.length);
                for (int argb : row) {
                    if ((argb >>> 24) == 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}

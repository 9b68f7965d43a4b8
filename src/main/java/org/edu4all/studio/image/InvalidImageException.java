package org.edu4all.studio.image;

/**
 * Bytes that are not an acceptable image. Unchecked, because callers either turn {@link #reason()} into a message in
 * the user's language (uploads) or into a failed generation (provider output); nothing in between can recover.
 */
public class InvalidImageException extends RuntimeException {

    /** Why the bytes were refused, for messages and metrics; stable names, safe to store. */
    public enum Reason {
        /** No known image signature: text, HTML, an error page, random bytes, or nothing at all. */
        NOT_AN_IMAGE,
        /** An image, but not of the expected or a supported type (for example a JPEG sent as a PNG, or a GIF). */
        WRONG_TYPE,
        /** More bytes than the limit, checked before anything is decoded. */
        TOO_LARGE_BYTES,
        /** Width times height above the limit, checked from the header before the pixels are decoded. */
        TOO_MANY_PIXELS,
        /** The signature is right but the header or pixel data is broken or cut short. */
        CORRUPT,
        /** A mask whose width or height differs from the image it belongs to. */
        WRONG_DIMENSIONS,
        /** A mask without an alpha channel, so it cannot mark an area with transparency. */
        NO_ALPHA
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public InvalidImageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidImageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

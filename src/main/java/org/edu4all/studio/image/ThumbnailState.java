package org.edu4all.studio.image;

/**
 * Where an image's thumbnail is. An image is stored, and its request SUCCEEDED, before its thumbnail exists: the
 * thumbnail is made afterwards by {@link ThumbnailWorker}, and until then the original is served in its place.
 */
public enum ThumbnailState {
    /** Not made yet: waiting for a thumbnailer, on this instance or another one. */
    PENDING,
    /** Made and stored. */
    READY,
    /**
     * The full decode found the bytes cannot be read as the image they claim to be (their structure was fine). The
     * image is held for the teacher instead of shown, and the original stays as received.
     */
    BROKEN
}

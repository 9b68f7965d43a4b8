package org.edu4all.studio.image;

/** An image was stored without its thumbnail; observed after the commit, to wake the {@link ThumbnailWorker}. */
public record ThumbnailPending(long imageId) {
}

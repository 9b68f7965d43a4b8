package org.edu4all.studio.image;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Thumbnails kept in memory, least recently used out first. A thumbnail never changes once stored, so nothing ever
 * needs to be invalidated, and a class's gallery asks for the same few hundred again and again. Only bytes are kept:
 * who may see them is checked on every request ({@link ImageAccess}), before the cache is asked.
 */
@ApplicationScoped
public class ThumbnailCache {

    private final LoadingCache<Long, ImageData.Served> thumbnails;

    @Inject
    ThumbnailCache(ImageConfig config) {
        thumbnails = Caffeine.newBuilder()
                .maximumWeight(config.thumbnailCacheMegabytes() * 1024L * 1024L)
                .weigher((Long id, ImageData.Served thumbnail) -> thumbnail.bytes().length + 64)
                .build(ImageData::thumbnailOf);
    }

    public ImageData.Served get(long imageId) {
        return thumbnails.get(imageId);
    }
}

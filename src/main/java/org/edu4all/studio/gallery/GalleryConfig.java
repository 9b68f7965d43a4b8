package org.edu4all.studio.gallery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The teacher's assignment galleries. */
@ConfigMapping(prefix = "edu4all.gallery")
public interface GalleryConfig {

    /**
     * Memory for rendered gallery pages, in megabytes (a page of 48 tiles is about 25 KB); 0 turns the cache off.
     * Pages are cached under the assignment's stamp ({@link GalleryVersions}), so a cached page is never out of date.
     */
    @WithDefault("16")
    int pageCacheMegabytes();

    /** How long a page nobody asks for stays cached; pages of older stamps simply age out. */
    @WithDefault("10m")
    Duration pageCacheIdle();
}

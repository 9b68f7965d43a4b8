package org.edu4all.studio.image;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Memory the app may use to serve images faster. */
@ConfigMapping(prefix = "edu4all.images")
public interface ImageCacheConfig {

    /**
     * Memory for thumbnails, in megabytes; 0 turns the cache off. A thumbnail is a 320 px JPEG of 10-40 KB, so the
     * default holds a few thousand: every gallery a school is looking at.
     */
    @WithDefault("64")
    int thumbnailCacheMegabytes();
}

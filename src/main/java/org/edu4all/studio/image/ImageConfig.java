package org.edu4all.studio.image;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How stored images get their thumbnails, and how much memory serving them may use. */
@ConfigMapping(prefix = "edu4all.images")
public interface ImageConfig {

    /**
     * Whether this instance makes thumbnails in the background (one thread). Off, it leaves them to the other
     * instances sharing the database; with every instance off, the original is served in the thumbnail's place.
     */
    @WithDefault("true")
    boolean backgroundThumbnails();

    /**
     * How often the thumbnailer looks for images it was not woken for: stored by another instance, or left behind
     * by a crash or a restart. Read by its {@code @Scheduled} poll; declared here so it can be set.
     */
    @WithDefault("10s")
    Duration thumbnailPollInterval();

    /**
     * Memory for thumbnails, in megabytes; 0 turns the cache off. A thumbnail is a 320 px JPEG of 10-40 KB, so the
     * default holds a few thousand: every gallery a school is looking at.
     */
    @WithDefault("64")
    int thumbnailCacheMegabytes();
}

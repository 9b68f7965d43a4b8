package org.edu4all.studio.limits;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Facts about the school that the app's rules depend on. */
@ConfigMapping(prefix = "edu4all.school")
public interface SchoolConfig {

    /** The school's time zone: its day boundary renews daily quotas, and pages show times in it. */
    @WithDefault("Europe/Madrid")
    ZoneId timeZone();
}

package org.edu4all.studio.policy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the safety policy treats repeated blocked attempts. */
@ConfigMapping(prefix = "edu4all.policy")
public interface PolicyConfig {

    /** How many blocked prompts within {@link #cooldownWindow()} put a student on a cool-down. */
    @WithDefault("5")
    int cooldownAfter();

    /** The window in which blocked prompts are counted. */
    @WithDefault("PT10M")
    Duration cooldownWindow();

    /** How long the cool-down lasts. The teacher is told either way. */
    @WithDefault("PT5M")
    Duration cooldownDuration();

    /** How often each app instance checks whether an admin changed the policy. */
    @WithDefault("10s")
    String refreshInterval();
}

package org.edu4all.studio.generation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How images are generated. */
@ConfigMapping(prefix = "edu4all.generation")
public interface GenerationConfig {

    /**
     * Which adapter serves the {@link ImageGenerator} port: {@code offline} (no network, no key; the default),
     * {@code azure-openai} or {@code openai}.
     */
    @WithDefault("offline")
    String provider();

    /** The longest prompt a student may write, in characters. Far below providers' limits, on purpose: children. */
    @WithDefault("1000")
    int maxPromptLength();

    /** How many provider calls may run at the same time from this app instance. */
    @WithDefault("2")
    int workerThreads();

    /**
     * How many worker threads may be in a database step at once (claiming a request, storing its images); the
     * others wait their turn, first come, first served (see {@code DatabaseTurns}). 0, the default, means one per CPU.
     * Keep it below the database pool's size.
     */
    @WithDefault("0")
    int databaseTurns();

    /** How many times a request is tried before it is marked FAILED. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * The first wait after a transient failure when the provider did not say how long (Retry-After); it doubles with
     * every attempt.
     */
    @WithDefault("PT10S")
    java.time.Duration retryBackoff();

    /** How long a worker may hold a RUNNING request before another one may take it over (a crashed worker). */
    @WithDefault("PT5M")
    java.time.Duration lease();

    /**
     * How often each instance looks for work it was not woken for (requests queued by another instance, retries
     * that are due, expired leases). Read by the worker's {@code @Scheduled} poll; declared here so it can be set.
     */
    @WithDefault("2s")
    java.time.Duration pollInterval();
}

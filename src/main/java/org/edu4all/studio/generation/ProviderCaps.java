package org.edu4all.studio.generation;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The per-provider caps, kept in the database so that any number of app instances respect them together. A claim
 * for a capped provider first takes that provider's transaction-scoped advisory lock: claims for one provider then
 * run one after the other, so "count what runs, then start one more" cannot overshoot, and the lock goes with the
 * claim's commit. Uncapped providers (offline) take no lock. The lock, the count and the ledger of recent calls
 * live in the claim itself (the database function {@code claim_next_request}, V17), one call for all of them.
 */
@ApplicationScoped
public class ProviderCaps {

    @Inject
    ProviderCapsConfig config;

    /** Operators see at start which quota each provider is held to (0 = no cap). */
    void describe(@Observes StartupEvent event) {
        config.provider().forEach((provider, caps) -> Log.infof("Provider caps: %s, %d running, %d images per %s",
                provider, caps.maxRunning(), caps.imagesPerMinute(), config.window()));
    }

    public ProviderCapsConfig.Caps of(String provider) {
        return config.capsOf(provider);
    }

    public long windowMillis() {
        return config.window().toMillis();
    }
}

package org.edu4all.studio.generation;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The per-provider caps, kept in the database so that any number of app instances respect them together. A claim
 * for a capped provider first takes that provider's transaction-scoped advisory lock: claims for one provider then
 * run one after the other, so "count what runs, then start one more" cannot overshoot, and the lock goes with the
 * claim's commit. Uncapped providers (offline) take no lock.
 */
@ApplicationScoped
public class ProviderCaps {

    /** Namespace of our advisory locks, so they never collide with other uses of advisory locks. */
    static final String LOCK_SPACE = "edu4all.provider-caps";

    @Inject
    EntityManager em;

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

    static boolean capped(ProviderCapsConfig.Caps caps) {
        return caps.maxRunning() > 0 || caps.imagesPerMinute() > 0;
    }

    /** Waits for this provider's claim lock; it is held until the current transaction ends. */
    void lock(String provider) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))) as held")
                .setParameter(1, LOCK_SPACE).setParameter(2, provider).getSingleResult();
    }

    /** Notes a call that starts now, and forgets calls that left the window. */
    void recordCall(String provider, int images) {
        em.createNativeQuery("insert into provider_call (provider, images, started_at) values (?1, ?2, clock_timestamp())")
                .setParameter(1, provider).setParameter(2, images).executeUpdate();
        em.createNativeQuery("delete from provider_call where provider = ?1"
                + " and started_at < clock_timestamp() - ?2 * interval '1 millisecond'")
                .setParameter(1, provider).setParameter(2, windowMillis()).executeUpdate();
    }
}

package org.edu4all.studio.security;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Provisions users in our database from their OIDC identity, on their first sign-in, and keeps them current. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    EntityManager em;

    /**
     * The user for this identity, created on first sign-in. Name and role follow the identity provider, which is
     * where a school manages them.
     */
    @Transactional
    public AppUser provision(SignedInIdentity identity) {
        AppUser user = AppUser.findBySubject(identity.subject()).orElse(null);
        if (user == null) {
            // Two first requests of the same person can race: let the database settle it, then read the winner.
            em.createNativeQuery("insert into app_user (subject, display_name, role, pseudonym) values (?1, ?2, ?3, ?4)"
                    + " on conflict (subject) do nothing")
                    .setParameter(1, identity.subject())
                    .setParameter(2, identity.displayName())
                    .setParameter(3, identity.role().name())
                    .setParameter(4, UUID.randomUUID())
                    .executeUpdate();
            user = AppUser.findBySubject(identity.subject()).orElseThrow();
            Log.infof("Provisioned user %d with role %s", user.id, user.role);
        } else if (!user.displayName.equals(identity.displayName()) || user.role != identity.role()) {
            user.displayName = identity.displayName();
            user.role = identity.role();
        }
        return user;
    }

    /** Records a sign-in. */
    @Transactional
    public void touch(Long userId) {
        AppUser.update("lastSeenAt = ?1 where id = ?2", Instant.now(), userId);
    }
}

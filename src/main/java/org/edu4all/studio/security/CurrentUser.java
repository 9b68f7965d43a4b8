package org.edu4all.studio.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in person of this request, as a row of ours. */
@Unremovable
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserDirectory directory;

    private AppUser user;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The user; throws {@link ForbiddenException} for an identity that carries none of our roles. */
    public AppUser get() {
        if (user == null) {
            SignedInIdentity signedIn = SignedInIdentity.of(identity);
            if (signedIn.role() == null) {
                throw new ForbiddenException("identity has no Edu4All role");
            }
            user = directory.provision(signedIn);
        }
        return user;
    }

    /** The user, or {@code null} on a public page visited anonymously. */
    public AppUser orNull() {
        return isSignedIn() && SignedInIdentity.of(identity).role() != null ? get() : null;
    }

    /** Who is signed in, from the token alone (never the database), or {@code null} without one of our roles. */
    public SignedInIdentity identity() {
        if (!isSignedIn()) {
            return null;
        }
        SignedInIdentity signedIn = SignedInIdentity.of(identity);
        return signedIn.role() == null ? null : signedIn;
    }

    public Long id() {
        return get().id;
    }
}

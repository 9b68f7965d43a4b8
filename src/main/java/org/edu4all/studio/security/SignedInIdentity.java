package org.edu4all.studio.security;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The facts we take from an OIDC identity: its stable subject, a display name and our strongest role.
 *
 * @param role {@code null} when the identity carries none of our roles
 */
public record SignedInIdentity(String subject, String displayName, Role role) {

    public static SignedInIdentity of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        String subject = principal.getName();
        String name = null;
        if (principal instanceof JsonWebToken token) {
            subject = token.getSubject() != null ? token.getSubject() : subject;
            name = firstPresent(token.getClaim("name"), token.getClaim("preferred_username"));
        }
        return new SignedInIdentity(subject, name == null || name.isBlank() ? subject : name,
                Role.strongestOf(identity.getRoles()));
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    private static String firstPresent(Object... claims) {
        for (Object claim : claims) {
            if (claim != null && !claim.toString().isBlank()) {
                return claim.toString();
            }
        }
        return null;
    }
}

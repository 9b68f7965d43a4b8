package org.edu4all.studio.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who has signed in at least once, provisioned from their OIDC identity. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The identity provider's stable subject ("sub"); names can change, this does not. */
    @Column(nullable = false, unique = true)
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** Sent to image providers for abuse monitoring instead of anything that identifies the child. */
    @Column(nullable = false, unique = true)
    public UUID pseudonym;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    public static Optional<AppUser> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isTeacher() {
        return role == Role.TEACHER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}

package org.edu4all.studio.policy;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the allowlist: a harmless phrase that contains a listed word ("pez espada"). */
@Entity
@Table(name = "policy_allowed_phrase")
public class AllowedPhraseEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String phrase;

    @Column(nullable = false)
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public AllowedPhrase toPhrase() {
        return new AllowedPhrase(phrase, language);
    }
}

package org.edu4all.studio.policy;

import java.time.Instant;

import org.edu4all.studio.security.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The admins' meta prompt: the single row of {@code meta_prompt}. */
@Entity
@Table(name = "meta_prompt")
public class MetaPromptSettings extends PanacheEntityBase {

    /** There is exactly one row. */
    public static final int ID = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public String template;

    /** Off by default: listing the forbidden words in the provider prompt can itself trip a provider's filter. */
    @Column(name = "include_disallowed_terms", nullable = false)
    public boolean includeDisallowedTerms;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public AppUser updatedBy;

    public MetaPrompt toMetaPrompt() {
        return new MetaPrompt(template, includeDisallowedTerms);
    }
}

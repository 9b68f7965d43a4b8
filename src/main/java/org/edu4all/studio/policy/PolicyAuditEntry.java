package org.edu4all.studio.policy;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.security.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One change to the policy: who, when, what, and the text before and after. */
@Entity
@Table(name = "policy_audit")
public class PolicyAuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code null} for the app's own first seeding. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public AppUser actor;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String action;

    @Column(name = "before_text")
    public String beforeText;

    @Column(name = "after_text")
    public String afterText;

    public static List<PolicyAuditEntry> newestFirst(int limit) {
        return find("from PolicyAuditEntry a left join fetch a.actor order by a.id desc").page(0, limit).list();
    }
}

package org.edu4all.studio.limits;

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

/** The audit of the daily quotas: who changed them, when, from what to what. */
@Entity
@Table(name = "usage_limits_audit")
public class UsageLimitsChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public AppUser actor;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "before_text", nullable = false)
    public String beforeText;

    @Column(name = "after_text", nullable = false)
    public String afterText;

    public static List<UsageLimitsChange> latest(int limit) {
        return find("from UsageLimitsChange c join fetch c.actor order by c.id desc").page(0, limit).list();
    }
}

package org.edu4all.studio.policy;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.assignment.Assignment;
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

/** A student who kept sending blocked prompts: on a short cool-down, and shown to the teacher. */
@Entity
@Table(name = "moderation_flag")
public class ModerationFlag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    public AppUser student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "blocked_count", nullable = false)
    public int blockedCount;

    @Column(name = "cooldown_until", nullable = false)
    public Instant cooldownUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ModerationFlag> ofClass(Long classId) {
        return list("from ModerationFlag f join fetch f.student join fetch f.assignment a"
                + " where a.schoolClass.id = ?1 order by f.createdAt desc", classId);
    }
}

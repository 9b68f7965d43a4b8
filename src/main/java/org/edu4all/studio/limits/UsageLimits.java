package org.edu4all.studio.limits;

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

/** The school's daily image quotas: one row, edited by admins on {@code /admin/limits}. */
@Entity
@Table(name = "usage_limits")
public class UsageLimits extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    @Column(name = "images_per_student_per_day", nullable = false)
    public int imagesPerStudentPerDay;

    @Column(name = "images_per_class_per_day", nullable = false)
    public int imagesPerClassPerDay;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Who saved them last; null for the values the migration seeded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public AppUser updatedBy;

    public static UsageLimits current() {
        return findById(ID);
    }

    /** How the audit shows a version of the limits: one setting a line, so two versions compare line by line. */
    public String auditText() {
        return "images-per-student-per-day: " + imagesPerStudentPerDay + "\nimages-per-class-per-day: "
                + imagesPerClassPerDay;
    }
}

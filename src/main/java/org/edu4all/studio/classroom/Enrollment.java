package org.edu4all.studio.classroom;

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

/** A student's membership of a class. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    public AppUser student;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /**
     * Whether this student is in this class: asked on every page a student opens in a class. One id at most is read,
     * not a count: Panache's {@code count} wrapped the query and planned it again on every call, which a profile
     * showed as a sixth of the student's assignment page.
     */
    public static boolean exists(SchoolClass schoolClass, AppUser student) {
        return !getEntityManager().createQuery("select e.id from Enrollment e where e.schoolClass = ?1"
                + " and e.student = ?2", Long.class).setParameter(1, schoolClass).setParameter(2, student)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public static List<Enrollment> roster(SchoolClass schoolClass) {
        return list("from Enrollment e join fetch e.student where e.schoolClass = ?1 order by e.student.displayName",
                schoolClass);
    }
}

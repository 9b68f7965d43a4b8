package org.edu4all.studio.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

/** A teacher's class. Students join it with its short join code. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "join_code", nullable = false, unique = true)
    public String joinCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public AppUser teacher;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<SchoolClass> taughtBy(AppUser teacher) {
        return list("teacher = ?1 order by createdAt desc", teacher);
    }

    public static List<SchoolClass> attendedBy(AppUser student) {
        return list("select e.schoolClass from Enrollment e where e.student = ?1 order by e.joinedAt desc", student);
    }

    public static Optional<SchoolClass> findByJoinCode(String code) {
        return find("joinCode", code).firstResultOptional();
    }

    public boolean isTaughtBy(AppUser user) {
        return teacher.id.equals(user.id);
    }
}

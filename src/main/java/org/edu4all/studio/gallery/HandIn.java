package org.edu4all.studio.gallery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.image.StoredImage;
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

/** The image a student chose to hand in for an assignment, with its title and alt text. One per student. */
@Entity
@Table(name = "hand_in")
public class HandIn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    public AppUser student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "image_id")
    public StoredImage image;

    @Column(nullable = false)
    public String title;

    @Column(name = "alt_text", nullable = false)
    public String altText;

    @Column(name = "handed_in_at", nullable = false)
    public Instant handedInAt;

    public static Optional<HandIn> of(Assignment assignment, AppUser student) {
        return find("assignment = ?1 and student = ?2", assignment, student).firstResultOptional();
    }

    /** The hand-ins of one assignment, newest first. */
    public static List<HandIn> ofAssignment(Assignment assignment) {
        return list("from HandIn h join fetch h.student join fetch h.image where h.assignment = ?1"
                + " order by h.handedInAt desc", assignment);
    }

    /** Every hand-in of a class, newest first, with what the gallery shows already fetched. */
    public static List<HandIn> ofClass(Long classId) {
        return list("from HandIn h join fetch h.student join fetch h.image join fetch h.assignment a"
                + " where a.schoolClass.id = ?1 order by h.handedInAt desc", classId);
    }
}

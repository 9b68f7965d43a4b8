package org.edu4all.studio.gallery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    public ReviewStatus reviewStatus = ReviewStatus.PENDING;

    /** Why the teacher hid it; the student sees this. */
    @Column(name = "hidden_reason")
    public String hiddenReason;

    /** The teacher's comment to the student. */
    public String feedback;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by")
    public AppUser reviewedBy;

    /** Whether classmates may see it: never when hidden (by review or safety), and only once approved in approval mode. */
    public boolean visibleToClassmates() {
        return image.shownToStudents() && visibleToClassmates(reviewStatus, assignment.approvalRequired);
    }

    /** The review's part of {@link #visibleToClassmates()}: approved, or not yet reviewed outside approval mode. */
    public static boolean visibleToClassmates(ReviewStatus review, boolean approvalRequired) {
        return review == ReviewStatus.APPROVED || (review == ReviewStatus.PENDING && !approvalRequired);
    }

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

    /** What classmates may see of a class: not hidden, and approved where the assignment asks for approval. */
    public static List<HandIn> visibleInClass(Long classId) {
        return list("from HandIn h join fetch h.student join fetch h.image join fetch h.assignment a"
                + " where a.schoolClass.id = ?1 and (h.reviewStatus = ?2 or (h.reviewStatus = ?3"
                + " and a.approvalRequired = false)) and h.image.safetyStatus in ?4 order by h.handedInAt desc",
                classId, ReviewStatus.APPROVED, ReviewStatus.PENDING, SafetyStatus.SHOWN_TO_STUDENTS);
    }

    /** The hand-in of this image, if it was handed in. */
    public static java.util.Optional<HandIn> ofImage(Long imageId) {
        return find("from HandIn h join fetch h.assignment where h.image.id = ?1", imageId).firstResultOptional();
    }
}

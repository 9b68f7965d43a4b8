package org.edu4all.studio.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.Aspect;

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

/** A task set for a class, for example "monuments in new contexts". */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String brief;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** How many images one student may generate for this assignment. */
    @Column(name = "images_per_student", nullable = false)
    public int imagesPerStudent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Extra meta-prompt lines the teacher adds for this assignment, one per line ("monuments, educational"). */
    @Column(name = "meta_prompt_lines")
    public String metaPromptLines;

    /** When the teacher closed it; a closed assignment takes no new prompts. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The shapes students may pick, comma-separated aspect names. */
    @Column(name = "allowed_aspects", nullable = false)
    public String allowedAspects = "LANDSCAPE,SQUARE,PORTRAIT";

    /** In approval mode, classmates see a hand-in only after the teacher approves it. */
    @Column(name = "approval_required", nullable = false)
    public boolean approvalRequired;

    public boolean isClosed() {
        return closedAt != null;
    }

    public List<Aspect> aspects() {
        return Aspect.parseList(allowedAspects);
    }

    public boolean allows(Aspect aspect) {
        return aspects().contains(aspect);
    }

    public List<String> metaPromptLines() {
        return metaPromptLines == null ? List.of() : metaPromptLines.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The assignments of every class the student is enrolled in, newest first. */
    public static List<Assignment> forStudent(org.edu4all.studio.security.AppUser student) {
        return list("from Assignment a join fetch a.schoolClass c"
                + " where exists (from Enrollment e where e.schoolClass = c and e.student = ?1)"
                + " order by a.createdAt desc", student);
    }

    public static List<Assignment> ofClass(SchoolClass schoolClass) {
        return list("schoolClass = ?1 order by createdAt desc", schoolClass);
    }
}

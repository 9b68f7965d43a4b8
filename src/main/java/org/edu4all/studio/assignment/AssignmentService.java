package org.edu4all.studio.assignment;

import java.time.Instant;

import org.edu4all.studio.classroom.ClassroomService;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.security.AppUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** Creating assignments and deciding who may open them. */
@ApplicationScoped
public class AssignmentService {

    @Inject
    ClassroomService classrooms;

    @Transactional
    public Assignment create(SchoolClass schoolClass, AssignmentForm form) {
        Assignment assignment = new Assignment();
        assignment.schoolClass = schoolClass;
        assignment.createdAt = Instant.now();
        apply(form, assignment);
        assignment.persist();
        return assignment;
    }

    @Transactional
    public void update(Assignment managed, AssignmentForm form) {
        apply(form, Assignment.findById(managed.id));
    }

    /** Closes (no new prompts) or reopens the assignment. Everything made so far stays visible. */
    @Transactional
    public void setClosed(Assignment managed, boolean closed) {
        Assignment assignment = Assignment.findById(managed.id);
        assignment.closedAt = closed ? Instant.now() : null;
    }

    /** The assignment, if the user runs its class (its teacher, or an admin); otherwise "not found". */
    public Assignment managedBy(AppUser user, long assignmentId) {
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null || !(user.isAdmin() || assignment.schoolClass.isTaughtBy(user))) {
            throw new NotFoundException();
        }
        return assignment;
    }

    private static void apply(AssignmentForm form, Assignment assignment) {
        assignment.title = form.title().strip();
        assignment.brief = form.brief().strip();
        assignment.dueDate = form.parsedDueDate();
        assignment.imagesPerStudent = form.images();
        assignment.metaPromptLines = form.metaPromptLines() == null || form.metaPromptLines().isBlank() ? null
                : form.metaPromptLines().strip();
        assignment.allowedAspects = String.join(",", form.parsedAspects().stream().map(Enum::name).toList());
        assignment.approvalRequired = form.approval();
    }

    /** The assignment, if its class is visible to the user; otherwise "not found". */
    public Assignment visibleTo(AppUser user, long assignmentId) {
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null || !classrooms.canSee(user, assignment.schoolClass)) {
            throw new NotFoundException();
        }
        return assignment;
    }

    /** The assignment, if the user is a student enrolled in its class: only they can generate for it. */
    public Assignment workableBy(AppUser student, long assignmentId) {
        Assignment assignment = visibleTo(student, assignmentId);
        if (!student.isStudent()) {
            throw new NotFoundException();
        }
        return assignment;
    }
}

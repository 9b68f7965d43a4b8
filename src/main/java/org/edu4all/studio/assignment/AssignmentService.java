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
        assignment.title = form.title().strip();
        assignment.brief = form.brief().strip();
        assignment.dueDate = form.parsedDueDate();
        assignment.imagesPerStudent = form.images();
        assignment.metaPromptLines = form.metaPromptLines() == null || form.metaPromptLines().isBlank() ? null
                : form.metaPromptLines().strip();
        assignment.createdAt = Instant.now();
        assignment.persist();
        return assignment;
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

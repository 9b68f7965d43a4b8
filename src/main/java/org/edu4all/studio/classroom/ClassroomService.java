package org.edu4all.studio.classroom;

import java.time.Instant;
import java.util.Optional;

import org.edu4all.studio.security.AppUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** Classes, join codes and enrollments, with the ownership rules that guard them. */
@ApplicationScoped
public class ClassroomService {

    @Inject
    EntityManager em;

    @Transactional
    public SchoolClass create(AppUser teacher, String name) {
        SchoolClass schoolClass = new SchoolClass();
        schoolClass.name = name.strip();
        schoolClass.teacher = em.getReference(AppUser.class, teacher.id);
        schoolClass.createdAt = Instant.now();
        schoolClass.joinCode = uniqueJoinCode();
        schoolClass.persist();
        return schoolClass;
    }

    /** Joins the class with this code; empty when no class has it. Joining twice is harmless. */
    @Transactional
    public Optional<SchoolClass> join(AppUser student, String typedCode) {
        Optional<SchoolClass> found = SchoolClass.findByJoinCode(JoinCodes.normalize(typedCode));
        found.ifPresent(schoolClass -> {
            if (!Enrollment.exists(schoolClass, student)) {
                Enrollment enrollment = new Enrollment();
                enrollment.schoolClass = schoolClass;
                enrollment.student = em.getReference(AppUser.class, student.id);
                enrollment.joinedAt = Instant.now();
                enrollment.persist();
            }
        });
        return found;
    }

    /** A new join code, for example after the old one was shared too widely. Members stay members. */
    @Transactional
    public String regenerateJoinCode(SchoolClass managed) {
        SchoolClass schoolClass = SchoolClass.findById(managed.id);
        schoolClass.joinCode = uniqueJoinCode();
        return schoolClass.joinCode;
    }

    /**
     * Takes a student out of a class: they no longer see it. Their requests, images and hand-ins stay, so nothing a
     * child made is lost if they are added back. Returns the student's name, or empty for a foreign enrollment id.
     */
    @Transactional
    public Optional<String> removeFromRoster(SchoolClass managed, long enrollmentId) {
        Enrollment enrollment = Enrollment.findById(enrollmentId);
        if (enrollment == null || !enrollment.schoolClass.id.equals(managed.id)) {
            return Optional.empty();
        }
        String name = enrollment.student.displayName;
        enrollment.delete();
        return Optional.of(name);
    }

    /**
     * The class, if this user may see it: its teacher, an admin, or an enrolled student. Anyone else gets the same
     * "not found" as for an id that does not exist, so ids reveal nothing.
     */
    public SchoolClass visibleTo(AppUser user, long classId) {
        SchoolClass schoolClass = SchoolClass.findById(classId);
        if (schoolClass == null || !canSee(user, schoolClass)) {
            throw new NotFoundException();
        }
        return schoolClass;
    }

    /** The class, if this user runs it (its teacher) or is an admin. */
    public SchoolClass managedBy(AppUser user, long classId) {
        SchoolClass schoolClass = SchoolClass.findById(classId);
        if (schoolClass == null || !(user.isAdmin() || schoolClass.isTaughtBy(user))) {
            throw new NotFoundException();
        }
        return schoolClass;
    }

    public boolean canSee(AppUser user, SchoolClass schoolClass) {
        return user.isAdmin() || schoolClass.isTaughtBy(user) || (user.isStudent() && Enrollment.exists(schoolClass, user));
    }

    private static String uniqueJoinCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (SchoolClass.findByJoinCode(code).isPresent());
        return code;
    }
}

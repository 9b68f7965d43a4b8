package org.edu4all.studio.assignment;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edu4all.studio.classroom.ClassroomService;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.generation.GenerationConfig;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.edu4all.studio.web.FormErrors;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Teachers set assignments; students open them and write their prompts there. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AssignmentResource {

    @CheckedTemplate
    static class Templates {
        /** The new/edit form; {@code assignment} is null for a new one. */
        static native TemplateInstance form(SchoolClass schoolClass, Assignment assignment, Map<String, String> values);

        static native TemplateInstance studentView(Assignment assignment, List<GenerationRequest> requests,
                long imagesLeft, HandIn handIn, String requestKey, int maxPromptLength);

        static native TemplateInstance teacherView(Assignment assignment, List<HandIn> handIns, long requestCount);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassroomService classrooms;

    @Inject
    AssignmentService assignments;

    @Inject
    GenerationConfig generationConfig;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("classes/{classId}/assignments/new")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public TemplateInstance newForm(@RestPath long classId) {
        return Templates.form(classrooms.managedBy(currentUser.get(), classId), null,
                typedOr(AssignmentForm.DEFAULTS));
    }

    @GET
    @Path("assignments/{id}/edit")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public TemplateInstance editForm(@RestPath long id) {
        Assignment assignment = assignments.managedBy(currentUser.get(), id);
        return Templates.form(assignment.schoolClass, assignment, typedOr(AssignmentForm.valuesOf(assignment)));
    }

    @POST
    @Path("assignments/{id}")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response update(@RestPath long id, @BeanParam AssignmentForm form) {
        Assignment assignment = assignments.managedBy(currentUser.get(), id);
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(URI.create("/assignments/" + id + "/edit"),
                    FlashData.invalidForm("error_form_invalid", form.values(), errors));
        }
        assignments.update(assignment, form);
        return flash.redirect(URI.create("/assignments/" + id), FlashData.success("assignment_updated"));
    }

    @POST
    @Path("assignments/{id}/close")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response close(@RestPath long id) {
        assignments.setClosed(assignments.managedBy(currentUser.get(), id), true);
        return flash.redirect(URI.create("/assignments/" + id), FlashData.success("assignment_closed_done"));
    }

    @POST
    @Path("assignments/{id}/reopen")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response reopen(@RestPath long id) {
        assignments.setClosed(assignments.managedBy(currentUser.get(), id), false);
        return flash.redirect(URI.create("/assignments/" + id), FlashData.success("assignment_reopened"));
    }

    /** What the user typed before a rejected POST, or else these values. */
    private Map<String, String> typedOr(Map<String, String> values) {
        Map<String, String> typed = flash.current().values();
        return typed.isEmpty() ? values : typed;
    }

    @POST
    @Path("classes/{classId}/assignments")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response create(@RestPath long classId, @BeanParam AssignmentForm form) {
        SchoolClass schoolClass = classrooms.managedBy(currentUser.get(), classId);
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(URI.create("/classes/" + classId + "/assignments/new"),
                    FlashData.invalidForm("error_form_invalid", form.values(), errors));
        }
        Assignment created = assignments.create(schoolClass, form);
        return flash.redirect(URI.create("/assignments/" + created.id), FlashData.success("assignment_created"));
    }

    /** Where the assignment form lands after an expired session made the teacher sign in again. */
    @GET
    @Path("classes/{classId}/assignments")
    public Response createAfterExpiredSession(@RestPath long classId) {
        classrooms.managedBy(currentUser.get(), classId); // a stranger's id answers 404, like on every route
        return flash.redirect(URI.create("/classes/" + classId + "/assignments/new"),
                FlashData.errorMessage("error_session_expired"));
    }

    @GET
    @Path("assignments/{id}")
    public TemplateInstance view(@RestPath long id) {
        AppUser me = currentUser.get();
        Assignment assignment = assignments.visibleTo(me, id);
        if (me.isStudent()) {
            long left = assignment.imagesPerStudent - GenerationRequest.imagesUsed(assignment, me);
            return Templates.studentView(assignment, GenerationRequest.ofStudent(assignment, me), Math.max(left, 0),
                    HandIn.of(assignment, me).orElse(null), UUID.randomUUID().toString(),
                    generationConfig.maxPromptLength());
        }
        return Templates.teacherView(assignment, HandIn.ofAssignment(assignment),
                GenerationRequest.count("assignment", assignment));
    }
}

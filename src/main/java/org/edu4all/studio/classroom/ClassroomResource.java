package org.edu4all.studio.classroom;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.assignment.Assignment;
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

/**
 * Teachers create and run classes; students join them with a code. Like every page resource it is rooted at "/",
 * so that Quarkus REST matches all routes of the app together ({@code /classes/{id}/gallery} lives elsewhere).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClassroomResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SchoolClass> classes);

        static native TemplateInstance detail(SchoolClass schoolClass, List<Assignment> assignments,
                List<Enrollment> roster, boolean manager);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassroomService classrooms;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("classes")
    public TemplateInstance list() {
        AppUser me = currentUser.get();
        if (me.isAdmin()) {
            return Templates.list(SchoolClass.list("order by createdAt desc"));
        }
        return Templates.list(me.isStudent() ? SchoolClass.attendedBy(me) : SchoolClass.taughtBy(me));
    }

    @POST
    @Path("classes")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response create(@BeanParam NewClassForm form) {
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(URI.create("/classes"),
                    FlashData.invalidForm("error_form_invalid", form.values(), errors));
        }
        SchoolClass created = classrooms.create(currentUser.get(), form.name());
        return flash.redirect(URI.create("/classes/" + created.id),
                FlashData.success("class_created", created.joinCode));
    }

    @POST
    @Path("classes/join")
    @RolesAllowed(Role.STUDENT_NAME)
    public Response join(@BeanParam JoinForm form) {
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(URI.create("/classes"),
                    FlashData.invalidForm("error_form_invalid", form.values(), errors));
        }
        return classrooms.join(currentUser.get(), form.code())
                .map(joined -> flash.redirect(URI.create("/classes/" + joined.id),
                        FlashData.success("class_joined", joined.name)))
                .orElseGet(() -> flash.redirect(URI.create("/classes"), FlashData.invalidForm("error_form_invalid",
                        form.values(), Map.of("code", "error_join_code_unknown"))));
    }

    @POST
    @Path("classes/{id}/join-code")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response regenerateJoinCode(@RestPath long id) {
        SchoolClass schoolClass = classrooms.managedBy(currentUser.get(), id);
        String code = classrooms.regenerateJoinCode(schoolClass);
        return flash.redirect(URI.create("/classes/" + id), FlashData.success("class_join_code_changed", code));
    }

    @POST
    @Path("classes/{id}/roster/{enrollmentId}/remove")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response removeFromRoster(@RestPath long id, @RestPath long enrollmentId) {
        SchoolClass schoolClass = classrooms.managedBy(currentUser.get(), id);
        return classrooms.removeFromRoster(schoolClass, enrollmentId)
                .map(name -> flash.redirect(URI.create("/classes/" + id), FlashData.success("class_student_removed", name)))
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** Where the join form lands after an expired session made the user sign in again (the POST is lost). */
    @GET
    @Path("classes/join")
    public Response joinAfterExpiredSession() {
        return flash.redirect(URI.create("/classes"), FlashData.errorMessage("error_session_expired"));
    }

    @GET
    @Path("classes/{id}")
    public TemplateInstance detail(@RestPath long id) {
        AppUser me = currentUser.get();
        SchoolClass schoolClass = classrooms.visibleTo(me, id);
        boolean manager = me.isAdmin() || schoolClass.isTaughtBy(me);
        return Templates.detail(schoolClass, Assignment.ofClass(schoolClass),
                manager ? Enrollment.roster(schoolClass) : List.of(), manager);
    }
}

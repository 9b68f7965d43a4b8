package org.edu4all.studio.gallery;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.assignment.AssignmentService;
import org.edu4all.studio.classroom.ClassroomService;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.security.SignedInIdentity;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.edu4all.studio.web.FormErrors;
import org.edu4all.studio.web.UserLocale;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Hand-ins, and the class gallery where teachers see them. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class GalleryResource {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classGallery(SchoolClass schoolClass, List<HandIn> handIns, boolean manager);

        static native TemplateInstance assignmentGallery(GalleryHeader assignment, AssignmentGallery.Page page,
                GalleryFilter filter, List<RosterEntry> roster);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassroomService classrooms;

    @Inject
    HandInService handIns;

    @Inject
    AssignmentService assignments;

    @Inject
    AssignmentGallery gallery;

    @Inject
    GalleryPages pages;

    @Inject
    UserLocale locale;

    @Inject
    GalleryExport export;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @POST
    @Path("images/{id}/hand-in")
    @RolesAllowed(Role.STUDENT_NAME)
    public Response handIn(@RestPath long id, @BeanParam HandInForm form) {
        AppUser me = currentUser.get();
        StoredImage image = handIns.ownImage(me, id);
        URI requestPage = URI.create("/requests/" + image.request.id);
        Map<String, String> errors = formErrors.of(form);
        if (errors.isEmpty()) {
            errors = handIns.screen(form);
        }
        if (!errors.isEmpty()) {
            return flash.redirect(requestPage, FlashData.invalidForm("error_form_invalid", form.values(id), errors));
        }
        HandIn handIn = handIns.handIn(me, id, form);
        return flash.redirect(URI.create("/assignments/" + handIn.assignment.id), FlashData.success("handin_done"));
    }

    /** Where a hand-in form lands after an expired session made the student sign in again. */
    @GET
    @Path("images/{id}/hand-in")
    @RolesAllowed(Role.STUDENT_NAME)
    public Response handInAfterExpiredSession(@RestPath long id) {
        StoredImage image = handIns.ownImage(currentUser.get(), id);
        return flash.redirect(URI.create("/requests/" + image.request.id),
                FlashData.errorMessage("error_session_expired"));
    }

    /** Every image of an assignment, for its teacher: filter by student, handed in or not, and review status. */
    @GET
    @Path("assignments/{id}/gallery")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response assignmentGallery(@RestPath long id, @BeanParam GalleryFilter filter) {
        SignedInIdentity viewer = currentUser.identity();
        GalleryHeader assignment = gallery.managedBy(viewer, id).orElseThrow(NotFoundException::new);
        byte[] html = pages.html(new GalleryPages.Key(assignment, viewer, locale.language(), filter),
                () -> Templates.assignmentGallery(assignment, gallery.page(assignment, filter), filter,
                        gallery.roster(assignment)));
        return Response.ok(html, HTML).build();
    }

    /** The assignment's images with a CSV and a JSON describing them, as one streamed ZIP download. */
    @GET
    @Path("assignments/{id}/export.zip")
    @Produces("application/zip")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public Response export(@RestPath long id) {
        Assignment assignment = assignments.managedBy(currentUser.get(), id);
        StreamingOutput zip = output -> export.write(assignment, output);
        return Response.ok(zip).header("Content-Disposition",
                "attachment; filename=\"edu4all-assignment-" + assignment.id + ".zip\"").build();
    }

    /**
     * The class gallery: its teacher sees every hand-in with the review actions; classmates see what is not hidden,
     * and in approval mode only what the teacher approved.
     */
    @GET
    @Path("classes/{id}/gallery")
    public TemplateInstance classGallery(@RestPath long id) {
        AppUser me = currentUser.get();
        SchoolClass schoolClass = classrooms.visibleTo(me, id);
        boolean manager = me.isAdmin() || schoolClass.isTaughtBy(me);
        return Templates.classGallery(schoolClass,
                manager ? HandIn.ofClass(schoolClass.id) : HandIn.visibleInClass(schoolClass.id), manager);
    }
}

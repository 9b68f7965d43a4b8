package org.edu4all.studio.generation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.assignment.AssignmentService;
import org.edu4all.studio.classroom.ClassroomService;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.limits.DailyQuotas;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.jboss.resteasy.reactive.RestForm;
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

/** A student submits a prompt; everyone allowed follows the request's page until its images are there. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class GenerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(GenerationRequest request, List<StoredImage> images, boolean owner,
                HandIn handIn, String requestKey, int withheld);

        static native TemplateInstance classQueue(SchoolClass schoolClass, List<GenerationRequest> pending,
                DailyQuotas.ClassUsage usage);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AssignmentService assignments;

    @Inject
    ClassroomService classrooms;

    @Inject
    GenerationService generation;

    @Inject
    Flash flash;

    @Inject
    DailyQuotas dailyQuotas;

    /** Saves the request (QUEUED) and redirects to its page at once; nothing waits for the provider here. */
    @POST
    @Path("assignments/{id}/requests")
    @RolesAllowed(Role.STUDENT_NAME)
    public Response submit(@RestPath long id, @BeanParam PromptForm form) {
        AppUser me = currentUser.get();
        Assignment assignment = assignments.workableBy(me, id);
        SubmitResult result = generation.submit(me, assignment, form);
        if (result instanceof SubmitResult.Saved saved) {
            return flash.redirect(URI.create("/requests/" + saved.requestId()), FlashData.success("request_saved"));
        }
        SubmitResult.Rejected rejected = (SubmitResult.Rejected) result;
        return flash.redirect(URI.create("/assignments/" + id), new FlashData("error", rejected.messageKey(),
                rejected.messageArg(), form.values(), rejected.errors()));
    }

    /** The teacher's view of their class's requests still waiting or being generated. */
    @GET
    @Path("classes/{id}/queue")
    @RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
    public TemplateInstance classQueue(@RestPath long id) {
        SchoolClass schoolClass = classrooms.managedBy(currentUser.get(), id);
        return Templates.classQueue(schoolClass, GenerationRequest.pendingInClass(schoolClass.id),
                dailyQuotas.classUsage(schoolClass.id));
    }

    /** What the request page's script polls: the status and the place in the queue, as JSON. */
    @GET
    @Path("requests/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public RequestProgress progress(@RestPath long id) {
        AppUser me = currentUser.get();
        GenerationRequest request = GenerationRequest.findById(id);
        if (request == null || !mayView(me, request)) {
            throw new NotFoundException();
        }
        return new RequestProgress(request.status.name(), request.status.isFinal(), request.queuePosition());
    }

    /** The request page's live state. */
    public record RequestProgress(String status, boolean done, long queuePosition) {
    }

    /** One more image like these, from the same final prompt; the student's own succeeded requests only. */
    @POST
    @Path("requests/{id}/more")
    @RolesAllowed(Role.STUDENT_NAME)
    public Response moreLikeThis(@RestPath long id, @RestForm String requestKey) {
        AppUser me = currentUser.get();
        GenerationRequest original = GenerationRequest.findById(id);
        if (original == null || !original.student.id.equals(me.id) || original.status != RequestStatus.SUCCEEDED) {
            throw new NotFoundException();
        }
        SubmitResult result = generation.moreLikeThis(me, original, requestKey);
        if (result instanceof SubmitResult.Saved saved) {
            return flash.redirect(URI.create("/requests/" + saved.requestId()), FlashData.success("request_saved"));
        }
        SubmitResult.Rejected rejected = (SubmitResult.Rejected) result;
        return flash.redirect(URI.create("/requests/" + id), new FlashData("error", rejected.messageKey(),
                rejected.messageArg(), Map.of(), Map.of()));
    }

    /**
     * Where a prompt form lands when the session had expired: sign-in loses the POST and comes back here with a GET.
     * The draft is still in the browser (app.js); say what happened.
     */
    @GET
    @Path("assignments/{id}/requests")
    public Response afterExpiredSession(@RestPath long id) {
        assignments.visibleTo(currentUser.get(), id); // a stranger's id answers 404, like on every route
        return flash.redirect(URI.create("/assignments/" + id), FlashData.errorMessage("error_session_expired"));
    }

    @GET
    @Path("requests/{id}")
    public TemplateInstance request(@RestPath long id) {
        AppUser me = currentUser.get();
        GenerationRequest request = GenerationRequest.findById(id);
        if (request == null || !mayView(me, request)) {
            throw new NotFoundException();
        }
        boolean owner = request.student.id.equals(me.id);
        List<StoredImage> all = StoredImage.ofRequest(request);
        // The student sees what the safety check let through, and how many wait for the teacher; teachers see all.
        List<StoredImage> shown = owner ? all.stream().filter(StoredImage::shownToStudents).toList() : all;
        return Templates.request(request, shown, owner, owner ? HandIn.of(request.assignment, me).orElse(null) : null,
                UUID.randomUUID().toString(), all.size() - shown.size());
    }

    /** The student who asked, the class's teacher, or an admin. Classmates never see each other's requests. */
    private boolean mayView(AppUser me, GenerationRequest request) {
        if (request.student.id.equals(me.id) || me.isAdmin()) {
            return true;
        }
        return me.isTeacher() && request.assignment.schoolClass.isTaughtBy(me);
    }
}

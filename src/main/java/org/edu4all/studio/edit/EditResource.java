package org.edu4all.studio.edit;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.assignment.AssignmentService;
import org.edu4all.studio.generation.EditSource;
import org.edu4all.studio.generation.GenerationConfig;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.GenerationService;
import org.edu4all.studio.generation.PromptForm;
import org.edu4all.studio.generation.SubmitResult;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Edit with a mask: a student paints the area to change on one of their own images and says what to change. Only
 * the image's maker may edit it; for anyone else the page does not exist (404), like a missing id.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(StoredImage image, String requestKey, int maxPromptLength,
                long imagesLeft, boolean uploadTooLarge);
    }

    private final MaskCheck maskCheck = new MaskCheck();

    @Inject
    CurrentUser currentUser;

    @Inject
    AssignmentService assignments;

    @Inject
    GenerationService generation;

    @Inject
    GenerationConfig config;

    @Inject
    Flash flash;

    @GET
    @Path("images/{id}/edit")
    public TemplateInstance page(@RestPath long id, @RestQuery String upload) {
        AppUser me = currentUser.get();
        StoredImage image = ownImage(me, id);
        long left = image.request.assignment.imagesPerStudent
                - GenerationRequest.imagesUsed(image.request.assignment, me);
        return Templates.edit(image, UUID.randomUUID().toString(), config.maxPromptLength(), Math.max(0, left),
                "too-large".equals(upload));
    }

    /** The mask is checked first; then the words go through the same checks, policy and queue as any prompt. */
    @POST
    @Path("images/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestPath long id, @BeanParam EditForm form) {
        AppUser me = currentUser.get();
        StoredImage image = ownImage(me, id);
        Assignment assignment = assignments.workableBy(me, image.request.assignment.id);
        MaskCheck.Outcome mask = maskCheck.check(form.mask(), image);
        if (!mask.ok()) {
            return back(id, form, mask.problemKey(), null, Map.of("mask", mask.problemKey()));
        }
        PromptForm prompt = new PromptForm(form.prompt(), image.request.aspect.name(), "1", form.requestKey());
        SubmitResult result = generation.submitEdit(me, assignment, prompt, new EditSource(image.id, mask.mask()));
        if (result instanceof SubmitResult.Saved saved) {
            return flash.redirect(URI.create("/requests/" + saved.requestId()), FlashData.success("request_saved"));
        }
        SubmitResult.Rejected rejected = (SubmitResult.Rejected) result;
        return back(id, form, rejected.messageKey(), rejected.messageArg(), rejected.errors());
    }

    /** Back to the edit page with the message, the field errors and the student's words. */
    private Response back(long id, EditForm form, String key, String arg, Map<String, String> errors) {
        return flash.redirect(URI.create("/images/" + id + "/edit"),
                new FlashData("error", key, arg, Map.of("prompt", form.promptOrEmpty()), errors));
    }

    /**
     * The signed-in student's own image; anyone else's, a missing one, or one the second safety layer holds back (the
     * student may not see it, so may not edit it either) is "not found".
     */
    private static StoredImage ownImage(AppUser me, long id) {
        StoredImage image = StoredImage.find("from StoredImage i join fetch i.request r join fetch r.assignment"
                + " where i.id = ?1", id).firstResult();
        if (image == null || !me.isStudent() || !image.owner.id.equals(me.id) || !image.shownToStudents()) {
            throw new NotFoundException();
        }
        return image;
    }
}

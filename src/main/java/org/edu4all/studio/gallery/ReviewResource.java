package org.edu4all.studio.gallery;

import java.net.URI;
import java.util.Map;

import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.edu4all.studio.web.FormErrors;
import org.edu4all.studio.web.SameSite;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Teachers review hand-ins: approve, hide with a reason, give feedback. Each goes back to the page it came from. */
@Path("/")
@RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
public class ReviewResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewService reviews;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @POST
    @Path("hand-ins/{id}/approve")
    public Response approve(@RestPath long id, @RestHeader("Referer") String referer, @RestHeader("Host") String host) {
        AppUser me = currentUser.get();
        HandIn handIn = reviews.reviewableBy(me, id);
        reviews.approve(me, handIn);
        return flash.redirect(back(handIn, referer, host), FlashData.success("review_approved_done"));
    }

    @POST
    @Path("hand-ins/{id}/hide")
    public Response hide(@RestPath long id, @BeanParam ReviewForm form, @RestHeader("Referer") String referer,
            @RestHeader("Host") String host) {
        AppUser me = currentUser.get();
        HandIn handIn = reviews.reviewableBy(me, id);
        Map<String, String> errors = formErrors.of(form);
        if (form.reason() == null || form.reason().isBlank()) {
            errors = Map.of("reason", "error_reason_required");
        }
        if (!errors.isEmpty()) {
            return flash.redirect(back(handIn, referer, host),
                    FlashData.invalidForm("error_form_invalid", form.values(id), errors));
        }
        reviews.hide(me, handIn, form.reason());
        return flash.redirect(back(handIn, referer, host), FlashData.success("review_hidden_done"));
    }

    @POST
    @Path("hand-ins/{id}/feedback")
    public Response feedback(@RestPath long id, @BeanParam ReviewForm form, @RestHeader("Referer") String referer,
            @RestHeader("Host") String host) {
        AppUser me = currentUser.get();
        HandIn handIn = reviews.reviewableBy(me, id);
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(back(handIn, referer, host),
                    FlashData.invalidForm("error_form_invalid", form.values(id), errors));
        }
        reviews.giveFeedback(me, handIn, form.feedback());
        return flash.redirect(back(handIn, referer, host), FlashData.success("review_feedback_done"));
    }

    private static URI back(HandIn handIn, String referer, String host) {
        return SameSite.backTo(referer, host, URI.create("/assignments/" + handIn.assignment.id));
    }
}

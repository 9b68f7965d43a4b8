package org.edu4all.studio.safety;

import java.net.URI;

import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.jboss.resteasy.reactive.RestPath;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The release and keep-hidden buttons of the moderation log; each goes back to that log. */
@Path("/")
@RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
public class HeldImageResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    HeldImages held;

    @Inject
    Flash flash;

    @POST
    @Path("images/{id}/safety/release")
    public Response release(@RestPath long id) {
        AppUser me = currentUser.get();
        StoredImage image = held.decidableBy(me, id);
        held.release(me, image);
        return flash.redirect(log(image), FlashData.success("safety_released_done"));
    }

    @POST
    @Path("images/{id}/safety/hide")
    public Response keepHidden(@RestPath long id) {
        AppUser me = currentUser.get();
        StoredImage image = held.decidableBy(me, id);
        held.keepHidden(me, image);
        return flash.redirect(log(image), FlashData.success("safety_hidden_done"));
    }

    private static URI log(StoredImage image) {
        return URI.create("/classes/" + image.request.assignment.schoolClass.id + "/moderation#held-images");
    }
}

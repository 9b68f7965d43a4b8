package org.edu4all.studio.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.edu4all.studio.safety.ContentSafety;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.UserDirectory;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The landing page, sign-in, each role's home, and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();

        static native TemplateInstance studentHome(List<SchoolClass> classes, List<Assignment> assignments);

        static native TemplateInstance teacherHome(List<SchoolClass> classes);

        static native TemplateInstance adminHome(long users, long classes, long requests, ProviderStatus.Snapshot provider,
                Optional<ProviderStatus.Snapshot> safety);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserDirectory users;

    @Inject
    ImageGenerator generator;

    @Inject
    ContentSafety contentSafety;

    @GET
    public Object landing() {
        if (currentUser.orNull() != null) {
            return Response.seeOther(URI.create("/home")).build();
        }
        return Templates.landing();
    }

    /** The "sign in" button: OIDC authenticates first, then we record the sign-in and go home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        users.touch(currentUser.id());
        return Response.seeOther(URI.create("/home")).build();
    }

    @GET
    @Path("home")
    @Authenticated
    public TemplateInstance home() {
        AppUser me = currentUser.get();
        if (me.isStudent()) {
            return Templates.studentHome(SchoolClass.attendedBy(me), Assignment.forStudent(me));
        }
        if (me.isTeacher()) {
            return Templates.teacherHome(SchoolClass.taughtBy(me));
        }
        return Templates.adminHome(AppUser.count(), SchoolClass.count(), GenerationRequest.count(),
                generator.status(), contentSafety.status());
    }

    /**
     * Switches the language. Only a supported language is stored; the user goes back to the page they were on when
     * the browser says which one it was (same site only, so this is no open redirect).
     */
    @GET
    @Path("lang")
    public Response language(@RestQuery String to, @RestHeader("Referer") String referer,
            @RestHeader("Host") String host) {
        Response.ResponseBuilder redirect = Response.seeOther(SameSite.backTo(referer, host, URI.create("/")));
        if (UserLocale.supported(to) != null) {
            redirect.cookie(new NewCookie.Builder(UserLocale.COOKIE).value(to).path("/").maxAge(60 * 60 * 24 * 365)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return redirect.build();
    }
}

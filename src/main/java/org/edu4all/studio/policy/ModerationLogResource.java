package org.edu4all.studio.policy;

import java.util.List;

import org.edu4all.studio.classroom.ClassroomService;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The teacher's moderation log of a class: who tried what, when, and why it was blocked; and the images the second
 * safety layer flagged, to release or keep hidden.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.TEACHER_NAME, Role.ADMIN_NAME })
public class ModerationLogResource {

    /** The log shows the most recent attempts; older ones stay in the database. */
    static final int SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classLog(SchoolClass schoolClass, List<ModerationFlag> flags,
                List<GenerationRequest> blocked, List<StoredImage> flaggedImages);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassroomService classrooms;

    @GET
    @Path("classes/{id}/moderation")
    public TemplateInstance classLog(@RestPath long id) {
        SchoolClass schoolClass = classrooms.managedBy(currentUser.get(), id);
        return Templates.classLog(schoolClass, ModerationFlag.ofClass(schoolClass.id),
                GenerationRequest.blockedInClass(schoolClass.id, SHOWN), StoredImage.flaggedInClass(schoolClass.id, SHOWN));
    }
}

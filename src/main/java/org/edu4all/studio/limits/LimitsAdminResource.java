package org.edu4all.studio.limits;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.edu4all.studio.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admins set the daily image quotas (per student, per class) and see who changed them. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class LimitsAdminResource {

    static final URI PAGE = URI.create("/admin/limits");
    static final int HISTORY = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(UsageLimits limits, String perStudent, String perClass,
                List<UsageLimitsChange> history);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    LimitsAdminService limitsAdmin;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("admin/limits")
    @Transactional
    public TemplateInstance edit() {
        UsageLimits limits = UsageLimits.find("from UsageLimits l left join fetch l.updatedBy where l.id = ?1",
                UsageLimits.ID).firstResult();
        FlashData typed = flash.current();
        // After a rejected form, show what the admin typed; otherwise the saved values.
        boolean fromForm = typed.values().containsKey("imagesPerStudentPerDay");
        return Templates.edit(limits,
                fromForm ? typed.value("imagesPerStudentPerDay") : Integer.toString(limits.imagesPerStudentPerDay),
                fromForm ? typed.value("imagesPerClassPerDay") : Integer.toString(limits.imagesPerClassPerDay),
                UsageLimitsChange.latest(HISTORY));
    }

    @POST
    @Path("admin/limits")
    public Response save(@BeanParam LimitsForm form) {
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(PAGE, FlashData.invalidForm("error_form_invalid", form.values(), errors));
        }
        boolean saved = limitsAdmin.save(currentUser.id(), form.perStudent(), form.perClass());
        return flash.redirect(PAGE, FlashData.success(saved ? "limits_saved" : "limits_unchanged"));
    }
}

package org.edu4all.studio.policy.admin;

import org.edu4all.studio.security.Role;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit log of every policy change: who, when, what, before and after. Read-only. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyAuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(AuditPage audit);
    }

    /** The page number arrives as text; see {@link AuditPage#load}. */
    @GET
    @Path("admin/policy/audit")
    public TemplateInstance log(@RestQuery String page) {
        return Templates.log(AuditPage.load(page));
    }
}

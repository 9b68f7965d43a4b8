package org.edu4all.studio.policy.admin;

import java.util.Map;

import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FormErrors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * The disallow list and the allowlist, one entry at a time. Rooted at "/" like every page resource, so that Quarkus
 * REST matches all the app's routes together.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(ListsPage page);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PolicyListService lists;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("admin/policy")
    public TemplateInstance lists(@RestQuery String category, @RestQuery String language) {
        return Templates.lists(ListsPage.load(new ListFilter(category, language)));
    }

    @POST
    @Path("admin/policy/terms")
    public Response addTerm(@BeanParam TermForm form, @BeanParam ListFilter filter) {
        Map<String, String> errors = formErrors.of(form);
        if (errors.isEmpty() && !lists.addTerm(currentUser.id(), form.toTerm())) {
            errors = Map.of("term", "error_term_duplicate");
        }
        if (!errors.isEmpty()) {
            return flash.redirect(filter.pageUri(), AdminNotice.invalidForm(form.values(), errors));
        }
        return flash.redirect(filter.pageUri(), AdminNotice.success("term_added", form.toTerm().term()));
    }

    @POST
    @Path("admin/policy/terms/{id}/remove")
    public Response removeTerm(@RestPath long id, @BeanParam ListFilter filter) {
        return lists.removeTerm(currentUser.id(), id)
                .map(term -> flash.redirect(filter.pageUri(), AdminNotice.success("term_removed", term.term())))
                .orElseGet(() -> flash.redirect(filter.pageUri(), AdminNotice.error("entry_already_gone")));
    }

    @POST
    @Path("admin/policy/allowlist")
    public Response addPhrase(@BeanParam PhraseForm form, @BeanParam ListFilter filter) {
        Map<String, String> errors = formErrors.of(form);
        if (errors.isEmpty() && !lists.addPhrase(currentUser.id(), form.toPhrase())) {
            errors = Map.of("phrase", "error_phrase_duplicate");
        }
        if (!errors.isEmpty()) {
            return flash.redirect(filter.pageUri(), AdminNotice.invalidForm(form.values(), errors));
        }
        return flash.redirect(filter.pageUri(), AdminNotice.success("phrase_added", form.toPhrase().phrase()));
    }

    @POST
    @Path("admin/policy/allowlist/{id}/remove")
    public Response removePhrase(@RestPath long id, @BeanParam ListFilter filter) {
        return lists.removePhrase(currentUser.id(), id)
                .map(phrase -> flash.redirect(filter.pageUri(), AdminNotice.success("phrase_removed", phrase.phrase())))
                .orElseGet(() -> flash.redirect(filter.pageUri(), AdminNotice.error("entry_already_gone")));
    }
}

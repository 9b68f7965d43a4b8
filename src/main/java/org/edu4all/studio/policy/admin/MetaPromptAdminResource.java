package org.edu4all.studio.policy.admin;

import java.net.URI;
import java.util.Map;

import org.edu4all.studio.policy.MetaPrompt;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FlashData;
import org.edu4all.studio.web.FormErrors;
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
 * Edits the meta prompt, with a preview. "Preview" posts the draft like "save" does, and redirects to the page, which
 * shows the draft from the flash: Post/Redirect/Get for both buttons, and a long template never goes into a URL.
 * {@code ?sample=...&extra=...} previews the saved template with another sample.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class MetaPromptAdminResource {

    static final URI PAGE = URI.create("/admin/meta-prompt");
    /** The preview is below the form: land on it. */
    static final URI PREVIEW = URI.create("/admin/meta-prompt#preview");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(MetaPromptPage page);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    MetaPromptAdminService metaPrompts;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("admin/meta-prompt")
    public TemplateInstance edit(@RestQuery String sample, @RestQuery String extra) {
        FlashData typed = flash.current();
        MetaPromptAdminService.Saved saved = metaPrompts.saved();
        boolean fromForm = typed.values().containsKey("template");
        MetaPrompt shown = fromForm
                ? new MetaPrompt(typed.value("template"), Boolean.parseBoolean(typed.value("includeDisallowedTerms")))
                : saved.metaPrompt();
        String sampleText = firstNonBlank(sample, typed.value("sample"), MetaPromptPage.DEFAULT_SAMPLE);
        String extraText = firstNonBlank(extra, typed.value("extra"), "");
        boolean draft = fromForm && !shown.equals(saved.metaPrompt());
        return Templates.edit(new MetaPromptPage(shown.template(), shown.includeDisallowedTerms(), sampleText,
                extraText, draft, saved.updatedAt(), saved.updatedBy(),
                MetaPromptPage.previews(shown, sampleText, extraText.lines().toList(), metaPrompts.disallowedWords())));
    }

    @POST
    @Path("admin/meta-prompt")
    public Response save(@BeanParam MetaPromptForm form) {
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(form.values(), errors));
        }
        if (form.preview()) {
            return flash.redirect(PREVIEW, AdminNotice.success("meta_prompt_preview", form.values()));
        }
        boolean saved = metaPrompts.save(currentUser.id(), new MetaPrompt(form.template(), form.include()));
        // The sample stays for the next preview; the template comes from the database again.
        Map<String, String> sample = Map.of("sample", TermForm.orEmpty(form.sample()), "extra",
                TermForm.orEmpty(form.extra()));
        return flash.redirect(PAGE, AdminNotice.success(saved ? "meta_prompt_saved" : "meta_prompt_unchanged", sample));
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}

package org.edu4all.studio.policy.admin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.FormErrors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Bulk import of a list, pasted or uploaded, added to the list or replacing it. Every line is read before anything
 * is changed: one bad line, and the page lists all of them and changes nothing. The page also links the exports
 * ({@link PolicyExportResource}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyImportResource {

    static final URI PAGE = URI.create("/admin/policy/import");
    /** Enough to fix a spreadsheet in a few rounds, small enough for the flash. */
    static final int SHOWN_LINE_ERRORS = 50;
    private static final String LINE_ERRORS = "_lineErrors";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(List<LineError> lineErrors, List<Category> categories);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PolicyImportService importer;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @Inject
    ObjectMapper json;

    @GET
    @Path("admin/policy/import")
    public TemplateInstance importPage() {
        return Templates.importPage(lineErrors(flash.current().value(LINE_ERRORS)), List.of(Category.values()));
    }

    @POST
    @Path("admin/policy/import")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response importList(@BeanParam ImportForm form) {
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(form.values(), errors));
        }
        String text;
        try {
            text = form.hasText() ? form.text() : UploadedText.read(form.file());
        } catch (UploadedText.Problem problem) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(form.values(), Map.of("file", problem.key)));
        }
        if (form.terms()) {
            ListText.Parsed<DisallowedTerm> parsed = ListText.terms(text);
            return parsed.errors().isEmpty() && !parsed.entries().isEmpty()
                    ? done(importer.importTerms(currentUser.id(), parsed.entries(), form.replace()))
                    : rejected(form, parsed.errors());
        }
        ListText.Parsed<AllowedPhrase> parsed = ListText.phrases(text);
        return parsed.errors().isEmpty() && !parsed.entries().isEmpty()
                ? done(importer.importPhrases(currentUser.id(), parsed.entries(), form.replace()))
                : rejected(form, parsed.errors());
    }

    private Response done(ListSync.Result result) {
        if (!result.changed()) {
            return flash.redirect(PAGE, AdminNotice.success("import_unchanged", Integer.toString(result.unchanged())));
        }
        return flash.redirect(PAGE, AdminNotice.success("import_done", Map.of("_added",
                Integer.toString(result.added()), "_updated", Integer.toString(result.updated()), "_removed",
                Integer.toString(result.removed()), "_unchanged", Integer.toString(result.unchanged()))));
    }

    /** Bad lines, or no entry at all (an empty list must never replace the real one). */
    private Response rejected(ImportForm form, List<LineError> lineErrors) {
        if (lineErrors.isEmpty()) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(form.values(),
                    Map.of(form.hasText() ? "text" : "file", "error_import_empty")));
        }
        Map<String, String> values = new HashMap<>(form.values());
        values.put(LINE_ERRORS, write(lineErrors.subList(0, Math.min(SHOWN_LINE_ERRORS, lineErrors.size()))));
        String key = lineErrors.size() == 1 ? "import_line_error" : "import_line_errors";
        return flash.redirect(PAGE, AdminNotice.error(key, values, Integer.toString(lineErrors.size())));
    }

    private String write(List<LineError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("line errors are always serialisable", e);
        }
    }

    private List<LineError> lineErrors(String written) {
        if (written.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(written, new TypeReference<List<LineError>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}

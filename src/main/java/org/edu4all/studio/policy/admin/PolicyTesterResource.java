package org.edu4all.studio.policy.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.policy.PolicyService;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The dry-run tester: checks prompts against the live policy and changes nothing.
 *
 * <p>One prompt is a GET form ({@code ?prompt=}): read-only, so it needs no CSRF token, and the result can be
 * bookmarked or reloaded. A batch (pasted, or a file) is too big for a URL, so it is a POST; the POST only keeps the
 * text in the server-side flash and redirects, and the GET checks it and renders the results. That keeps
 * Post/Redirect/Get (reloading the results page never re-posts a file) without storing any result.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyTesterResource {

    static final URI PAGE = URI.create("/admin/policy/test");
    private static final String TOTAL = "_total";
    /** A file up to the size a paste may have is kept as it is, so the textarea shows it for another try. */
    private static final int MAX_KEPT = 60_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tester(TesterPage page);
    }

    @Inject
    PolicyService policy;

    @Inject
    FormErrors formErrors;

    @Inject
    Flash flash;

    @GET
    @Path("admin/policy/test")
    public TemplateInstance tester(@RestQuery String prompt) {
        FlashData typed = flash.current();
        if (prompt != null && !prompt.isBlank()) {
            return Templates.tester(new TesterPage(prompt, "", List.of(check(prompt)), 1, PromptLines.CAP));
        }
        String batch = typed.value("prompts");
        PromptLines lines = PromptLines.parse(batch, PromptLines.CAP);
        int total = Math.max(lines.total(), parseOrZero(typed.value(TOTAL)));
        List<TesterPage.Tested> results = lines.prompts().stream().map(this::check).toList();
        return Templates.tester(new TesterPage("", batch, results, total, PromptLines.CAP));
    }

    @POST
    @Path("admin/policy/test")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response testBatch(@BeanParam TesterForm form) {
        Map<String, String> typed = Map.of("prompts", TermForm.orEmpty(form.prompts()));
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(typed, errors));
        }
        if (form.prompts() != null && !form.prompts().isBlank()) {
            return flash.redirect(PAGE, new FlashData(null, null, null, typed, Map.of()));
        }
        try {
            String text = UploadedText.read(form.file());
            if (text.length() <= MAX_KEPT) {
                return flash.redirect(PAGE, new FlashData(null, null, null, Map.of("prompts", text), Map.of()));
            }
            // A long file: keep only the prompts that will be checked, and how many there were.
            PromptLines lines = PromptLines.parse(text, PromptLines.CAP);
            return flash.redirect(PAGE, new FlashData(null, null, null,
                    Map.of("prompts", String.join("\n", lines.prompts()), TOTAL, Integer.toString(lines.total())),
                    Map.of()));
        } catch (UploadedText.Problem problem) {
            return flash.redirect(PAGE, AdminNotice.invalidForm(typed, Map.of("file", problem.key)));
        }
    }

    private TesterPage.Tested check(String prompt) {
        return TesterPage.Tested.of(prompt, policy.evaluate(prompt));
    }

    private static int parseOrZero(String number) {
        try {
            return number.isEmpty() ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

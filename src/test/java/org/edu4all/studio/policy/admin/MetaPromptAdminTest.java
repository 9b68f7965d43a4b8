package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.policy.MetaPrompt;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.support.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Editing the meta prompt: validation that keeps the text, a preview that saves nothing, a save that applies now. */
@QuarkusTest
@TestSecurity(user = MetaPromptAdminTest.ADMIN, roles = "admin")
class MetaPromptAdminTest {

    static final String ADMIN = "admin-meta-1";
    static final String PAGE = "/admin/meta-prompt";

    @Inject
    PolicyService policy;

    @Inject
    MetaPromptAdminService metaPrompts;

    /** Other tests expect the lesson's meta prompt. */
    @AfterEach
    void restoreDefault() {
        long adminId = org.edu4all.studio.support.TestData.user(ADMIN, org.edu4all.studio.security.Role.ADMIN).id;
        metaPrompts.save(adminId, MetaPrompt.DEFAULT);
        assertThat(policy.metaPrompt()).isEqualTo(MetaPrompt.DEFAULT);
    }

    @Test
    void pageShowsTheSavedTemplateAndAPreviewForEachShape() {
        String page = given().get(PAGE).asString();
        assertThat(page).contains("You are an assistant designer that creates images for children.")
                .contains("The image needs to be in landscape format.")
                .contains("The image needs to be in portrait format.")
                .contains("The image needs to be in square format.")
                .contains("Perro junto a la Torre Eiffel a primera hora de la mañana")
                .contains("Desmarcado por defecto: enumerar esas palabras puede hacer saltar");
        assertThat(given().queryParam("sample", "Un faro zzq").get(PAGE).asString()).contains("Un faro zzq");
    }

    @Test
    void templateWithoutThePromptPlaceholderIsRejectedKeepingTheText() {
        long before = AuditAssert.latestId();
        Response rejected = FormSession.open(PAGE).post().formParam("template", "Draw nicely: zzqtest-no-placeholder")
                .formParam("action", "save").post(PAGE);

        String page = Prg.page(rejected);
        assertThat(page).contains("La plantilla debe incluir el marcador {prompt}")
                .contains("Draw nicely: zzqtest-no-placeholder").contains("aria-invalid=\"true\"");
        assertThat(policy.metaPrompt()).isEqualTo(MetaPrompt.DEFAULT);

        String tooLong = "{prompt}" + "x".repeat(MetaPromptForm.MAX_TEMPLATE);
        page = Prg.page(FormSession.open(PAGE).post().formParam("template", tooLong).post(PAGE));
        assertThat(page).contains("La plantilla es demasiado larga");
        assertThat(AuditAssert.since(before)).isEmpty();
    }

    @Test
    void previewShowsTheDraftWithoutSavingIt() {
        long before = AuditAssert.latestId();
        Response preview = FormSession.open(PAGE).post()
                .formParam("template", "Zzq draft for kids, {format}.\r\n{extra}{disallowed}{prompt}")
                .formParam("includeDisallowedTerms", "true").formParam("sample", "Un gato en la luna")
                .formParam("extra", "monumentos, educativo").formParam("action", "preview").post(PAGE);

        String page = Prg.page(preview);
        assertThat(page).contains("Vista previa del borrador: todavía no está guardado.")
                .contains("Zzq draft for kids, portrait.\nmonumentos, educativo\nNever show any of these: ")
                .contains("Un gato en la luna");
        assertThat(policy.metaPrompt()).isEqualTo(MetaPrompt.DEFAULT);
        assertThat(AuditAssert.since(before)).isEmpty();
    }

    @Test
    void savedTemplateAppliesAtOnceAndIsAudited() {
        long before = AuditAssert.latestId();
        String template = "Zzq safe picture for children, {format}.\r\n{extra}{prompt}";

        Response saved = FormSession.open(PAGE).post().formParam("template", template).formParam("action", "save")
                .post(PAGE);

        assertThat(Prg.page(saved)).contains("Meta prompt guardado. Ya se aplica.")
                .contains("Vista previa de la plantilla guardada.").contains("Última modificación:");
        assertThat(policy.finalPrompt("un perro", Aspect.LANDSCAPE, List.of()))
                .isEqualTo("Zzq safe picture for children, landscape.\nun perro");
        List<AuditAssert.Seen> audit = AuditAssert.since(before);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo(ADMIN);
        assertThat(audit.get(0).action()).isEqualTo("meta-prompt");
        assertThat(audit.get(0).before())
                .isEqualTo("include-disallowed-terms: false\n\n" + MetaPrompt.DEFAULT_TEMPLATE);
        assertThat(audit.get(0).after()).isEqualTo(
                "include-disallowed-terms: false\n\nZzq safe picture for children, {format}.\n{extra}{prompt}");

        Response unchanged = FormSession.open(PAGE).post().formParam("template", template).post(PAGE);
        assertThat(Prg.page(unchanged)).contains("No había cambios que guardar.");
        assertThat(AuditAssert.since(before)).hasSize(1);
        assertThat(given().get("/admin/policy/audit").asString()).contains("Meta prompt modificado").contains(ADMIN);
    }
}

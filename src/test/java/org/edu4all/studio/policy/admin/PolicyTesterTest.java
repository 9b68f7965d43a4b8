package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.edu4all.studio.support.FormSession;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The dry-run tester shows each verdict with the normalised form, and changes nothing. */
@QuarkusTest
@TestSecurity(user = "admin-tester-1", roles = "admin")
class PolicyTesterTest {

    static final String PAGE = "/admin/policy/test";

    @Test
    void onePromptShowsVerdictCategoryTermRuleAndNormalisedForm() {
        long before = AuditAssert.latestId();
        String page = given().queryParam("prompt", "Un niño con una 3SP4DA").get(PAGE).asString();

        assertThat(page).contains("Bloqueado").contains("WEAPONS").contains("Armas").contains(">espadas<")
                .contains("<code>un nino con una espada</code>");
        assertThat(given().queryParam("prompt", "un pez espada en el mar").get(PAGE).asString())
                .contains("Permitido").doesNotContain("status-blocked");
        assertThat(AuditAssert.since(before)).isEmpty();
    }

    @Test
    void pastedBatchFollowsThePolicyCheckRules() {
        String batch = "# label\tslice\tprompt\nblock\tweapons\tuna espada enorme\n\nallow\tfish\tswordfish\nun gato\n";

        Response checked = FormSession.open(PAGE).post().formParam("prompts", batch).post(PAGE);

        String page = Prg.page(checked);
        assertThat(page).contains("Comprobados: 3. Bloqueados: 1.").contains(">una espada enorme</td>")
                .contains(">swordfish</td>").contains(">un gato</td>").doesNotContain(">label</td>")
                .contains(batch.substring(0, 20));                    // the textarea keeps what was pasted
    }

    @Test
    void uploadedFileIsCappedWithAClearMessage() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < PromptLines.CAP + 20; i++) {
            file.append("un dibujo número ").append(i).append('\n');
        }

        Response checked = AdminSession.open(PAGE).multipart()
                .file("file", "prompts.txt", file.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(PAGE);

        String page = Prg.page(checked);
        assertThat(page).contains("Solo se han comprobado los primeros 500 de 520 textos.")
                .contains("Comprobados: 500. Bloqueados: 0.").contains("un dibujo número 499")
                .doesNotContain("un dibujo número 500<");
    }

    @Test
    void emptyBatchIsRejected() {
        String page = Prg.page(FormSession.open(PAGE).post().formParam("prompts", "  ").post(PAGE));
        assertThat(page).contains("Pega los textos o elige un archivo");
    }
}

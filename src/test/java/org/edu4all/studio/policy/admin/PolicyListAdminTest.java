package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edu4all.studio.policy.AllowedPhraseEntry;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.PolicyTermEntry;
import org.edu4all.studio.policy.Verdict;
import org.edu4all.studio.support.FormSession;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Adding and removing single entries takes effect at once, and each change leaves one audit entry. */
@QuarkusTest
class PolicyListAdminTest {

    static final String ADMIN = "admin-lists-1";
    static final String TERM = "zzqtest-dragonfruit";

    @Inject
    PolicyService policy;

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void addedTermBlocksAtOnceAndRemovedTermAllowsAgain() {
        assertThat(policy.check("un " + TERM + " grande").blocked()).isFalse();
        long before = AuditAssert.latestId();

        Response added = FormSession.open("/admin/policy").post().formParam("term", "  " + TERM + " ")
                .formParam("termLanguage", "en").formParam("termCategory", "weapons")
                .formParam("filterCategory", "WEAPONS").post("/admin/policy/terms");

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.getHeader("Location")).endsWith("/admin/policy?category=WEAPONS");
        assertThat(FormSession.follow(added).asString())
                .contains("Añadido «" + TERM + "» a los términos prohibidos")
                .contains(">" + TERM + "</td>");
        Verdict verdict = policy.check("un " + TERM + " grande");
        assertThat(verdict).isInstanceOf(Verdict.Block.class);
        assertThat(((Verdict.Block) verdict).category()).isEqualTo(Category.WEAPONS);
        assertThat(policy.check("two " + TERM + "s").blocked()).as("the engine adds the plural").isTrue();

        long id = QuarkusTransaction.requiringNew()
                .call(() -> PolicyTermEntry.<PolicyTermEntry>find("term", TERM).firstResult().id);
        Response removed = FormSession.open("/admin/policy").post().post("/admin/policy/terms/" + id + "/remove");

        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(FormSession.follow(removed).asString()).contains("Quitado «" + TERM + "»");
        assertThat(policy.check("un " + TERM + " grande").blocked()).isFalse();

        List<AuditAssert.Seen> audit = AuditAssert.since(before);
        assertThat(audit).containsExactly(
                new AuditAssert.Seen(ADMIN, "term-add", null, "+ " + TERM + " (en, WEAPONS)"),
                new AuditAssert.Seen(ADMIN, "term-remove", "- " + TERM + " (en, WEAPONS)", null));
        String log = given().get("/admin/policy/audit").asString();
        assertThat(log).contains(ADMIN).contains("Término añadido").contains("Término quitado")
                .contains("+ " + TERM + " (en, WEAPONS)");
    }

    @Test
    @TestSecurity(user = "admin-lists-2", roles = "admin")
    void duplicateAndInvalidTermsAreRejectedKeepingWhatWasTyped() {
        long before = AuditAssert.latestId();
        // "espadas" is on the default list; the same word in capitals is the same entry to the engine.
        Response duplicate = FormSession.open("/admin/policy").post().formParam("term", "ESPADAS")
                .formParam("termLanguage", "es").formParam("termCategory", "WEAPONS").post("/admin/policy/terms");
        String page = FormSession.follow(duplicate).asString();
        assertThat(page).contains("Ese término ya está en la lista para ese idioma.").contains("value=\"ESPADAS\"")
                .contains("aria-invalid=\"true\"");

        Response invalid = FormSession.open("/admin/policy").post().formParam("term", "zzqtest-x\ty")
                .formParam("termLanguage", "fr").formParam("termCategory", "NOT_A_CATEGORY")
                .post("/admin/policy/terms");
        assertThat(invalid.statusCode()).isEqualTo(303);
        page = FormSession.follow(invalid).asString();
        assertThat(page).contains("Revisa lo que está marcado").contains("No puede empezar por #")
                .contains("Elige español o inglés.").contains("Elige una categoría de la lista.");

        Response gone = FormSession.open("/admin/policy").post().post("/admin/policy/terms/999999999/remove");
        assertThat(gone.statusCode()).isEqualTo(303);
        assertThat(FormSession.follow(gone).asString()).contains("Esa entrada ya no estaba en la lista");
        assertThat(AuditAssert.since(before)).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin-lists-3", roles = "admin")
    void allowedPhraseOverridesTheListUntilItIsRemoved() {
        String phrase = "espada zzqtest";
        assertThat(policy.check("una " + phrase + " roja").blocked()).isTrue();
        long before = AuditAssert.latestId();

        Response added = FormSession.open("/admin/policy").post().formParam("phrase", phrase)
                .formParam("phraseLanguage", "es").post("/admin/policy/allowlist");
        assertThat(FormSession.follow(added).asString())
                .contains("Añadida «" + phrase + "» a las frases permitidas");
        assertThat(policy.check("una " + phrase + " roja").blocked()).isFalse();
        assertThat(policy.check("una espada roja").blocked()).as("the word alone still blocks").isTrue();

        long id = QuarkusTransaction.requiringNew()
                .call(() -> AllowedPhraseEntry.<AllowedPhraseEntry>find("phrase", phrase).firstResult().id);
        FormSession.open("/admin/policy").post().post("/admin/policy/allowlist/" + id + "/remove")
                .then().statusCode(303);
        assertThat(policy.check("una " + phrase + " roja").blocked()).isTrue();
        assertThat(AuditAssert.since(before)).extracting(AuditAssert.Seen::action)
                .containsExactly("allowed-add", "allowed-remove");
    }

    @Test
    @TestSecurity(user = "admin-lists-5", roles = "admin")
    void auditLogPagesToTheSystemsFirstSeeding() {
        String last = given().get("/admin/policy/audit?page=999999").asString();
        assertThat(last).contains("Instalación de la lista por defecto").contains("el sistema")
                .containsPattern("Página (\\d+) de \\1");
        assertThat(given().get("/admin/policy/audit?page=abc").asString()).contains("Página 1 de");
    }

    @Test
    @TestSecurity(user = "admin-lists-4", roles = "admin")
    void filterShowsOneCategoryAndLanguageWithCounts() {
        String page = given().get("/admin/policy?category=weapons&language=es").asString();
        assertThat(page).contains(">espadas</td>").doesNotContain(">swords</td>").doesNotContain(">sangre</td>")
                .containsPattern("Se muestran \\d+ de \\d+ términos");
        assertThat(given().header("Accept-Language", "en").get("/admin/policy").asString())
                .contains("Disallowed terms").contains("Allowed phrases").contains("Weapons");
        String all = given().get("/admin/policy?category=bogus&language=xx").asString();
        assertThat(all).contains(">espadas</td>").contains(">swords</td>")
                .containsPattern("Términos en la lista: \\d+");
    }
}

package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhraseEntry;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyListFormat;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.PolicyTermEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Bulk import (add or replace, pasted or uploaded) and export, in the one format both read. */
@QuarkusTest
@TestSecurity(user = PolicyImportTest.ADMIN, roles = "admin")
class PolicyImportTest {

    static final String ADMIN = "admin-import-1";
    static final String PAGE = "/admin/policy/import";

    @Inject
    PolicyService policy;

    /** What these tests add goes again, without touching the default list other tests rely on. */
    @AfterEach
    void removeTestEntries() {
        QuarkusTransaction.requiringNew().run(() -> {
            PolicyTermEntry.delete("term like 'zzqtest%'");
            AllowedPhraseEntry.delete("phrase like 'zzqtest%'");
        });
        policy.reload();
    }

    @Test
    void badLinesChangeNothingAndAreAllReportedWithTheirNumbers() {
        long before = AuditAssert.latestId();
        String text = "zzqtest-imp-a\tes\tWEAPONS\nzzqtest-imp-b\tes\tNOPE\n# a comment\nzzqtest-imp-c,es\n"
                + "zzqtest-imp-d\tfr\tGORE\n";

        Response rejected = post("terms", "add", false, text);

        assertThat(rejected.statusCode()).isEqualTo(303);
        String page = Prg.page(rejected);
        assertThat(page).contains("No se ha cambiado nada: 3 líneas no se pueden leer")
                .contains("Línea 2:").contains("la categoría no existe")
                .contains("Línea 4:").contains("hacen falta tres campos")
                .contains("Línea 5:").contains("el idioma debe ser es o en")
                .doesNotContain("Línea 1:")
                .contains("zzqtest-imp-a\tes\tWEAPONS\nzzqtest-imp-b");        // the text is given back
        assertThat(count("zzqtest-imp-a")).isZero();
        assertThat(policy.check("zzqtest-imp-a").blocked()).isFalse();
        assertThat(AuditAssert.since(before)).isEmpty();
    }

    @Test
    void uploadedFileAddsTermsAtOnceWithOneAuditEntry() {
        long before = AuditAssert.latestId();
        String file = "term\tlanguage\tcategory\nzzqtest-imp-e\ten\tGORE\nzzqtest-imp-f\tes\tself-harm\n"
                + "zzqtest-imp-e\ten\tGORE\n";

        Response imported = AdminSession.open(PAGE).multipart().field("list", "terms").field("mode", "add")
                .file("file", "lista.tsv", file.getBytes(StandardCharsets.UTF_8), "text/tab-separated-values")
                .post(PAGE);

        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(Prg.page(imported)).contains("Lista importada")
                .contains("Añadidas: 2. Cambiadas: 0. Quitadas: 0. Sin cambios: 0.");
        assertThat(policy.check("lots of zzqtest-imp-e").blocked()).isTrue();
        assertThat(policy.check("zzqtest-imp-f").blocked()).isTrue();
        assertThat(AuditAssert.since(before)).containsExactly(new AuditAssert.Seen(ADMIN, "terms-import-add", null,
                "+ zzqtest-imp-e (en, GORE)\n+ zzqtest-imp-f (es, SELF_HARM)"));

        Response again = post("terms", "add", false, file);
        assertThat(Prg.page(again)).contains("No había nada nuevo: todo lo importado (2) ya estaba en la lista.");
        assertThat(AuditAssert.since(before)).hasSize(1);
    }

    @Test
    void replacingNeedsConfirmationAndAnEmptyListIsNeverImported() {
        long before = AuditAssert.latestId();
        String page = Prg.page(post("allowlist", "replace", false, "zzqtest solo\tes\n"));
        assertThat(page).contains("marca la casilla de confirmación").contains("zzqtest solo");

        page = Prg.page(post("terms", "replace", true, "# nothing but a comment\n"));
        assertThat(page).contains("No hay ninguna entrada que importar.");

        page = Prg.page(AdminSession.open(PAGE).multipart().field("list", "terms")
                .field("mode", "add").field("text", "zzqtest-imp-g\tes\tGORE")
                .file("file", "x.tsv", "zzqtest-imp-h\tes\tGORE".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(PAGE));
        assertThat(page).contains("una de las dos cosas");

        page = Prg.page(AdminSession.open(PAGE).multipart().field("list", "terms")
                .field("mode", "add").file("file", "latin1.tsv",
                        "zzqtest-niño\tes\tGORE".getBytes(StandardCharsets.ISO_8859_1), "text/plain").post(PAGE));
        assertThat(page).contains("El archivo no está en UTF-8");
        assertThat(AuditAssert.since(before)).isEmpty();
        assertThat(policy.check("espadas").blocked()).isTrue();
    }

    @Test
    void replacingTheAllowlistAddsAndRemovesAndRecordsTheDiff() {
        String original = given().get("/admin/policy/allowlist.tsv").asString();
        long before = AuditAssert.latestId();

        Response replaced = post("allowlist", "replace", true, original + "zzqtest frase\tes\n");
        assertThat(Prg.page(replaced)).contains("Añadidas: 1. Cambiadas: 0. Quitadas: 0.");
        Response restored = post("allowlist", "replace", true, original);
        assertThat(Prg.page(restored)).contains("Añadidas: 0. Cambiadas: 0. Quitadas: 1.");

        assertThat(AuditAssert.since(before)).containsExactly(
                new AuditAssert.Seen(ADMIN, "allowlist-import-replace", null, "+ zzqtest frase (es)"),
                new AuditAssert.Seen(ADMIN, "allowlist-import-replace", "- zzqtest frase (es)", null));
        assertThat(given().get("/admin/policy/allowlist.tsv").asString()).isEqualTo(original);
    }

    @Test
    void exportedListsReadBackAsTheSameList() throws IOException {
        // A term with a comma and quotes, so that the CSV has to quote it.
        QuarkusTransaction.requiringNew().run(() -> {
            PolicyTermEntry entry = new PolicyTermEntry();
            entry.term = "zzqtest \"quoted\", comma";
            entry.language = "es";
            entry.category = org.edu4all.studio.policy.Category.HATE;
            entry.createdAt = java.time.Instant.now();
            entry.persist();
        });
        policy.reload();
        Response tsv = given().get("/admin/policy/terms.tsv");
        Response csv = given().get("/admin/policy/terms.csv");
        assertThat(tsv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"edu4all-terms.tsv\"");
        assertThat(tsv.getContentType()).startsWith("text/tab-separated-values");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.asString()).contains("\"zzqtest \"\"quoted\"\", comma\",es,HATE");

        List<DisallowedTerm> fromTsv = PolicyListFormat.readTerms(new StringReader(tsv.asString()), "tsv");
        List<DisallowedTerm> fromCsv = PolicyListFormat.readTerms(new StringReader(csv.asString()), "csv");
        List<DisallowedTerm> stored = QuarkusTransaction.requiringNew().call(() -> PolicyTermEntry
                .<PolicyTermEntry>listAll().stream().map(PolicyTermEntry::toTerm).toList());
        assertThat(new HashSet<>(fromTsv)).isEqualTo(new HashSet<>(stored)).hasSize(stored.size());
        assertThat(new HashSet<>(fromCsv)).isEqualTo(new HashSet<>(stored));

        long before = AuditAssert.latestId();
        Response reimported = AdminSession.open(PAGE).multipart().field("list", "terms")
                .field("mode", "replace").field("confirmReplace", "yes")
                .file("file", "edu4all-terms.csv", csv.asByteArray(), "text/csv").post(PAGE);
        assertThat(Prg.page(reimported)).contains("No había nada nuevo");
        Response pasted = post("terms", "replace", true, tsv.asString());
        assertThat(Prg.page(pasted)).contains("No había nada nuevo");
        assertThat(AuditAssert.since(before)).as("an import that changes nothing is no change").isEmpty();
    }

    @Test
    void replacingUpdatesAChangedCategoryAndRecordsBothSides() {
        Prg.page(post("terms", "add", false, "zzqtest-cat\tes\tGORE\n"));
        String current = given().get("/admin/policy/terms.tsv").asString();
        long before = AuditAssert.latestId();

        String recategorised = current.replace("zzqtest-cat\tes\tGORE", "zzqtest-cat\tes\tHATE");

        Response replaced = post("terms", "replace", true, recategorised);

        assertThat(Prg.page(replaced)).contains("Añadidas: 0. Cambiadas: 1. Quitadas: 0.");
        assertThat(AuditAssert.since(before)).containsExactly(new AuditAssert.Seen(ADMIN, "terms-import-replace",
                "- zzqtest-cat (es, GORE)", "+ zzqtest-cat (es, HATE)"));
        assertThat(((org.edu4all.studio.policy.Verdict.Block) policy.check("zzqtest-cat")).category())
                .isEqualTo(org.edu4all.studio.policy.Category.HATE);
        assertThat(policy.check("espadas").blocked()).isTrue();
    }

    /** The app refuses any form field over 64 KB before it reaches us; what matters is that it is not a 500. */
    @Test
    void pasteTooLongForTheFormIsRefusedWithoutAServerError() {
        String huge = "zzqtest-big\tes\tGORE\n".repeat(4000);

        Response response = post("terms", "add", false, huge);

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(count("zzqtest-big")).isZero();
    }

    /** Pasted text, sent as a browser sends it when no file was chosen: with an empty file part. */
    private static Response post(String list, String mode, boolean confirm, String text) {
        AdminSession.Multipart request = AdminSession.open(PAGE).multipart().field("list", list).field("mode", mode)
                .field("text", text).file("file", "", new byte[0], "application/octet-stream");
        if (confirm) {
            request.field("confirmReplace", "yes");
        }
        return request.post(PAGE);
    }

    private static long count(String term) {
        return QuarkusTransaction.requiringNew().call(() -> PolicyTermEntry.count("term", term));
    }
}

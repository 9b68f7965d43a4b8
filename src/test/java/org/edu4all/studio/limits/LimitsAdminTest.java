package org.edu4all.studio.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edu4all.studio.support.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** {@code /admin/limits}: admins only, Post/Redirect/Get with CSRF, validation that keeps the input, and an audit. */
@QuarkusTest
class LimitsAdminTest {

    static final String PAGE = "/admin/limits";
    static final String ADMIN = "admin-limits-1";

    @AfterEach
    void restoreDefaults() {
        DailyLimits.set(20, 300);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void adminChangesTheLimitsAndTheChangeIsAudited() {
        long before = latestAuditId();
        Response saved = FormSession.open(PAGE).post().formParam("imagesPerStudentPerDay", "12")
                .formParam("imagesPerClassPerDay", "250").post(PAGE);

        String page = followed(saved);
        assertThat(page).contains("Límites guardados").contains("value=\"12\"").contains("value=\"250\"")
                .contains("Último cambio:").contains(ADMIN);
        UsageLimits limits = current();
        assertThat(limits.imagesPerStudentPerDay).isEqualTo(12);
        assertThat(limits.imagesPerClassPerDay).isEqualTo(250);
        List<UsageLimitsChange> audit = auditSince(before);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor.subject).isEqualTo(ADMIN);
        assertThat(audit.get(0).beforeText).contains("images-per-student-per-day: 20");
        assertThat(audit.get(0).afterText).contains("images-per-student-per-day: 12")
                .contains("images-per-class-per-day: 250");
        assertThat(page).contains("images-per-student-per-day: 12");

        // Saving the same values again changes nothing and audits nothing.
        String again = followed(FormSession.open(PAGE).post().formParam("imagesPerStudentPerDay", "12")
                .formParam("imagesPerClassPerDay", "250").post(PAGE));
        assertThat(again).contains("No había nada que cambiar");
        assertThat(auditSince(before)).hasSize(1);
    }

    @ParameterizedTest(name = "student \"{0}\", class \"{1}\"")
    @CsvSource({ "-3, 300", "abc, 300", "20, 99999999999999999999", "0, 300", "20, 1.5", "'', ''", "1001, 100001" })
    @TestSecurity(user = ADMIN, roles = "admin")
    void badInputIsRefusedWithAMessageKeepingWhatWasTyped(String perStudent, String perClass) {
        long before = latestAuditId();
        Response rejected = FormSession.open(PAGE).post().formParam("imagesPerStudentPerDay", perStudent)
                .formParam("imagesPerClassPerDay", perClass).post(PAGE);

        assertThat(rejected.statusCode()).isEqualTo(303);
        String page = followed(rejected);
        assertThat(page).contains("Revisa lo que está marcado").contains("aria-invalid=\"true\"")
                .contains("value=\"" + perStudent + "\"").contains("value=\"" + perClass + "\"");
        assertThat(page).containsAnyOf("Escribe un número entero entre 1 y 1000.",
                "Escribe un número entero entre 1 y 100000.");
        assertThat(current().imagesPerStudentPerDay).isEqualTo(20);
        assertThat(auditSince(before)).isEmpty();
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void messagesFollowTheLanguage() {
        Response rejected = FormSession.open(PAGE).post().cookie("lang", "en")
                .formParam("imagesPerStudentPerDay", "lots").formParam("imagesPerClassPerDay", "300").post(PAGE);
        String page = given().redirects().follow(false).cookie("flash", rejected.getCookie("flash"))
                .cookie("lang", "en").get(PAGE).asString();
        assertThat(page).contains("Write a whole number from 1 to 1000.").contains("value=\"lots\"");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void aFormWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("imagesPerStudentPerDay", "7").formParam("imagesPerClassPerDay", "70").post(PAGE)
                .then().statusCode(400);
        assertThat(current().imagesPerStudentPerDay).isEqualTo(20);
    }

    @Test
    @TestSecurity(user = "admin-limits-home", roles = "admin")
    void theAdminHomeLinksToThePage() {
        assertThat(given().get("/").asString()).contains("href=\"/admin/limits\"");
    }

    @Test
    @TestSecurity(user = "student-limits-access", roles = "student")
    void studentsAreForbidden() {
        expectForbidden();
    }

    @Test
    @TestSecurity(user = "teacher-limits-access", roles = "teacher")
    void teachersAreForbidden() {
        expectForbidden();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Response response = given().redirects().follow(false).get(PAGE);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getHeader("Location")).contains("/authorize");
    }

    private static void expectForbidden() {
        assertThat(given().redirects().follow(false).get(PAGE).statusCode()).isEqualTo(403);
        // Even with a valid CSRF token from a page they may open, the role check refuses the POST.
        assertThat(FormSession.open("/classes").post().formParam("imagesPerStudentPerDay", "1")
                .formParam("imagesPerClassPerDay", "1").post(PAGE).statusCode()).isEqualTo(403);
        assertThat(current().imagesPerStudentPerDay).isEqualTo(20);
    }

    private static String followed(Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        Response page = FormSession.follow(redirect);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }

    private static UsageLimits current() {
        return QuarkusTransaction.requiringNew().call(UsageLimits::current);
    }

    private static long latestAuditId() {
        return QuarkusTransaction.requiringNew().<Long>call(() -> UsageLimitsChange.find("select coalesce(max(c.id), 0)"
                + " from UsageLimitsChange c").project(Long.class).<Long>firstResult());
    }

    private static List<UsageLimitsChange> auditSince(long id) {
        return QuarkusTransaction.requiringNew().call(() -> UsageLimitsChange.<UsageLimitsChange>list(
                "from UsageLimitsChange c join fetch c.actor where c.id > ?1 order by c.id", id));
    }
}

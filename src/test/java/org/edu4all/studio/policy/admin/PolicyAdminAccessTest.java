package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.edu4all.studio.support.FormSession;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Every admin route is for admins only, and every admin form needs its CSRF token. */
@QuarkusTest
class PolicyAdminAccessTest {

    static final String[] PAGES = { "/admin/policy", "/admin/policy?category=weapons&language=es",
            "/admin/policy/import", "/admin/meta-prompt", "/admin/policy/test", "/admin/policy/test?prompt=hola",
            "/admin/policy/audit", "/admin/policy/audit?page=2" };
    static final String[] DOWNLOADS = { "/admin/policy/terms.tsv", "/admin/policy/terms.csv",
            "/admin/policy/allowlist.tsv", "/admin/policy/allowlist.csv" };
    static final String[] POSTS = { "/admin/policy/terms", "/admin/policy/terms/1/remove", "/admin/policy/allowlist",
            "/admin/policy/allowlist/1/remove", "/admin/policy/import", "/admin/meta-prompt", "/admin/policy/test" };

    @Test
    @TestSecurity(user = "admin-access-1", roles = "admin")
    void adminReachesEveryPage() {
        for (String path : PAGES) {
            assertThat(given().redirects().follow(false).get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : DOWNLOADS) {
            Response download = given().redirects().follow(false).get(path);
            assertThat(download.statusCode()).as(path).isEqualTo(200);
            assertThat(download.getHeader("Content-Disposition")).as(path).startsWith("attachment; filename=");
        }
    }

    @Test
    @TestSecurity(user = "student-admin-access", roles = "student")
    void studentIsForbiddenEverywhere() {
        expectForbidden();
    }

    @Test
    @TestSecurity(user = "teacher-admin-access", roles = "teacher")
    void teacherIsForbiddenEverywhere() {
        expectForbidden();
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        for (String path : concat(PAGES, DOWNLOADS)) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.getHeader("Location")).as(path).contains("/authorize");
        }
    }

    @Test
    @TestSecurity(user = "admin-access-2", roles = "admin")
    void formsWithoutCsrfTokenAreRefused() {
        for (String path : POSTS) {
            String page = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("term", "zzqtest-nocsrf").formParam("termLanguage", "es")
                    .formParam("termCategory", "WEAPONS").post(path)
                    .then().statusCode(400).extract().asString();
            assertThat(page).as(path).contains("Este formulario ha caducado");
        }
        assertThat(given().redirects().follow(false).multiPart("list", "terms").multiPart("mode", "add")
                .multiPart("text", "zzqtest-nocsrf\tes\tWEAPONS").post("/admin/policy/import").statusCode())
                .isEqualTo(400);
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> org.edu4all.studio.policy.PolicyTermEntry.count("term", "zzqtest-nocsrf"))).isZero();
    }

    private static void expectForbidden() {
        for (String path : concat(PAGES, DOWNLOADS)) {
            assertThat(given().redirects().follow(false).get(path).statusCode()).as(path).isEqualTo(403);
        }
        // With a valid CSRF token (from a page they may open), the role check still refuses.
        FormSession session = FormSession.open("/classes");
        for (String path : POSTS) {
            assertThat(session.post().formParam("term", "zzqtest-forbidden").formParam("termLanguage", "es")
                    .formParam("termCategory", "WEAPONS").post(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

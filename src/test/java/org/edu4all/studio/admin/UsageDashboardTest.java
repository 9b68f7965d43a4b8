package org.edu4all.studio.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;

/**
 * The dashboard's figures against requests seeded in March 2021, a range no other test writes in: every number on the
 * page can be worked out by hand from the seed below.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageDashboardTest {

    static final String RANGE = "/admin/usage?from=2021-03-01&to=2021-03-03";
    static final String CLASS_A = "Zzq Clase A";
    static final String CLASS_B = "Zzq <Clase> B & co";

    @BeforeAll
    void seed() {
        AppUser teacher = TestData.user("aaa-usage-teacher", Role.TEACHER);
        AppUser student = TestData.user("aaa-usage-student", Role.STUDENT);
        SchoolClass a = TestData.schoolClass(teacher, CLASS_A);
        SchoolClass b = TestData.schoolClass(teacher, CLASS_B);
        TestData.enroll(a, student);
        Assignment inA = TestData.assignment(a, "Uso A", 8);
        Assignment inB = TestData.assignment(b, "Uso B", 8);
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = AppUser.getEntityManager();
            // 1 March, Madrid: four requests.
            request(em, inA, student, "2021-03-01T10:00:00Z", "SUCCEEDED", null, null, 1, "0.040000", 2);
            request(em, inA, student, "2021-03-01T10:05:00Z", "BLOCKED", "WEAPONS", null, 0, null, 0);
            request(em, inB, student, "2021-03-01T11:00:00Z", "SUCCEEDED", null, null, 1, null, 1);
            request(em, inB, student, "2021-03-01T12:00:00Z", "FAILED", null, "error_provider_unavailable", 3, null, 0);
            // 23:30 UTC on 1 March is already 2 March in Madrid.
            request(em, inA, student, "2021-03-01T23:30:00Z", "SUCCEEDED", null, null, 2, "0.012500", 1);
            request(em, inB, student, "2021-03-02T09:00:00Z", "BLOCKED", null, null, 1, null, 0);
            // Outside the range on both sides (Madrid days 28 February and 4 March).
            request(em, inA, student, "2021-02-28T22:59:00Z", "SUCCEEDED", null, null, 1, "9.000000", 1);
            request(em, inA, student, "2021-03-03T23:00:00Z", "FAILED", null, "error_provider_config", 1, "9.000000", 0);
        });
    }

    private static void request(EntityManager em, Assignment assignment, AppUser student, String at, String status,
            String category, String errorCode, int attempts, String cost, int images) {
        Number id = (Number) em.createNativeQuery("insert into generation_request (assignment_id, student_id, prompt,"
                + " aspect, image_count, final_prompt, seed, status, idempotency_key, attempts, error_code,"
                + " verdict_category, estimated_cost_usd, created_at) values (?1, ?2, 'Un faro', 'SQUARE', 1,"
                + " 'Un faro', 1, ?3, gen_random_uuid(), ?4, ?5, ?6, cast(?7 as numeric), cast(?8 as timestamptz))"
                + " returning id").setParameter(1, assignment.id).setParameter(2, student.id).setParameter(3, status)
                .setParameter(4, attempts).setParameter(5, errorCode).setParameter(6, category)
                .setParameter(7, cost).setParameter(8, at).getSingleResult();
        for (int position = 0; position < images; position++) {
            em.createNativeQuery("insert into image (request_id, position, owner_id, media_type, width, height,"
                    + " byte_size, thumb_width, thumb_height, sha256) values (?1, ?2, ?3, 'image/png', 8, 8, 10, 4, 4,"
                    + " 'x')").setParameter(1, id.longValue()).setParameter(2, position).setParameter(3, student.id)
                    .executeUpdate();
        }
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void imagesPerDayPerClassMatchTheSeed() {
        String page = english(RANGE);

        assertThat(page).contains("<dd id=\"total-images\">4</dd>", "<dd id=\"total-requests\">6</dd>");
        String images = table(page, "table-images");
        assertThat(images).contains("<th scope=\"col\">" + CLASS_A + "</th><th scope=\"col\">Zzq &lt;Clase&gt; B &amp; co</th>")
                .contains("<th scope=\"row\">2021-03-01</th><td>2</td><td>1</td><td>3</td>")
                .contains("<th scope=\"row\">2021-03-02</th><td>1</td><td>0</td><td>1</td>")
                .contains("<th scope=\"row\">2021-03-03</th><td>0</td><td>0</td><td>0</td>");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void blockedRateCountsPolicyAndProviderBlocksOverAllRequests() {
        String page = english(RANGE);

        assertThat(page).contains("<dd id=\"total-blocked\">2 (33.3%)</dd>");
        assertThat(table(page, "table-blocked"))
                .contains("<th scope=\"row\">2021-03-01</th><td>4</td><td>1</td><td>0</td><td>25.0%</td>")
                .contains("<th scope=\"row\">2021-03-02</th><td>2</td><td>0</td><td>1</td><td>50.0%</td>")
                .contains("<th scope=\"row\">2021-03-03</th><td>0</td><td>0</td><td>0</td><td>—</td>");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void providerErrorsShowFailuresRetriesAndCodes() {
        String page = english(RANGE);

        assertThat(page).contains("<dd id=\"total-failed\">1 · 3 retries</dd>");
        assertThat(table(page, "table-errors")).contains("<th scope=\"row\">2021-03-01</th><td>1</td><td>2</td>")
                .contains("<th scope=\"row\">2021-03-02</th><td>0</td><td>1</td>");
        assertThat(table(page, "table-error-codes"))
                .contains("<tr><td>The image service is unavailable right now. Your request is saved."
                        + " <code class=\"muted\">error_provider_unavailable</code></td><td>1</td></tr>")
                .doesNotContain("error_provider_config");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void costIsSummedPerDayAndInTotalFromPricedRequestsOnly() {
        String page = english(RANGE);

        assertThat(page).contains("<dd id=\"total-cost\">$0.0525 <span class=\"muted\">(2 of 6 requests priced)</span></dd>");
        assertThat(table(page, "table-cost")).contains("<th scope=\"row\">2021-03-01</th><td>$0.0400</td>")
                .contains("<th scope=\"row\">2021-03-02</th><td>$0.0125</td>")
                .contains("<th scope=\"row\">2021-03-03</th><td>—</td>");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void saysHonestlyWhenThereIsNoCostDataYet() {
        String page = given().get("/admin/usage?from=2021-03-03&to=2021-03-03").then().statusCode(200).extract()
                .asString();

        assertThat(page).contains("Todavía no hay datos de coste").doesNotContain("id=\"table-cost\"")
                .doesNotContain("id=\"chart-cost-title\"");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void everyChartIsWellFormedSvgWithATextAlternative() throws Exception {
        String page = english(RANGE);

        List<String> charts = svgs(page);
        assertThat(charts).hasSize(4);
        for (String chart : charts) {
            org.w3c.dom.Element svg = BarChartTest.parse(chart).getDocumentElement();
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isNotBlank();
            assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isNotBlank();
        }
        assertThat(charts.get(0)).contains("Zzq &lt;Clase&gt; B &amp; co").doesNotContain("<Clase>");
        assertThat(charts.get(1)).contains("In all, 33.3% blocked: 2 of 6 requests");
        assertThat(charts.get(3)).contains("Total estimated cost of the period: $0.0525.");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void listsPeopleWithRoleAndClassesAndTheProvider() {
        String page = english("/admin/usage?from=2021-03-01&to=2021-03-03&page=1");

        assertThat(table(page, "table-users")).contains("<td>aaa-usage-teacher</td><td>Teacher</td>")
                .contains("<td>Zzq &lt;Clase&gt; B &amp; co, Zzq Clase A</td>")
                .contains("<td>aaa-usage-student</td><td>Student</td>");
        assertThat(page).contains("Image service", "<code>offline</code>");
        assertThat(english("/admin/usage?page=abc")).contains("Page 1 of");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void badDatesGiveAMessageKeepWhatWasTypedAndNeverFail() {
        String page = given().cookie("lang", "en").get("/admin/usage?from=yesterday&to=2021-02-30")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Check the dates", "Write a date like 2026-03-31.", "value=\"yesterday\"",
                "value=\"2021-02-30\"", "aria-invalid=\"true\"");

        assertThat(english("/admin/usage?from=2021-03-03&to=2021-03-01"))
                .contains("The end date comes before the start date.", "value=\"2021-03-03\"");
        assertThat(english("/admin/usage?from=2001-01-01&to=2021-03-01")).contains("The period is too long");
        String typedMarkup = given().cookie("lang", "en").queryParam("from", "<b>").get("/admin/usage").then()
                .statusCode(200).extract().asString();
        assertThat(typedMarkup).contains("value=\"&lt;b&gt;\"").doesNotContain("<b>");
    }

    @Test
    @TestSecurity(user = "usage-student", roles = "student")
    void studentsMayNotOpenIt() {
        assertThat(given().redirects().follow(false).get(RANGE).statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "usage-teacher", roles = "teacher")
    void teachersMayNotOpenIt() {
        assertThat(given().redirects().follow(false).get(RANGE).statusCode()).isEqualTo(403);
    }

    @Test
    void visitorsAreSentToSignIn() {
        Response response = given().redirects().follow(false).get(RANGE);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getHeader("Location")).contains("/authorize");
    }

    @Test
    @TestSecurity(user = "usage-admin", roles = "admin")
    void theAdminHomeLinksToIt() {
        assertThat(given().get("/home").asString()).contains("<a href=\"/admin/usage\">Uso del servicio</a>");
    }

    private static String english(String path) {
        return given().cookie("lang", "en").get(path).then().statusCode(200).extract().asString();
    }

    private static String table(String page, String id) {
        int start = page.indexOf("<table class=\"data\" id=\"" + id + "\">");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static List<String> svgs(String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(page);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}

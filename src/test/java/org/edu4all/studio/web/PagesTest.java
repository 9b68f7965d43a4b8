package org.edu4all.studio.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class PagesTest {

    @Test
    void landingPageIsPublicAndSpanishByDefault() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"es\">").contains("Crea imágenes con IA, con seguridad");
    }

    @Test
    void browserLanguageIsHonoured() {
        String page = given().header("Accept-Language", "en-GB,en;q=0.9").get("/").asString();
        assertThat(page).contains("<html lang=\"en\">").contains("Make images with AI, safely");
    }

    @Test
    void languageSwitchStoresTheChoiceAndGoesBack() {
        Response switched = given().redirects().follow(false).header("Referer", "http://localhost:8081/classes")
                .header("Host", "localhost:8081").get("/lang?to=en");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.getHeader("Location")).endsWith("/classes");
        assertThat(switched.getCookie("lang")).isEqualTo("en");

        String page = given().cookie("lang", "en").get("/").asString();
        assertThat(page).contains("Make images with AI, safely");
    }

    @Test
    void languageSwitchIsNoOpenRedirect() {
        Response switched = given().redirects().follow(false).header("Referer", "https://evil.example/phish")
                .get("/lang?to=xx");
        assertThat(switched.getHeader("Location")).endsWith("/");
        assertThat(switched.getCookie("lang")).isNull();
    }

    @Test
    @TestSecurity(user = "teacher-pages-1", roles = "teacher")
    void missingOrTamperedIdsGetAFriendlyTranslatedPage() {
        String page = given().get("/assignments/999999999").then().statusCode(404).extract().asString();
        assertThat(page).contains("No encontramos esta página").doesNotContain("Exception");

        String english = given().cookie("lang", "en").get("/requests/abc").then().statusCode(404).extract()
                .asString();
        assertThat(english).contains("We could not find this page");
    }

    @Test
    @TestSecurity(user = "nobody-pages-1", roles = "visitor")
    void identityWithoutOurRolesIsToldPolitely() {
        String page = given().get("/home").then().statusCode(403).extract().asString();
        assertThat(page).contains("No tienes acceso");
    }

    @Test
    @TestSecurity(user = "admin-pages-1", roles = "admin")
    void adminHomeShowsTheLiveImageService() {
        String page = given().get("/home").then().statusCode(200).extract().asString();
        assertThat(page).contains("Servicio de imágenes").contains("<code>offline</code>")
                .contains("<code>offline-preview</code>").contains("Completa");
    }
}

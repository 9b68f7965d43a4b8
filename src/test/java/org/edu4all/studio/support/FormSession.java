package org.edu4all.studio.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Posts forms the way a browser does: first GET the page that holds the form (which sets the CSRF cookie and
 * writes the token into the form), then POST with both. Redirects are not followed, so tests see the 303 of
 * Post/Redirect/Get and the flash cookie it sets.
 */
public final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String csrfCookie;
    private final String csrfToken;

    private FormSession(String csrfCookie, String csrfToken) {
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    /** Opens the page at {@code path}, which must contain a form. */
    public static FormSession open(String path) {
        Response page = given().redirects().follow(false).get(path);
        Matcher matcher = TOKEN.matcher(page.asString());
        if (page.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("no form with a CSRF token at " + path + " (status " + page.statusCode() + ")");
        }
        return new FormSession(page.getCookie("csrf-token"), matcher.group(1));
    }

    /** A POST with this session's CSRF cookie and token; add form params and send it. */
    public RequestSpecification post() {
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", csrfCookie)
                .formParam("csrf-token", csrfToken);
    }

    /** A multipart POST (a form with a file) with this session's CSRF cookie and token; add parts and send it. */
    public RequestSpecification multipart() {
        return given().redirects().follow(false)
                .contentType("multipart/form-data")
                .cookie("csrf-token", csrfCookie)
                .multiPart("csrf-token", csrfToken);
    }

    public String csrfCookie() {
        return csrfCookie;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** Follows a Post/Redirect/Get redirect the way the browser would, carrying the flash cookie. */
    public static Response follow(Response redirect) {
        RequestSpecification next = given().redirects().follow(false);
        String flash = redirect.getCookie("flash");
        if (flash != null) {
            next.cookie("flash", flash);
        }
        return next.get(redirect.getHeader("Location"));
    }
}

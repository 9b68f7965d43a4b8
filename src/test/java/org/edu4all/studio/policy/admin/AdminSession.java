package org.edu4all.studio.policy.admin;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Like {@code support.FormSession}, for the admin forms that are sent as multipart (they take a file): GET the page
 * for the CSRF cookie and token, then POST both. Redirects are not followed, so tests see the 303.
 */
final class AdminSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String cookie;
    private final String token;

    private AdminSession(String cookie, String token) {
        this.cookie = cookie;
        this.token = token;
    }

    static AdminSession open(String path) {
        Response page = given().redirects().follow(false).get(path);
        Matcher matcher = TOKEN.matcher(page.asString());
        if (page.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("no form with a CSRF token at " + path + " (status " + page.statusCode() + ")");
        }
        return new AdminSession(page.getCookie("csrf-token"), matcher.group(1));
    }

    /** A multipart form with this session's CSRF cookie and token. */
    Multipart multipart() {
        return new Multipart(given().redirects().follow(false).cookie("csrf-token", cookie)).field("csrf-token", token);
    }

    /**
     * Parts the way a browser sends them: a text field has no file name (RestAssured would add one) and is UTF-8
     * (RestAssured's default charset would turn "árbol" into "?rbol").
     */
    static final class Multipart {

        private final RequestSpecification request;

        private Multipart(RequestSpecification request) {
            this.request = request;
        }

        Multipart field(String name, String value) {
            request.multiPart(new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8)
                    .emptyFileName().build());
            return this;
        }

        Multipart file(String name, String fileName, byte[] content, String mimeType) {
            request.multiPart(name, fileName, content, mimeType);
            return this;
        }

        Response post(String path) {
            return request.post(path);
        }
    }
}

package org.edu4all.studio.policy.admin;

import org.edu4all.studio.support.FormSession;

import io.restassured.response.Response;

/** Post/Redirect/Get in tests: follows the 303 (with the flash cookie) and returns the page it leads to. */
final class Prg {

    private Prg() {
    }

    static String page(Response redirect) {
        if (redirect.statusCode() != 303) {
            throw new AssertionError("expected a 303, got " + redirect.statusCode() + ": " + redirect.asString());
        }
        Response page = FormSession.follow(redirect);
        if (page.statusCode() != 200) {
            throw new AssertionError("expected a page, got " + page.statusCode() + ": " + page.asString());
        }
        return page.asString();
    }
}

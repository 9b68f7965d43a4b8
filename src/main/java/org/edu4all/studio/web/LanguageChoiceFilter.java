package org.edu4all.studio.web;

import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Makes the language switch win over the browser's preference everywhere: Quarkus REST picks the language of a page
 * (and so of its message bundle) from {@code Accept-Language}, so a user's explicit choice is written there.
 */
public class LanguageChoiceFilter {

    @ServerRequestFilter(preMatching = true)
    public void applyChosenLanguage(ContainerRequestContext request) {
        Cookie chosen = request.getCookies().get(UserLocale.COOKIE);
        Locale locale = chosen == null ? null : UserLocale.supported(chosen.getValue());
        if (locale != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage());
        }
    }
}

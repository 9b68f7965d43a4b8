package org.edu4all.studio.web;

import io.quarkus.arc.Unremovable;
import java.util.List;
import java.util.Locale;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The language of this request: the user's explicit choice (the {@code lang} cookie set by the language switch),
 * else the browser's preference among the languages we have, else Spanish.
 */
@Unremovable
@RequestScoped
public class UserLocale {

    public static final String COOKIE = "lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    @Inject
    HttpServerRequest request;

    private Locale resolved;

    public Locale get() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    public String language() {
        return get().getLanguage();
    }

    private Locale resolve() {
        Cookie chosen = request.getCookie(COOKIE);
        if (chosen != null) {
            Locale locale = supported(chosen.getValue());
            if (locale != null) {
                return locale;
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to the default: a broken header must not break the page
            }
        }
        return SUPPORTED.get(0);
    }

    /** The supported locale for a language tag, or {@code null}. */
    public static Locale supported(String languageTag) {
        if (languageTag == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(languageTag)).findFirst().orElse(null);
    }
}

package org.edu4all.studio.web;

import java.net.URI;

/**
 * "Back where you came from" without an open redirect: the browser's Referer is followed only when it points to
 * this very site, and only its path and query are kept.
 */
public final class SameSite {

    private SameSite() {
    }

    public static URI backTo(String referer, String host, URI fallback) {
        try {
            URI from = referer == null ? null : URI.create(referer);
            if (from != null && from.getRawPath() != null && from.getRawPath().startsWith("/") && host != null
                    && host.equalsIgnoreCase(String.valueOf(from.getAuthority()))) {
                return URI.create(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
            }
        } catch (IllegalArgumentException malformed) {
            // a broken Referer just means the fallback
        }
        return fallback;
    }
}

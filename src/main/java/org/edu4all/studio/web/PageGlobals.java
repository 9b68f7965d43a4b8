package org.edu4all.studio.web;

import org.edu4all.studio.security.CurrentUser;
import org.edu4all.studio.security.SignedInIdentity;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/**
 * What every page's layout needs, as typed template globals: the signed-in user, the flash of the previous POST and
 * the page's language. They come from request-scoped beans. Pages are blocking endpoints, rendered on the request's
 * worker thread, which is where {@link Flash} may read the flash from the database (once).
 */
@TemplateGlobal
public class PageGlobals {

    private PageGlobals() {
    }

    /** Who is signed in, from the token alone (no database), or {@code null} for visitors. */
    static SignedInIdentity currentUser() {
        return Arc.container().instance(CurrentUser.class).get().identity();
    }

    static FlashData flash() {
        return Arc.container().instance(Flash.class).get().current();
    }

    static String lang() {
        return Arc.container().instance(UserLocale.class).get().language();
    }
}

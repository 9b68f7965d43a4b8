package org.edu4all.studio.edit;

import org.edu4all.studio.image.ImageInspector;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An edit upload far above the mask limit is turned back before its body is read, with the edit page saying why,
 * instead of the bare 413 (and a logged error) the HTTP layer gives once the body limit is reached mid-parse. It runs
 * first on the route, before any body handling; it reveals nothing, as the edit page itself answers 404 to anyone
 * but the image's maker. The student's words are kept by the page's draft (app.js), since this body is never read.
 */
@ApplicationScoped
public class OversizedUploads {

    /** The mask's 4 MB, plus room for the text fields and the multipart framing. */
    static final long MAX_EDIT_BODY = ImageInspector.MASK_MAX_BYTES + 1024 * 1024;

    void install(@Observes Router router) {
        router.postWithRegex("/images/(\\d+)/edit").order(Integer.MIN_VALUE).handler(this::turnBackIfTooLarge);
    }

    private void turnBackIfTooLarge(RoutingContext context) {
        if (declaredLength(context) <= MAX_EDIT_BODY) {
            context.next();
            return;
        }
        context.response().setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, context.normalizedPath() + "?upload=too-large")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end();
    }

    private static long declaredLength(RoutingContext context) {
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

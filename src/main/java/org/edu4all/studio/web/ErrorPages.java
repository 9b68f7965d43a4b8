package org.edu4all.studio.web;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Friendly, translated error pages. Nobody ever sees a stack trace: unknown failures are logged with an id that
 * the page shows, so a teacher can report it and an admin can find it.
 */
public class ErrorPages {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String titleKey, String detailKey, String reference);
    }

    /** Another class's id, a tampered id or a missing one: all look the same, so ids reveal nothing. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "error_not_found_title", "error_not_found_detail", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "error_forbidden_title", "error_forbidden_detail", null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return page(405, "error_not_found_title", "error_not_found_detail", null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, "error_bad_request_title", "error_bad_request_detail", null);
    }

    @ServerExceptionMapper(priority = 5000)
    public Response unexpected(Throwable e) {
        String reference = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        Log.errorf(e, "Unexpected error, reference %s", reference);
        return page(500, "error_unexpected_title", "error_unexpected_detail", reference);
    }

    private static Response page(int status, String titleKey, String detailKey, String reference) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, titleKey, detailKey, reference)).build();
    }
}

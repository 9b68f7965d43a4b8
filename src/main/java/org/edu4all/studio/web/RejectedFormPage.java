package org.edu4all.studio.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

/**
 * The CSRF filter refuses a form whose token is missing or stale (an old tab, a cookie that expired) with a bare
 * 400. People get a page in their language that says what happened and what to do instead.
 */
public class RejectedFormPage {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())) {
            response.setEntity(ErrorPages.Templates.page(400, "error_form_expired_title", "error_form_expired_detail",
                    null).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}

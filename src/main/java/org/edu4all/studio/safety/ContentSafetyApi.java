package org.edu4all.studio.safety;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Azure AI Content Safety's two analysis operations. Bodies travel as text and every answer, errors included, is
 * read by {@link ContentSafetyClient} (the default exception mapper is off). Exactly one of the two auth headers is
 * set; a null header is not sent.
 */
@RegisterRestClient(configKey = "azure-content-safety")
@Path("/contentsafety")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ContentSafetyApi {

    @POST
    @Path("/text:analyze")
    RestResponse<String> analyzeText(@QueryParam("api-version") String apiVersion,
            @HeaderParam("Ocp-Apim-Subscription-Key") String key, @HeaderParam("Authorization") String bearer,
            String body);

    @POST
    @Path("/image:analyze")
    RestResponse<String> analyzeImage(@QueryParam("api-version") String apiVersion,
            @HeaderParam("Ocp-Apim-Subscription-Key") String key, @HeaderParam("Authorization") String bearer,
            String body);
}

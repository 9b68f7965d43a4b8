package org.edu4all.studio.generation.azure;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The Azure OpenAI image endpoints, in both URL styles. Bodies go out as text (the JSON we send is the JSON we
 * store) and come back as bytes, which the JSON parser reads as they are (an answer of several megabytes is never
 * copied into a String); {@link AzureOpenAiClient} reads every answer itself, errors included (the default
 * exception mapper is off). A null {@code api-version} leaves the query parameter out; of {@code api-key} and
 * {@code Authorization} (an Entra ID bearer token) exactly one is set, and a null header is not sent.
 */
@RegisterRestClient(configKey = "azure-openai")
@Path("/openai")
@Produces(MediaType.APPLICATION_JSON)
interface AzureOpenAiApi {

    @POST
    @Path("/deployments/{deployment}/images/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<byte[]> generations(@PathParam("deployment") String deployment,
            @QueryParam("api-version") String apiVersion, @HeaderParam("api-key") String apiKey,
            @HeaderParam("Authorization") String bearer, String body);

    @POST
    @Path("/v1/images/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<byte[]> generationsV1(@QueryParam("api-version") String apiVersion,
            @HeaderParam("api-key") String apiKey,
            @HeaderParam("Authorization") String bearer, String body);

    @POST
    @Path("/deployments/{deployment}/images/edits")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    RestResponse<byte[]> edits(@PathParam("deployment") String deployment,
            @QueryParam("api-version") String apiVersion, @HeaderParam("api-key") String apiKey,
            @HeaderParam("Authorization") String bearer,
            ClientMultipartForm form);

    @POST
    @Path("/v1/images/edits")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    RestResponse<byte[]> editsV1(@QueryParam("api-version") String apiVersion, @HeaderParam("api-key") String apiKey,
            @HeaderParam("Authorization") String bearer,
            ClientMultipartForm form);
}

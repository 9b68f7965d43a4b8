package org.edu4all.studio.generation.openai;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * OpenAI's image endpoints, relative to the base URL (which ends in {@code /v1}). Bodies go out as text and come
 * back as bytes, which the JSON parser reads as they are (an answer of several megabytes is never copied into a
 * String); {@link OpenAiClient} reads every answer itself (the default exception mapper is off). A null
 * {@code Authorization} sends no header, for compatible servers without keys.
 */
@RegisterRestClient(configKey = "openai")
@Path("/images")
@Produces(MediaType.APPLICATION_JSON)
interface OpenAiApi {

    @POST
    @Path("/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<byte[]> generations(@HeaderParam("Authorization") String authorization, String body);

    @POST
    @Path("/edits")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    RestResponse<byte[]> edits(@HeaderParam("Authorization") String authorization, ClientMultipartForm form);
}

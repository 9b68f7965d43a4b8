package org.edu4all.studio.bench;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmarks' yardstick, in test sources only: the cheapest signed-in page this app can serve. It goes through
 * the same session cookie, token check and HTTP stack as a gallery page, so the ratio to it measures only what the
 * page itself costs (queries, template), not sign-in.
 */
@Path("/")
@Authenticated
public class BenchPing {

    @GET
    @Path("bench/ping")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }
}

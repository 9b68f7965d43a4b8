package org.edu4all.studio.web;

import io.quarkus.arc.Unremovable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.edu4all.studio.generation.DatabaseOutage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Post/Redirect/Get with a flash scope. A POST ends with {@link #redirect}, which stores what the next page must
 * show; that page reads it once through {@link #current()}, and it is gone.
 *
 * <p>Stored in the database (keyed by a random id in a cookie) rather than in the cookie itself, so that a long
 * prompt typed by a student is never cut off by a cookie's size limit, and any app instance can show it.
 */
@Unremovable
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    @Inject
    HttpServerRequest request;

    @Inject
    ObjectMapper json;

    private FlashData current;
    private boolean consumed;

    /** A 303 redirect that carries {@code data} to the next page. */
    public Response redirect(URI location, FlashData data) {
        UUID id = UUID.randomUUID();
        FlashEntry entry = new FlashEntry();
        entry.id = id;
        entry.payload = write(data);
        entry.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(entry::persist);
        return Response.seeOther(location)
                .cookie(new NewCookie.Builder(COOKIE).value(id.toString()).path("/").httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).maxAge((int) LIFETIME.toSeconds()).build())
                .build();
    }

    /** A plain 303 redirect, for a POST that has nothing to say. */
    public Response redirect(URI location) {
        return Response.seeOther(location).build();
    }

    /** What the previous POST left for this page; {@link FlashData#EMPTY} when nothing. */
    public FlashData current() {
        if (current == null) {
            current = take();
        }
        return current;
    }

    private FlashData take() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || Context.isOnEventLoopThread()) {
            // An error page rendered before the request reached a worker thread: the flash waits for the next page.
            return FlashData.EMPTY;
        }
        consumed = true;
        UUID id;
        try {
            id = UUID.fromString(cookie.getValue());
        } catch (IllegalArgumentException tampered) {
            return FlashData.EMPTY;
        }
        FlashEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            FlashEntry found = FlashEntry.findById(id);
            if (found != null) {
                found.delete();
            }
            return found;
        });
        return entry == null ? FlashData.EMPTY : read(entry.payload);
    }

    boolean wasConsumed() {
        return consumed;
    }

    private String write(FlashData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("flash data is always serialisable", e);
        }
    }

    private FlashData read(String payload) {
        try {
            return json.readValue(payload, FlashData.class);
        } catch (JsonProcessingException e) {
            Log.warn("Unreadable flash entry ignored");
            return FlashData.EMPTY;
        }
    }

    /** Clears the cookie once its flash has been shown. */
    static class ClearConsumedCookie {

        @Inject
        Flash flash;

        @ServerResponseFilter
        public void clear(ContainerResponseContext response) {
            if (flash.wasConsumed() && !response.getCookies().containsKey(COOKIE)) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).httpOnly(true).build());
            }
        }
    }

    /** Flash entries nobody came back for (a closed tab) are removed after a while. */
    static class Sweeper {

        private final DatabaseOutage outage = new DatabaseOutage("the flash messages' clean-up");

        @Scheduled(every = "10m", delayed = "1m")
        void sweep() {
            Instant cutoff = Instant.now().minus(LIFETIME);
            // If the database is away, the old entries wait for the next sweep.
            outage.run("Could not remove old flash messages",
                    () -> QuarkusTransaction.requiringNew().run(() -> FlashEntry.delete("createdAt < ?1", cutoff)));
        }
    }
}

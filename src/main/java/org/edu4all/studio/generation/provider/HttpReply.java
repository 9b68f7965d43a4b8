package org.edu4all.studio.generation.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * What the classifier needs from a provider's HTTP answer: the status, the body, and the two headers that say when
 * to come back. Nothing else is kept (headers may echo things we do not want to store).
 *
 * @param retryAfter   the {@code Retry-After} header (seconds or an HTTP date), or null
 * @param retryAfterMs the {@code retry-after-ms} header (Azure), or null
 */
public record HttpReply(int status, String body, String retryAfter, String retryAfterMs) {

    /** Error bodies are a few hundred bytes; a proxy's HTML page is cut here. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    /**
     * The reply of a REST client call. With the default exception mapper off, an error answer's entity is still the
     * unread stream, so it is read here as text.
     */
    public static HttpReply of(RestResponse<?> response) {
        String body = null;
        Object entity = response.getEntity();
        if (entity instanceof String text) {
            body = text;
        } else if (entity instanceof byte[] bytes) {
            body = new String(bytes, 0, Math.min(bytes.length, MAX_ERROR_BODY), StandardCharsets.UTF_8);
        } else if (entity instanceof InputStream stream) {
            try (stream) {
                body = new String(stream.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = null; // an error answer we cannot read still has its status
            }
        }
        return new HttpReply(response.getStatus(), body, response.getHeaderString("Retry-After"),
                response.getHeaderString("retry-after-ms"));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}

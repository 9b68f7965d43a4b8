package org.edu4all.studio.generation.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Builds a provider's REST client from the adapter's own configuration on first use, and keeps it. Every provider
 * client is built the same way: no redirects, our own error handling (the default exception mapper is off), the
 * configured read timeout, and the key headers masked should anyone turn on REST client logging.
 */
public final class RestClientHolder<T> {

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * A programmatically built client does not read {@code quarkus.rest-client.connection-pool-size}, and its own
     * default is 50 connections: with more worker threads than that (the queue benchmark runs 200), the others would
     * wait for a free connection for a whole provider call, unseen. The worker threads, and the per-provider caps,
     * are the real limit on calls in flight; the pool must never be a second, hidden one.
     */
    static final int CONNECTION_POOL_SIZE = 1024;

    private final Class<T> type;
    /** What every call reads, without a lock: the 200 workers of a busy queue call this at once. */
    private volatile Built<T> built;

    /** A client with what it was built for. */
    private record Built<T>(T client, URI baseUri, Duration timeout) {

        static <T> boolean isFor(Built<T> built, URI baseUri, Duration timeout) {
            return built != null && built.baseUri().equals(baseUri) && built.timeout().equals(timeout);
        }
    }

    public RestClientHolder(Class<T> type) {
        this.type = type;
    }

    /** The client for this base URI and timeout; rebuilt only if they changed. */
    public T get(URI baseUri, Duration timeout) {
        Built<T> current = built;
        if (Built.isFor(current, baseUri, timeout)) {
            return current.client(); // every call but the first after a change: no lock on the workers' path
        }
        return rebuild(baseUri, timeout);
    }

    private synchronized T rebuild(URI baseUri, Duration timeout) {
        Built<T> current = built;
        if (Built.isFor(current, baseUri, timeout)) {
            return current.client(); // another thread built it meanwhile
        }
        close();
        Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        T client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, CONNECTION_POOL_SIZE)
                .disableDefaultMapper(true)
                .loggingMaskedHeaders(Set.of("api-key", "Authorization"))
                .build(type);
        built = new Built<>(client, baseUri, timeout);
        return client;
    }

    public synchronized void close() {
        Built<T> current = built;
        built = null;
        if (current != null && current.client() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing an HTTP connection pool: nothing to do about a failure
            }
        }
    }
}

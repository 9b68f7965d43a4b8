package org.edu4all.studio.generation.openai;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.TransientGenerationException;
import org.edu4all.studio.generation.provider.ImageResponseReader;
import org.edu4all.studio.generation.provider.ImagesResponse;
import org.edu4all.studio.generation.provider.ProviderErrors;
import org.edu4all.studio.generation.provider.RestClientHolder;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

/**
 * Calls OpenAI (or a compatible server) and turns every answer into a domain result, with the same fault tolerance as
 * the Azure client: a timeout below the worker's lease and a circuit breaker counting transient failures only. No
 * retry: the queue retries, honouring Retry-After.
 */
@ApplicationScoped
public class OpenAiClient {

    static final String PROVIDER = "openai";

    private final ImageResponseReader reader = new ImageResponseReader();
    private final RestClientHolder<OpenAiApi> clients = new RestClientHolder<>(OpenAiApi.class);

    @Timeout(value = 4, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = {TransientGenerationException.class, TimeoutException.class})
    @CircuitBreakerName("openai-generations")
    ImagesResponse generations(OpenAiSettings settings, String body) throws GenerationException {
        try {
            return read(clients.get(settings.baseUrl(), settings.timeout())
                    .generations(settings.authorization(), body));
        } catch (ProcessingException e) {
            throw ProviderErrors.transport(PROVIDER, e, settings.timeout());
        }
    }

    @Timeout(value = 4, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = {TransientGenerationException.class, TimeoutException.class})
    @CircuitBreakerName("openai-edits")
    ImagesResponse edits(OpenAiSettings settings, ClientMultipartForm form) throws GenerationException {
        try {
            return read(clients.get(settings.baseUrl(), settings.timeout()).edits(settings.authorization(), form));
        } catch (ProcessingException e) {
            throw ProviderErrors.transport(PROVIDER, e, settings.timeout());
        }
    }

    private ImagesResponse read(RestResponse<byte[]> response) throws GenerationException {
        return reader.parse(PROVIDER, response);
    }

    @PreDestroy
    void close() {
        clients.close();
    }
}

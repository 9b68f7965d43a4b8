package org.edu4all.studio.generation.azure;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.TransientGenerationException;
import org.edu4all.studio.generation.azure.AzureOpenAiSettings.ApiStyle;
import org.edu4all.studio.generation.provider.AzureAuth;
import org.edu4all.studio.generation.provider.EntraTokens;
import org.edu4all.studio.generation.provider.ImageResponseReader;
import org.edu4all.studio.generation.provider.ImagesResponse;
import org.edu4all.studio.generation.provider.ProviderErrors;
import org.edu4all.studio.generation.provider.RestClientHolder;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Calls Azure OpenAI and turns every answer into a domain result: the parsed images answer, or a
 * {@link GenerationException} of the right kind. Fault tolerance lives here: a timeout below the worker's lease, and
 * a circuit breaker that only counts transient failures (a child's refused prompt or a wrong key says nothing about
 * the provider's health). No retry: after a 429 the queue decides when to try again, honouring Retry-After.
 *
 * <p>The REST client is built from {@link AzureOpenAiConfig} on first use rather than injected, so that the endpoint
 * and the timeout have one source of truth and an app running offline never needs them.
 */
@ApplicationScoped
public class AzureOpenAiClient {

    static final String PROVIDER = "azure-openai";

    private final ImageResponseReader reader = new ImageResponseReader();
    private final RestClientHolder<AzureOpenAiApi> clients = new RestClientHolder<>(AzureOpenAiApi.class);

    @Inject
    EntraTokens entra;

    @Timeout(value = 4, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = {TransientGenerationException.class, TimeoutException.class})
    @CircuitBreakerName("azure-openai-generations")
    ImagesResponse generations(AzureOpenAiSettings settings, String body) throws GenerationException {
        AzureOpenAiApi api = clients.get(settings.endpoint(), settings.timeout());
        String key = settings.apiKey().orElse(null);
        String bearer = settings.auth() == AzureAuth.ENTRA ? entra.authorization(PROVIDER) : null;
        try {
            return read(settings.style() == ApiStyle.V1
                    ? api.generationsV1(settings.v1ApiVersion().orElse(null), key, bearer, body)
                    : api.generations(settings.deployment(), settings.apiVersion(), key, bearer, body));
        } catch (ProcessingException e) {
            throw ProviderErrors.transport(PROVIDER, e, settings.timeout());
        }
    }

    @Timeout(value = 4, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = {TransientGenerationException.class, TimeoutException.class})
    @CircuitBreakerName("azure-openai-edits")
    ImagesResponse edits(AzureOpenAiSettings settings, ClientMultipartForm form) throws GenerationException {
        AzureOpenAiApi api = clients.get(settings.endpoint(), settings.timeout());
        String key = settings.apiKey().orElse(null);
        String bearer = settings.auth() == AzureAuth.ENTRA ? entra.authorization(PROVIDER) : null;
        try {
            return read(settings.style() == ApiStyle.V1
                    ? api.editsV1(settings.v1ApiVersion().orElse(null), key, bearer, form)
                    : api.edits(settings.deployment(), settings.apiVersion(), key, bearer, form));
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

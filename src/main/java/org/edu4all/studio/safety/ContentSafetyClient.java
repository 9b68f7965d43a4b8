package org.edu4all.studio.safety;

import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.TransientGenerationException;
import org.edu4all.studio.generation.provider.AzureAuth;
import org.edu4all.studio.generation.provider.EntraTokens;
import org.edu4all.studio.generation.provider.HttpReply;
import org.edu4all.studio.generation.provider.ProviderErrors;
import org.edu4all.studio.generation.provider.RestClientHolder;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

/**
 * Calls Azure AI Content Safety and turns every answer into severities, or a {@link GenerationException} of the
 * right kind (401/403/404 configuration, 429/5xx/timeouts transient), like the image adapters. A timeout below the
 * worker's lease and a circuit breaker that counts only transient failures; no retry here: the queue retries.
 */
@ApplicationScoped
public class ContentSafetyClient {

    public static final String PROVIDER = "azure-content-safety";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Four levels (0, 2, 4, 6) for text too, so that one threshold means the same for prompts and images. */
    private static final String OUTPUT_TYPE = "FourSeverityLevels";

    private final RestClientHolder<ContentSafetyApi> clients = new RestClientHolder<>(ContentSafetyApi.class);

    @Inject
    EntraTokens entra;

    @Timeout(value = 1, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = { TransientGenerationException.class, TimeoutException.class })
    @CircuitBreakerName("content-safety-text")
    SafetyAnalysis analyzeText(ContentSafetySettings settings, String text) throws GenerationException {
        String body = json(Map.of("text", text, "outputType", OUTPUT_TYPE));
        String bearer = bearer(settings);
        return call(settings, api -> api.analyzeText(settings.apiVersion(), settings.key().orElse(null), bearer,
                body));
    }

    @Timeout(value = 1, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = { TransientGenerationException.class, TimeoutException.class })
    @CircuitBreakerName("content-safety-image")
    SafetyAnalysis analyzeImage(ContentSafetySettings settings, byte[] image) throws GenerationException {
        String body = json(Map.of("image", Map.of("content", Base64.getEncoder().encodeToString(image)),
                "outputType", OUTPUT_TYPE));
        String bearer = bearer(settings);
        return call(settings, api -> api.analyzeImage(settings.apiVersion(), settings.key().orElse(null), bearer,
                body));
    }

    private interface Call {
        RestResponse<String> send(ContentSafetyApi api);
    }

    private SafetyAnalysis call(ContentSafetySettings settings, Call call) throws GenerationException {
        ContentSafetyApi api = clients.get(settings.endpoint(), settings.timeout());
        HttpReply reply;
        try {
            reply = HttpReply.of(call.send(api));
        } catch (ProcessingException e) {
            throw ProviderErrors.transport(PROVIDER, e, settings.timeout());
        }
        if (!reply.isSuccess()) {
            throw ProviderErrors.classify(PROVIDER, reply);
        }
        return SafetyAnalysis.parse(reply.body());
    }

    private String bearer(ContentSafetySettings settings) throws GenerationException {
        return settings.auth() == AzureAuth.ENTRA ? entra.authorization(PROVIDER) : null;
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    @PreDestroy
    void close() {
        clients.close();
    }
}

package org.edu4all.studio.generation.faults;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The real queue with the OpenAI adapter pointed at WireMock ({@code WireMockProviders} sets the URL, the key and a
 * 2 s timeout). The circuit breaker is off here: it would turn a run of injected faults into 30 s pauses, and what is
 * proved is the queue's own handling of each fault (the breaker has its own tests in the adapters' tests).
 */
public class ProviderFaultsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "edu4all.generation.provider", "openai",
                "edu4all.generation.worker-threads", "4",
                "edu4all.generation.poll-interval", "PT1S",
                // Room for a spurious timeout on a loaded machine on top of the two planned faults in a row.
                "edu4all.generation.max-attempts", "5",
                "edu4all.generation.retry-backoff", "PT0.2S",
                // No per-provider caps: ProviderCapsTest proves them; here they would only stretch the run.
                "edu4all.provider-caps.provider.openai.max-running", "0",
                "edu4all.provider-caps.provider.openai.images-per-minute", "0",
                "org.edu4all.studio.generation.openai.OpenAiClient/generations/CircuitBreaker/enabled", "false");
    }
}

package org.edu4all.studio.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The queue benchmark's app: the OpenAI adapter pointed at the stub provider that {@code bench/queue-bench.sh}
 * started as its own process ({@code -Dbench.stub-url}), 200 worker threads and a database pool for them. The
 * per-provider caps are lifted: the bench measures the app's own overhead with 200 calls running, not a quota.
 */
public class QueueBenchProfile implements QuarkusTestProfile {

    static final int WORKERS = 200;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("edu4all.generation.provider", "openai"),
                Map.entry("edu4all.openai.base-url",
                        System.getProperty("bench.stub-url", "http://localhost:1") + "/v1"),
                Map.entry("edu4all.openai.api-key", "bench-stub-not-a-key"),
                Map.entry("edu4all.openai.model", "gpt-image-1-mini"),
                Map.entry("edu4all.openai.timeout", "PT60S"),
                Map.entry("edu4all.generation.worker-threads", String.valueOf(WORKERS)),
                Map.entry("edu4all.provider-caps.provider.openai.max-running", "0"),
                Map.entry("edu4all.provider-caps.provider.openai.images-per-minute", "0"),
                // The default pool of 20 made a burst of 200 claiming workers time out waiting for a connection
                // (5 s) before the workers took database turns; kept at 60 so that runs before and after compare.
                Map.entry("quarkus.datasource.jdbc.max-size", "60"),
                // The student's one sign-in serves the whole run, a long warm-up included (a lesson's length, not
                // the OIDC Dev Service's default of a few minutes).
                Map.entry("quarkus.oidc.devservices.id-token-expires-in", "PT30M"),
                Map.entry("quarkus.oidc.devservices.access-token-expires-in", "PT30M"));
    }
}

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
        return Map.of(
                "edu4all.generation.provider", "openai",
                "edu4all.openai.base-url", System.getProperty("bench.stub-url", "http://localhost:1") + "/v1",
                "edu4all.openai.api-key", "bench-stub-not-a-key",
                "edu4all.openai.model", "gpt-image-1-mini",
                "edu4all.openai.timeout", "PT60S",
                "edu4all.generation.worker-threads", String.valueOf(WORKERS),
                "edu4all.provider-caps.provider.openai.max-running", "0",
                "edu4all.provider-caps.provider.openai.images-per-minute", "0",
                // The default pool of 20 made a burst of 200 claiming workers time out waiting for a connection
                // (5 s) in the first run; each worker holds one only for its short claim and store transactions.
                "quarkus.datasource.jdbc.max-size", "60");
    }
}

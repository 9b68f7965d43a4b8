package org.edu4all.studio.generation.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, prod profile) as a child process, the way it runs in
 * production. The fault tests start it with their own settings (see {@link #FAULT_TEST_OPTIONS}), its output in
 * {@code target/queue-faults/<name>.log}; the queue benchmark with the production defaults and its own.
 */
public final class PackagedApp implements AutoCloseable {

    /**
     * The fault tests' instances: a small heap and few workers, a short lease so that a killed instance's requests
     * are taken over within seconds, quick retries, and no per-provider caps (they are proved in ProviderCapsTest,
     * and would only slow these runs down).
     */
    private static final List<String> FAULT_TEST_OPTIONS = List.of(
            "-Xmx256m",
            "-Dedu4all.generation.worker-threads=4",
            "-Dedu4all.generation.lease=PT10S",
            "-Dedu4all.generation.poll-interval=PT1S",
            "-Dedu4all.generation.retry-backoff=PT0.5S",
            "-Dedu4all.generation.max-attempts=5",
            "-Dedu4all.provider-caps.provider.openai.max-running=0",
            "-Dedu4all.provider-caps.provider.openai.images-per-minute=0",
            "-Dedu4all.openai.timeout=PT6S",
            "-Dedu4all.images.thumbnail-poll-interval=PT1S");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final Process process;

    private PackagedApp(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts an instance and waits until it is ready.
     *
     * @param apiKey the provider key this instance sends, so that the stub can tell the instances' calls apart
     */
    static PackagedApp start(String name, QueueDatabase database, String stubBase, String apiKey) throws IOException {
        return start(name, database, stubBase, apiKey, List.of());
    }

    /** As above, with extra {@code -D} options for this instance. */
    static PackagedApp start(String name, QueueDatabase database, String stubBase, String apiKey,
            List<String> options) throws IOException {
        List<String> all = new ArrayList<>(FAULT_TEST_OPTIONS);
        all.addAll(options);
        return launch(Path.of("target", "queue-faults", name + ".log"), database, stubBase, stubBase, apiKey, all);
    }

    /**
     * Starts the packaged app with the prod profile's own settings, plus {@code options} (JVM flags and {@code -D}
     * settings, given before {@code -jar}), and waits until it is ready.
     *
     * @param oidcBase     where {@link OidcStub} serves its realm
     * @param providerBase where the OpenAI-shaped stub provider listens
     */
    public static PackagedApp launch(Path log, QueueDatabase database, String oidcBase, String providerBase,
            String apiKey, List<String> options) throws IOException {
        Path app = Path.of(System.getProperty("quarkus-app.dir", "target/quarkus-app"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        int port = QueueDatabase.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        command.addAll(options);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "DB_URL", database.jdbcUrl(),
                "DB_USERNAME", "postgres",
                "DB_PASSWORD", "not-checked-by-the-test-database",
                "OIDC_AUTH_SERVER_URL", OidcStub.issuer(oidcBase),
                "OIDC_CLIENT_SECRET", "queue-faults-client-secret",
                "OIDC_STATE_SECRET", "queue-faults-state-secret-0123456789abcdef",
                "CSRF_SIGNATURE_KEY", "queue-faults-csrf-key-0123456789abcdef",
                "IMAGE_PROVIDER", "openai",
                "OPENAI_BASE_URL", providerBase + "/v1",
                "OPENAI_API_KEY", apiKey));
        PackagedApp started = new PackagedApp(port, builder.start());
        await("the app ready (log: " + log + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !started.process.isAlive() || started.status("/q/health/ready") == 200);
        if (!started.process.isAlive()) {
            throw new IllegalStateException("the app exited at start; see " + log);
        }
        return started;
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The app's process id, for jstat and jcmd. */
    public long pid() {
        return process.pid();
    }

    /** The HTTP status of a GET, or 0 when the app does not answer. */
    public int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux, like {@code kill -9}: no shutdown hook, no clean-up, calls cut off mid-flight. */
    void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}

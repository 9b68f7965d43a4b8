package org.edu4all.studio.generation.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The queue when whole processes fail: the packaged app killed with SIGKILL mid-call and started again, PostgreSQL
 * stopped and started under load, and two app instances sharing one database. Every acknowledged request ends
 * SUCCEEDED with its image stored exactly once. Runs in {@code ./mvnw verify} (failsafe), after packaging.
 */
class QueueUnderCrashesIT {

    static final int PROVIDER_DELAY_MILLIS = 1500;

    static WireMockServer stub;
    static QueueDatabase database;
    static FaultScenarios calls;

    @BeforeAll
    static void startStubAndDatabase() throws Exception {
        stub = new WireMockServer(options().dynamicPort().containerThreads(40));
        stub.start();
        database = QueueDatabase.start();
        calls = new FaultScenarios(stub, 0);
    }

    @BeforeEach
    void slowProvider() throws Exception {
        stub.resetAll();
        OidcStub.serve(stub);
        stub.stubFor(post(urlPathEqualTo(FaultScenarios.GENERATIONS))
                .willReturn(ProviderFault.success().withFixedDelay(PROVIDER_DELAY_MILLIS)));
    }

    @AfterAll
    static void stopStubAndDatabase() throws Exception {
        database.close();
        stub.stop();
    }

    @Test
    void twentyRequestsSurviveAKillNineMidCallAndARestart() throws Exception {
        long[] work;
        List<Long> ids;
        int runningAtKill;
        // The first instance makes no thumbnails, so that the kill leaves images PENDING for the second one.
        try (PackagedApp first = PackagedApp.start("killed-first", database, stub.baseUrl(), "sk-first",
                List.of("-Dedu4all.images.background-thumbnails=false"))) {
            work = database.seedAssignment("killed"); // the schema exists once an instance has started
            ids = database.queue(work, prompts(20));
            await().atMost(Duration.ofMinutes(1)).until(() -> count(work, "SUCCEEDED") >= 4
                    && count(work, "RUNNING") >= 1);
            first.killHard();
            runningAtKill = count(work, "RUNNING");
        }
        assertThat(runningAtKill).as("calls in flight when killed").isPositive();
        assertThat(database.thumbnailStates(work)).as("thumbnails left to make").containsKey("PENDING")
                .doesNotContainKey("READY");

        try (PackagedApp second = PackagedApp.start("killed-second", database, stub.baseUrl(), "sk-second")) {
            awaitAllSucceeded(work, ids.size());
        }
        int providerCalls = totalCalls(ids.size());
        System.out.printf("kill -9: 20 requests, %d in flight at the kill, %d provider calls, all SUCCEEDED%n",
                runningAtKill, providerCalls);
        assertThat(providerCalls).isBetween(ids.size(), ids.size() + runningAtKill);
    }

    @Test
    void thirtyRequestsOnTwoInstancesAreEachCalledAndStoredOnce() throws Exception {
        long[] work;
        try (PackagedApp a = PackagedApp.start("two-a", database, stub.baseUrl(), "sk-instance-a");
                PackagedApp b = PackagedApp.start("two-b", database, stub.baseUrl(), "sk-instance-b")) {
            work = database.seedAssignment("twoinstances");
            database.queue(work, prompts(30));
            awaitAllSucceeded(work, 30);
        }
        int byA = callsWithKey("sk-instance-a");
        int byB = callsWithKey("sk-instance-b");
        System.out.printf("two instances: 30 requests, %d calls from A, %d from B%n", byA, byB);
        assertThat(IntStream.range(0, 30).map(calls::callsFor)).as("provider calls per request").containsOnly(1);
        assertThat(byA).as("instance A worked").isPositive();
        assertThat(byB).as("instance B worked").isPositive();
    }

    /**
     * Also: the outage is told in the log as one warning per kind of work, never as an error with a stack trace. The
     * safety policy's check for changes runs every second here, and the database stays away until it has met the
     * outage (its warning is the signal), so that check is part of every run.
     */
    @Test
    void thirtyRequestsSurvivePostgresStoppedAndStartedUnderLoadWithoutAnAppRestart() throws Exception {
        long[] work;
        Path log = Path.of("target", "queue-faults", "pg-restart.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0; // the log is appended to, run after run
        try (PackagedApp app = PackagedApp.start("pg-restart", database, stub.baseUrl(), "sk-pg",
                List.of("-Dedu4all.policy.refresh-interval=1s"))) {
            work = database.seedAssignment("pgrestart");
            database.queue(work, prompts(30));
            await().atMost(Duration.ofMinutes(1)).until(() -> count(work, "SUCCEEDED") >= 4);

            database.stopServer();
            // The outage is seen (not ready) and lasts while the calls in flight come back to a missing database.
            await().atMost(Duration.ofSeconds(30)).during(Duration.ofMillis(PROVIDER_DELAY_MILLIS * 2))
                    .until(() -> app.status("/q/health/ready") == 503);
            // And until the policy's check for changes has met it too (every second here, from 5 s after start).
            await().atMost(Duration.ofSeconds(30)).until(() -> loggedSince(log, logBefore)
                    .contains("the safety policy's refresh waits"));
            database.startServer();

            awaitAllSucceeded(work, 30);
            assertThat(app.isAlive()).as("the same process, never restarted").isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> app.status("/q/health/ready") == 200);
            assertThat(app.status("/")).as("a page").isEqualTo(200);
        }
        String logged = loggedSince(log, logBefore);
        assertThat(logged).as("the outage, said once").contains("The database cannot be reached")
                .contains("The database is reachable again");
        assertThat(logged.lines().filter(line -> line.contains(" ERROR ")))
                .as("errors logged while PostgreSQL was away (log: " + log + ")").isEmpty();
        System.out.printf("PostgreSQL restart: 30 requests, %d provider calls, all SUCCEEDED%n", totalCalls(30));
    }

    /** What the app wrote to {@code log} after its first {@code from} bytes (earlier runs wrote the rest). */
    private static String loggedSince(Path log, long from) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8);
    }

    /**
     * Every request SUCCEEDED, none lost or added, exactly one image stored for each, and every image's thumbnail
     * made (after the request, in the background) and stored.
     */
    private static void awaitAllSucceeded(long[] work, int requests) throws Exception {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> count(work, "SUCCEEDED") == requests || anyFinalFailure(work));
        assertThat(database.statuses(work)).isEqualTo(Map.of("SUCCEEDED", requests));
        Map<String, Integer> images = database.imagesPerRequest(work);
        assertThat(images).hasSize(requests);
        assertThat(images.values()).containsOnly(1);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .until(() -> !database.thumbnailStates(work).containsKey("PENDING"));
        assertThat(database.thumbnailStates(work)).isEqualTo(Map.of("READY", requests));
    }

    private static boolean anyFinalFailure(long[] work) throws Exception {
        Map<String, Integer> statuses = database.statuses(work);
        return statuses.containsKey("FAILED") || statuses.containsKey("BLOCKED");
    }

    private static int count(long[] work, String status) throws Exception {
        return database.statuses(work).getOrDefault(status, 0);
    }

    private static int totalCalls(int requests) {
        return IntStream.range(0, requests).map(calls::callsFor).sum();
    }

    private static int callsWithKey(String key) {
        return stub.countRequestsMatching(postRequestedFor(urlPathEqualTo(FaultScenarios.GENERATIONS))
                .withHeader("Authorization", equalTo("Bearer " + key)).build()).getCount();
    }

    private static List<String> prompts(int count) {
        return IntStream.range(0, count).mapToObj(FaultScenarios::prompt).toList();
    }
}

package org.edu4all.studio.generation.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.generation.provider.WireMockProviders;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.limits.UsageLimits;
import org.edu4all.studio.support.Journeys;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * Every acknowledged request reaches SUCCEEDED through the real queue and the real OpenAI adapter while the provider
 * answers with every kind of fault, each one then succeeding: none is lost, none is processed twice (the provider
 * sees exactly one call per fault plus one), and each image is stored once.
 */
@QuarkusTest
@TestProfile(ProviderFaultsProfile.class)
@WithTestResource(value = WireMockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class QueueUnderProviderFaultsTest {

    static final int REQUESTS = 60;
    /** Request i gets the faults of row i % 10: one of each kind, two in a row, and clean calls. */
    static final List<List<ProviderFault>> PLAN = List.of(
            List.of(),
            List.of(ProviderFault.RATE_LIMITED_SECONDS),
            List.of(ProviderFault.RATE_LIMITED_MILLIS),
            List.of(ProviderFault.SERVER_ERROR),
            List.of(ProviderFault.UNAVAILABLE),
            List.of(ProviderFault.CONNECTION_RESET),
            List.of(ProviderFault.HANG_PAST_TIMEOUT),
            List.of(ProviderFault.MALFORMED_JSON),
            List.of(ProviderFault.SERVER_ERROR, ProviderFault.UNAVAILABLE),
            List.of());

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    @TestSecurity(user = "student-faults-1", roles = "student")
    void sixtyRequestsWithFiftyFourInjectedFaultsAllSucceedOnceWithOneProviderCallPerAttempt() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
        FaultScenarios scenarios = new FaultScenarios(wireMock, WireMockProviders.DEFAULT_TIMEOUT_SECONDS * 1000);
        Assignment assignment = Journeys.assignmentFor("student-faults-1", "teacher-faults-1", 100);
        // One student sends all 60: lift the daily limits (20 a student by default), which are not what this proves.
        QuarkusTransaction.requiringNew().run(() -> UsageLimits.update(
                "imagesPerStudentPerDay = 1000, imagesPerClassPerDay = 10000 where id = ?1", UsageLimits.ID));
        int faults = 0;
        for (int i = 0; i < REQUESTS; i++) {
            scenarios.stub(i, faultsOf(i));
            faults += faultsOf(i).size();
        }
        assertThat(faults).as("faults injected").isEqualTo(54);

        Map<Integer, Long> acknowledged = new LinkedHashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            var response = Journeys.submit(assignment, FaultScenarios.prompt(i), "SQUARE", "1",
                    UUID.randomUUID().toString());
            assertThat(response.statusCode()).as("request %d acknowledged", i).isEqualTo(303);
            acknowledged.put(i, Journeys.idFrom(response.getHeader("Location"), "/requests/"));
        }

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> unfinished(acknowledged.values()) == 0);

        assertThat(requestCount(assignment)).as("no request lost or duplicated").isEqualTo(REQUESTS);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (var entry : acknowledged.entrySet()) {
            int planned = faultsOf(entry.getKey()).size() + 1;
            GenerationRequest request = reload(entry.getValue());
            int images = Journeys.imagesOf(entry.getValue()).size();
            int providerCalls = scenarios.callsFor(entry.getKey());
            calls += providerCalls;
            // One provider call per attempt: a request taken by two workers would show more calls than attempts.
            // More attempts than planned is allowed: on a loaded machine a clean answer can also miss the timeout.
            if (request.status != RequestStatus.SUCCEEDED || images != 1 || providerCalls != request.attempts
                    || providerCalls < planned) {
                problems.add("request %d %s: %s after %d attempt(s), %d provider call(s), %d image(s); planned %d call(s)"
                        .formatted(entry.getKey(), faultsOf(entry.getKey()), request.status, request.attempts,
                                providerCalls, images, planned));
            }
        }
        Log.infof("Provider faults: %d requests, %d injected faults, %d provider calls, %d succeeded with one image",
                REQUESTS, faults, calls, REQUESTS - problems.size());
        assertThat(problems).isEmpty();
        assertThat(calls).isGreaterThanOrEqualTo(REQUESTS + faults);
    }

    private static List<ProviderFault> faultsOf(int request) {
        return PLAN.get(request % PLAN.size());
    }

    private static long unfinished(java.util.Collection<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.count("id in ?1 and status in ?2", ids,
                List.of(RequestStatus.QUEUED, RequestStatus.RUNNING, RequestStatus.WAITING_RETRY)));
    }

    private static long requestCount(Assignment assignment) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.count("assignment.id", assignment.id));
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }
}

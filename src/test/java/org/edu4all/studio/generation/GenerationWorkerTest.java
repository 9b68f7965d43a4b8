package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** What the worker does when the provider fails: the request and its prompt are never lost. */
@QuarkusTest
class GenerationWorkerTest {

    @Test
    @TestSecurity(user = "student-worker-1", roles = "student")
    void safetyRefusalIsFinalAndNeverRetried() {
        FailingGenerator refusing = new FailingGenerator(GenerationException.Kind.BLOCKED_BY_PROVIDER);
        QuarkusMock.installMockForType(refusing, ImageGenerator.class);
        Assignment assignment = Journeys.assignmentFor("student-worker-1", "teacher-worker-1", 8);

        long id = submit(assignment);

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.BLOCKED);
        assertThat(request.errorCode).isEqualTo("error_blocked_by_provider");
        assertThat(request.attempts).isEqualTo(1);
        assertThat(refusing.calls.get()).isEqualTo(1);
        assertThat(request.prompt).isEqualTo("Un castillo en la nieve");
    }

    @Test
    @TestSecurity(user = "student-worker-2", roles = "student")
    void transientFailuresAreRetriedThenReportedWithoutLosingThePrompt() {
        FailingGenerator flaky = new FailingGenerator(GenerationException.Kind.TRANSIENT);
        QuarkusMock.installMockForType(flaky, ImageGenerator.class);
        Assignment assignment = Journeys.assignmentFor("student-worker-2", "teacher-worker-2", 8);

        long id = submit(assignment);

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.FAILED);
        assertThat(request.attempts).isEqualTo(3);
        assertThat(flaky.calls.get()).isEqualTo(3);
        assertThat(request.errorCode).isEqualTo("error_generation_failed");
        assertThat(io.restassured.RestAssured.get("/requests/" + id).asString())
                .contains("No pudimos crear estas imágenes. Tu petición está guardada");
    }

    @Test
    @TestSecurity(user = "student-worker-3", roles = "student")
    void retryAfterFromTheProviderIsHonouredForTheRequestAndTheWholeProvider() {
        // Longer than the poll interval (2 s), so that an early retry could not pass by chance.
        RateLimitedOnce limited = new RateLimitedOnce(Duration.ofSeconds(3));
        QuarkusMock.installMockForType(limited, ImageGenerator.class);
        Assignment assignment = Journeys.assignmentFor("student-worker-3", "teacher-worker-3", 8);

        long id = submit(assignment);

        await().atMost(Duration.ofSeconds(30)).until(() -> limited.calls.size() >= 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> reload(id).status == RequestStatus.WAITING_RETRY
                || reload(id).status.isFinal());
        String progress = io.restassured.RestAssured.get("/requests/" + id + "/status").asString();
        assertThat(progress).contains("\"status\":\"WAITING_RETRY\"").contains("\"done\":false")
                .contains("\"queuePosition\":");
        Instant pausedUntil = QuarkusTransaction.requiringNew().call(() -> (Instant) GenerationRequest.getEntityManager()
                .createNativeQuery("select until from provider_pause where provider = 'rate-limited'")
                .getSingleResult());
        assertThat(pausedUntil).isAfterOrEqualTo(limited.calls.get(0).plusMillis(2900));

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id) == RequestStatus.SUCCEEDED);
        GenerationRequest request = reload(id);
        assertThat(request.attempts).isEqualTo(2);
        assertThat(limited.calls).hasSize(2);
        assertThat(Duration.between(limited.calls.get(0), limited.calls.get(1))).as("waited for Retry-After")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(Journeys.imagesOf(id)).hasSize(1);
    }

    private static long submit(Assignment assignment) {
        return Journeys.idFrom(Journeys.submit(assignment, "Un castillo en la nieve",
                "SQUARE", "1", UUID.randomUUID().toString()).getHeader("Location"), "/requests/");
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }

    /** A provider that answers its first call with a 429 and Retry-After, then paints offline previews. */
    static class RateLimitedOnce extends TestGenerator {

        final List<Instant> calls = new CopyOnWriteArrayList<>();
        private final Duration retryAfter;
        private final OfflinePainter painter = new OfflinePainter();

        RateLimitedOnce(Duration retryAfter) {
            super("rate-limited", "rate-limited-model", new ImageSize(256, 256));
            this.retryAfter = retryAfter;
        }

        @Override
        public List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException {
            calls.add(Instant.now());
            if (calls.size() == 1) {
                throw new TransientGenerationException("simulated 429", Optional.of(retryAfter), null);
            }
            return List.of(new GeneratedImage(painter.paint(spec.studentPrompt(), spec.size(), spec.seed()),
                    "image/png", spec.size()));
        }
    }

    /** A provider that always fails the same way, counting its calls. */
    static class FailingGenerator extends TestGenerator {

        final AtomicInteger calls = new AtomicInteger();
        private final GenerationException.Kind kind;

        FailingGenerator(GenerationException.Kind kind) {
            super("failing", "failing-model", new ImageSize(1024, 1024));
            this.kind = kind;
        }

        @Override
        public List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException {
            calls.incrementAndGet();
            throw new GenerationException(kind, "simulated " + kind);
        }
    }
}

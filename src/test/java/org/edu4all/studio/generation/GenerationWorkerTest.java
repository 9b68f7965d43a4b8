package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.support.Journeys;
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

    private static long submit(Assignment assignment) {
        return Journeys.idFrom(Journeys.submit(assignment, "Un castillo en la nieve",
                "SQUARE", "1", UUID.randomUUID().toString()).getHeader("Location"), "/requests/");
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }

    /** A provider that always fails the same way, counting its calls. */
    static class FailingGenerator implements ImageGenerator {

        final AtomicInteger calls = new AtomicInteger();
        private final GenerationException.Kind kind;

        FailingGenerator(GenerationException.Kind kind) {
            this.kind = kind;
        }

        @Override
        public String id() {
            return "failing";
        }

        @Override
        public String model() {
            return "failing-model";
        }

        @Override
        public ImageSize sizeFor(Aspect aspect) {
            return new ImageSize(1024, 1024);
        }

        @Override
        public List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException {
            calls.incrementAndGet();
            throw new GenerationException(kind, "simulated " + kind);
        }
    }
}

package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** A request that SUCCEEDED records its estimated cost; one that produced no image records none. */
@QuarkusTest
class CostRecordingTest {

    @Test
    @TestSecurity(user = "student-cost-1", roles = "student")
    void tokensReportedByTheProviderArePricedWithTheModelsTokenPrices() {
        QuarkusMock.installMockForType(new PricedGenerator(Optional.of(new GenerationResult.TokenUsage(50, 4160, 4210))),
                ImageGenerator.class);
        long id = submitAndWait("student-cost-1", "1");

        // gpt-image-1-mini: 50 x $2/M + 4160 x $8/M (application.properties)
        assertThat(reload(id).estimatedCostUsd).isEqualByComparingTo(new BigDecimal("0.03338"));
    }

    @Test
    @TestSecurity(user = "student-cost-2", roles = "student")
    void withoutUsageEachImageIsPricedByTheQualityAndSizeThatWereSent() {
        QuarkusMock.installMockForType(new PricedGenerator(Optional.empty()), ImageGenerator.class);
        long id = submitAndWait("student-cost-2", "2");

        // gpt-image-1-mini, low, 1024x1024: $0.005 an image
        assertThat(reload(id).estimatedCostUsd).isEqualByComparingTo(new BigDecimal("0.010"));
    }

    @Test
    @TestSecurity(user = "student-cost-3", roles = "student")
    void offlinePreviewsCostZero() {
        long id = submitAndWait("student-cost-3", "1");
        GenerationRequest request = reload(id);
        assertThat(request.model).isEqualTo("offline-preview");
        assertThat(request.estimatedCostUsd).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @TestSecurity(user = "student-cost-4", roles = "student")
    void failedRequestsHaveNoEstimate() {
        QuarkusMock.installMockForType(new GenerationWorkerTest.FailingGenerator(GenerationException.Kind.CONFIGURATION),
                ImageGenerator.class);
        long id = submitAndWait("student-cost-4", "1");
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.FAILED);
        assertThat(request.estimatedCostUsd).isNull();
    }

    private static long submitAndWait(String student, String count) {
        Assignment assignment = Journeys.assignmentFor(student, "teacher-" + student, 8);
        long id = Journeys.idFrom(Journeys.submit(assignment, "Un faro en la costa", "SQUARE", count,
                UUID.randomUUID().toString()).getHeader("Location"), "/requests/");
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        return id;
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }

    /** Stands for a GPT-image provider: says what it sent, and the usage it was billed for (or none). */
    static class PricedGenerator extends TestGenerator {

        private final Optional<GenerationResult.TokenUsage> usage;
        private final OfflinePainter painter = new OfflinePainter();

        PricedGenerator(Optional<GenerationResult.TokenUsage> usage) {
            super("priced-test", "gpt-image-1-mini", new ImageSize(256, 256));
            this.usage = usage;
        }

        @Override
        public List<GeneratedImage> generate(GenerationSpec spec) {
            return java.util.stream.IntStream.range(0, spec.count()).mapToObj(i -> new GeneratedImage(
                    painter.paint(spec.studentPrompt(), spec.size(), spec.seed() + i), "image/png", spec.size()))
                    .toList();
        }

        @Override
        public GenerationResult generateDetailed(GenerationSpec spec) {
            return new GenerationResult(generate(spec), "{\"quality\":\"low\",\"size\":\"1024x1024\",\"n\":"
                    + spec.count() + "}", usage, Optional.empty());
        }
    }
}

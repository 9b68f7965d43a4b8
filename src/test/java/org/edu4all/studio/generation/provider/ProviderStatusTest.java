package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.junit.jupiter.api.Test;

class ProviderStatusTest {

    private static final Instant DEFAULT_NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void refusalsAreCountedButAreNotTheLastError() {
        ProviderStatus status = new ProviderStatus(Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC));

        status.recordSuccess();
        status.recordFailure(new GenerationException(Kind.CONFIGURATION, "azure-openai: HTTP 401: key refused"));
        status.recordFailure(new BlockedByProviderException("moderation_blocked", List.of("violence"), "refused"));
        ProviderStatus.Snapshot snapshot = status.snapshot("azure-openai", "gpt-image-1.5", "host", Optional.empty());

        assertThat(snapshot.calls()).isEqualTo(3);
        assertThat(snapshot.refusals()).isEqualTo(1);
        assertThat(snapshot.lastSuccessAt()).contains(DEFAULT_NOW);
        assertThat(snapshot.lastError()).hasValueSatisfying(error -> {
            assertThat(error.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(error.message()).isEqualTo("azure-openai: HTTP 401: key refused");
            assertThat(error.at()).isEqualTo(DEFAULT_NOW);
        });
        assertThat(snapshot.configured()).isTrue();
    }
}

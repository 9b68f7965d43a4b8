package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;

import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.TransientGenerationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.ws.rs.ProcessingException;

/** Every documented error body, classified, with messages that are safe to store. */
class ProviderErrorsTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "content_policy_violation, 400, BLOCKED_BY_PROVIDER",
        "moderation_blocked,       400, BLOCKED_BY_PROVIDER",
        "content_filter_output,    400, BLOCKED_BY_PROVIDER",
        "content_filter_blocklist, 400, BLOCKED_BY_PROVIDER",
        "rate_limited,             429, TRANSIENT",
        "server_error,             500, TRANSIENT",
        "server_error,             503, TRANSIENT",
        "unauthorized_azure,       401, CONFIGURATION",
        "unauthorized_openai,      401, CONFIGURATION",
        "forbidden,                403, CONFIGURATION",
        "deployment_not_found,     404, CONFIGURATION",
        "invalid_size,             400, CONFIGURATION",
        "insufficient_quota,       429, CONFIGURATION"
    })
    void documentedBodiesGetTheirKind(String fixture, int status, Kind kind) {
        GenerationException e = ProviderErrors.classify("azure-openai",
                new HttpReply(status, TestImages.errorBody(fixture), null, null));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).startsWith("azure-openai: ").contains(kind == Kind.BLOCKED_BY_PROVIDER
                ? "safety system" : "HTTP " + status);
    }

    @Test
    void refusalsKeepTheProvidersCodeAndCategories() {
        assertThat(blocked("content_policy_violation")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("content_policy_violation");
            assertThat(e.categories()).containsExactly("violence");
        });
        assertThat(blocked("moderation_blocked")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("moderation_blocked");
            assertThat(e.categories()).containsExactly("violence");
        });
        assertThat(blocked("content_filter_output")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("contentFilter");
            assertThat(e.categories()).isEmpty();
        });
        assertThat(blocked("content_filter_blocklist")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("content_filter");
            assertThat(e.categories()).containsExactly("custom_blocklist:school-terms");
        });
    }

    @Test
    void severalSafetyViolationsAreAllKept() {
        String body = "{\"error\":{\"message\":\"Rejected. safety_violations=[sexual, violence].\","
                + "\"type\":\"image_generation_user_error\",\"code\":\"moderation_blocked\"}}";

        GenerationException e = ProviderErrors.classify("openai", new HttpReply(400, body, null, null));

        assertThat(((BlockedByProviderException) e).categories()).containsExactly("sexual", "violence");
    }

    @Test
    void aBlocklistGivenAsAnArrayIsReadToo() {
        String body = "{\"error\":{\"code\":\"content_filter\",\"innererror\":{\"content_filter_result\":"
                + "{\"custom_blocklists\":[{\"filtered\":true,\"id\":\"list-a\"},{\"filtered\":false,\"id\":\"b\"}]}}}}";

        GenerationException e = ProviderErrors.classify("azure-openai", new HttpReply(400, body, null, null));

        assertThat(((BlockedByProviderException) e).categories()).containsExactly("custom_blocklist:list-a");
    }

    @Test
    void rateLimitsCarryTheWaitAndQuotaExhaustionDoesNot() {
        TransientGenerationException seconds = (TransientGenerationException) ProviderErrors.classify("azure-openai",
                new HttpReply(429, TestImages.errorBody("rate_limited"), "20", null));
        TransientGenerationException millis = (TransientGenerationException) ProviderErrors.classify("azure-openai",
                new HttpReply(429, TestImages.errorBody("rate_limited"), "20", "1500"));
        TransientGenerationException unknown = (TransientGenerationException) ProviderErrors.classify("azure-openai",
                new HttpReply(429, TestImages.errorBody("rate_limited"), "-1", "0"));
        TransientGenerationException busy = (TransientGenerationException) ProviderErrors.classify("azure-openai",
                new HttpReply(503, "<html>Service Unavailable</html>", "7", null));

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(millis.retryAfter()).contains(Duration.ofMillis(1500));
        assertThat(unknown.retryAfter()).isEmpty();
        assertThat(busy.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void messagesNeverQuoteTheProvider() {
        for (String fixture : List.of("unauthorized_openai", "moderation_blocked", "content_policy_violation",
                "rate_limited", "deployment_not_found")) {
            GenerationException e = ProviderErrors.classify("openai",
                    new HttpReply(fixture.startsWith("unauthorized") ? 401 : 400, TestImages.errorBody(fixture),
                            null, null));
            assertThat(e.getMessage()).doesNotContain("sk-").doesNotContain("req_").doesNotContain("Your request")
                    .doesNotContain("http");
        }
    }

    @Test
    void oddBodiesStillGetAKind() {
        assertThat(ProviderErrors.classify("openai", new HttpReply(502, "<html>Bad gateway</html>", null, null))
                .kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(ProviderErrors.classify("openai", new HttpReply(404, "", null, null)).kind())
                .isEqualTo(Kind.CONFIGURATION);
        assertThat(ProviderErrors.classify("openai", new HttpReply(400, "{\"error\":{\"code\":\"" + "x".repeat(200)
                + "\"}}", null, null)).getMessage()).doesNotContain("xxxx");
        assertThat(ProviderErrors.classify("openai", new HttpReply(200,
                TestImages.errorBody("moderation_blocked"), null, null)).kind()).isEqualTo(Kind.BLOCKED_BY_PROVIDER);
    }

    @Test
    void transportFailuresAreTransientAndSayWhich() {
        TransientGenerationException timeout = ProviderErrors.transport("openai",
                new ProcessingException(new IOException("The timeout period of 2000ms has been exceeded while "
                        + "executing POST /v1/images/generations for server localhost:1234")), Duration.ofSeconds(2));
        TransientGenerationException reset = ProviderErrors.transport("openai",
                new ProcessingException(new SocketException("Connection reset")), Duration.ofSeconds(2));

        assertThat(timeout.getMessage()).isEqualTo("openai: no answer within 2 s (timeout)");
        assertThat(reset.getMessage()).isEqualTo("openai: the connection failed or was reset (SocketException)");
    }

    private static BlockedByProviderException blocked(String fixture) {
        GenerationException e = ProviderErrors.classify("azure-openai",
                new HttpReply(400, TestImages.errorBody(fixture), null, null));
        assertThat(e).isInstanceOf(BlockedByProviderException.class);
        return (BlockedByProviderException) e;
    }
}

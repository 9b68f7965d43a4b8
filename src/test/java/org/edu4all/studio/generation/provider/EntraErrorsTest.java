package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.oidc.client.OidcClientException;

/** What a failed token request means for the queue, from the OAuth 2.0 error code Entra answers with. */
class EntraErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret\"}|CONFIGURATION",
            "{\"error\":\"unauthorized_client\"}|CONFIGURATION",
            "{\"error\":\"invalid_scope\"}|CONFIGURATION",
            "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90002: Tenant not found\"}|CONFIGURATION",
            "{\"error\":\"temporarily_unavailable\"}|TRANSIENT",
            "{\"error\":\"server_error\"}|TRANSIENT",
            "OIDC Server is not available|TRANSIENT",
            "<html>Bad gateway</html>|TRANSIENT" })
    void theOAuthErrorCodeDecides(String body, Kind kind) {
        GenerationException e = EntraTokens.classify("azure-openai", new OidcClientException(body));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).startsWith("azure-openai: Entra ID").doesNotContain("AADSTS");
    }
}

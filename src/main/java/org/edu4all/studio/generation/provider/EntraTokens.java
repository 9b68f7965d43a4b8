package org.edu4all.studio.generation.provider;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.TransientGenerationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig.Grant;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret.Method;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Entra ID bearer tokens for the Azure AI services, by the client-credentials grant of {@code quarkus-oidc-client}.
 * One token serves every call until shortly before it expires ({@link EntraConfig#refreshBefore()}), then the next
 * call fetches a new one. The OIDC client is built on first use, so an app using keys never needs Entra settings.
 * The token and the secret are never logged; failures say what to check, in our own words.
 */
@ApplicationScoped
public class EntraTokens {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** When a token answer has no {@code expires_in}: Entra's tokens live at least an hour. */
    private static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(60);
    private static final Pattern OAUTH_CODE = Pattern.compile("[a-z_]{1,40}");
    private static final Set<String> TRANSIENT_ERRORS = Set.of("temporarily_unavailable", "server_error");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntraConfig config;

    @Inject
    OidcClients clients;

    private Clock clock = Clock.systemUTC();
    private OidcClient client;
    private String token;
    private Instant refreshAt;

    /** The {@code Authorization} header value, {@code Bearer <token>}; fetched only when none is fresh. */
    public synchronized String authorization(String provider) throws GenerationException {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(refreshAt)) {
            Tokens tokens = fetch(provider);
            Long expiresAt = tokens.getAccessTokenExpiresAt();
            Instant expiry = expiresAt == null ? now.plus(ASSUMED_LIFETIME) : Instant.ofEpochSecond(expiresAt);
            token = tokens.getAccessToken();
            refreshAt = expiry.minus(config.refreshBefore());
        }
        return "Bearer " + token;
    }

    /** What is missing for Entra, if anything; for the admin page and the adapters' settings checks. */
    public Optional<String> configurationProblem() {
        if (blank(config.clientId()) || blank(config.clientSecret())) {
            return Optional.of("AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (edu4all.entra.*) must be set for Entra ID");
        }
        if (blank(config.tenantId()) && blank(config.tokenUrl())) {
            return Optional.of("AZURE_TENANT_ID (edu4all.entra.tenant-id) must be set for Entra ID");
        }
        return Optional.empty();
    }

    /** For tests: a clock that can run past a token's expiry without waiting for it. */
    synchronized void useClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: forget the cached token (the OIDC client stays). */
    public synchronized void forget() {
        token = null;
        refreshAt = null;
    }

    private Tokens fetch(String provider) throws GenerationException {
        try {
            return client(provider).getTokens().await().atMost(WAIT);
        } catch (OidcClientException e) {
            throw classify(provider, e);
        } catch (RuntimeException e) {
            throw new TransientGenerationException(provider + ": Entra ID did not answer with a token ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The OIDC client's exception carries the token endpoint's error body, whose {@code error} is the OAuth 2.0 code:
     * a wrong tenant, client id, secret or scope is a configuration error; {@code temporarily_unavailable},
     * {@code server_error} or no answer at all is worth trying again later. Only the code is kept (the body's
     * description is Entra's text, not ours).
     */
    static GenerationException classify(String provider, OidcClientException e) {
        String code = oauthError(e.getMessage());
        if (code == null || TRANSIENT_ERRORS.contains(code)) {
            return new TransientGenerationException(provider + ": Entra ID could not be reached or is busy"
                    + (code == null ? "" : " (" + code + ")"), e);
        }
        return new GenerationException(Kind.CONFIGURATION, provider + ": Entra ID refused the token request ("
                + code + "); check the tenant, client id, client secret and scope");
    }

    private static String oauthError(String body) {
        try {
            JsonNode error = body == null ? null : JSON.readTree(body).get("error");
            String code = error == null ? null : error.asText();
            return code != null && OAUTH_CODE.matcher(code).matches() ? code : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private OidcClient client(String provider) throws GenerationException {
        if (client == null) {
            Optional<String> problem = configurationProblem();
            if (problem.isPresent()) {
                throw new GenerationException(Kind.CONFIGURATION, provider + ": " + problem.get());
            }
            String tokenUrl = config.tokenUrl().filter(url -> !url.isBlank()).orElseGet(
                    () -> "https://login.microsoftonline.com/" + config.tenantId().orElseThrow().trim()
                            + "/oauth2/v2.0/token");
            client = clients.newClient(new OidcClientConfigBuilder()
                    .id("entra")
                    .tokenPath(tokenUrl)
                    .discoveryEnabled(false)
                    .clientId(config.clientId().orElseThrow().trim())
                    .credentials().clientSecret(config.clientSecret().orElseThrow(), Method.POST).end()
                    .grant(Grant.Type.CLIENT)
                    .scopes(config.scope())
                    .build()).await().atMost(WAIT);
        }
        return client;
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}

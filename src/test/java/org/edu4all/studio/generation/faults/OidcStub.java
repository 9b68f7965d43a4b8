package org.edu4all.studio.generation.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The packaged app runs the prod profile, which signs people in through an OIDC provider: WireMock serves a
 * discovery document and a signing key, so the app starts as it would in production. Nobody signs in in the fault
 * tests (requests go straight into the database, as the submission saves them): no bypass is needed in the app.
 *
 * <p>The queue benchmark signs its students in through the app's real code flow: {@link #serveSignIns} also answers
 * the token endpoint, with tokens signed by the key it publishes, for an authorization code that names the user (the
 * benchmark's client plays the browser and the login page, and hands the app that code on its redirect path).
 */
public final class OidcStub {

    private static final String REALM = "/realms/queue-faults";
    private static final String KEY_ID = "queue-faults";
    /** The app's default client id ({@code OIDC_CLIENT_ID} is not set by {@link PackagedApp}). */
    private static final String CLIENT_ID = "image-studio";

    private OidcStub() {
    }

    static String issuer(String base) {
        return base + REALM;
    }

    static void serve(WireMockServer wireMock) throws NoSuchAlgorithmException {
        serve(wireMock, keys());
    }

    /**
     * Discovery, the signing key, and a token endpoint that answers the code {@code <user>} with an ID token and an
     * access token for that user, carrying the role as Keycloak does ({@code realm_access.roles}).
     *
     * @param roles each user's one role (student, teacher, admin)
     * @param life  how long the tokens stay valid: the app's session lasts as long
     */
    public static void serveSignIns(WireMockServer wireMock, Map<String, String> roles, Duration life)
            throws NoSuchAlgorithmException, JsonProcessingException {
        KeyPair keys = keys();
        serve(wireMock, keys);
        String issuer = issuer(wireMock.baseUrl());
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> user : roles.entrySet()) {
            String name = user.getKey();
            String idToken = token(issuer, name, user.getValue(), life).jws()
                    .keyId(KEY_ID).sign(keys.getPrivate());
            String accessToken = token(issuer, name, user.getValue(), life).jws().keyId(KEY_ID)
                    .sign(keys.getPrivate());
            wireMock.stubFor(post(urlPathEqualTo(REALM + "/protocol/openid-connect/token"))
                    .withRequestBody(matching("(.*&)?code=" + Pattern.quote(name) + "(&.*)?"))
                    .willReturn(okJson(json.writeValueAsString(Map.of("access_token", accessToken,
                            "id_token", idToken, "token_type", "Bearer", "expires_in", life.toSeconds())))));
        }
    }

    private static JwtClaimsBuilder token(String issuer, String user, String role, Duration life) {
        return Jwt.issuer(issuer).subject(user).audience(CLIENT_ID).claim("preferred_username", user)
                .claim("name", user).claim("realm_access", Map.of("roles", List.of(role))).groups(Set.of(role))
                .expiresIn(life);
    }

    private static KeyPair keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static void serve(WireMockServer wireMock, KeyPair keys) {
        String issuer = issuer(wireMock.baseUrl());
        String openid = issuer + "/protocol/openid-connect";
        wireMock.stubFor(get(urlPathEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "jwks_uri":"%2$s/certs","userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer, openid))));
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        wireMock.stubFor(get(urlPathEqualTo(REALM + "/protocol/openid-connect/certs")).willReturn(okJson("""
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        url.encodeToString(key.getPublicExponent().toByteArray())))));
    }

    /** A JWK's modulus is unsigned: drop the sign byte Java adds. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}

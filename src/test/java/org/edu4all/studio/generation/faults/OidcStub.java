package org.edu4all.studio.generation.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The packaged app runs the prod profile, which signs people in through an OIDC provider: WireMock serves a
 * discovery document and a signing key, so the app starts as it would in production. Nobody signs in in these tests
 * (requests go straight into the database, as the submission saves them): no bypass is needed in the app.
 */
final class OidcStub {

    private static final String REALM = "/realms/queue-faults";

    private OidcStub() {
    }

    static String issuer(String base) {
        return base + REALM;
    }

    static void serve(WireMockServer wireMock) throws NoSuchAlgorithmException {
        String issuer = issuer(wireMock.baseUrl());
        String openid = issuer + "/protocol/openid-connect";
        wireMock.stubFor(get(urlPathEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "jwks_uri":"%2$s/certs","userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer, openid))));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        wireMock.stubFor(get(urlPathEqualTo(REALM + "/protocol/openid-connect/certs")).willReturn(okJson("""
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"queue-faults","n":"%s","e":"%s"}]}"""
                .formatted(url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        url.encodeToString(key.getPublicExponent().toByteArray())))));
    }

    /** A JWK's modulus is unsigned: drop the sign byte Java adds. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}

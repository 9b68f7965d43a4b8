package org.edu4all.studio.generation.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Image URLs in answers: downloaded over https from the provider's host only, never redirected, never bigger than the
 * cap. WireMock serves https with its own self-signed certificate, which only this test's client trusts.
 */
class ImageDownloaderTest {

    private static final byte[] DEFAULT_PNG = TestImages.png(64, 64);
    private static WireMockServer wireMock;

    private ImageDownloader downloader;

    @BeforeAll
    static void startServer() {
        wireMock = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        wireMock.start();
    }

    @AfterAll
    static void stopServer() {
        wireMock.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        wireMock.resetAll();
        downloader = new ImageDownloader(Set.of("localhost"), 10_000, Duration.ofSeconds(5), trustingClient());
    }

    @Test
    void downloadsTheBytesAsServed() throws GenerationException {
        wireMock.stubFor(get(urlPathEqualTo("/images/a.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(DEFAULT_PNG)));

        assertThat(downloader.download(https("/images/a.png?sig=abc"))).isEqualTo(DEFAULT_PNG);
    }

    @Test
    void redirectsAreNotFollowed() {
        wireMock.stubFor(get(urlPathEqualTo("/images/moved.png")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", https("/images/a.png"))));

        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> downloader.download(https("/images/moved.png")));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("HTTP 302 (redirects are refused)");
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/images/a.png")));
    }

    @Test
    void moreBytesThanTheCapAreRefused() {
        wireMock.stubFor(get(urlPathEqualTo("/images/big.png")).willReturn(aResponse().withStatus(200)
                .withBody(new byte[10_001])));
        wireMock.stubFor(get(urlPathEqualTo("/images/big-chunked.png")).willReturn(aResponse().withStatus(200)
                .withChunkedDribbleDelay(2, 10).withBody(new byte[10_001])));

        assertThat(catchThrowableOfType(GenerationException.class, () -> downloader.download(https("/images/big.png")))
                .getMessage()).contains("is over 10000 bytes");
        assertThat(catchThrowableOfType(GenerationException.class,
                () -> downloader.download(https("/images/big-chunked.png"))).getMessage())
                .contains("is over 10000 bytes");
    }

    @Test
    void onlyHttpsOnTheProvidersHostsIsFetched() {
        assertThat(refusal("http://localhost:" + wireMock.port() + "/images/a.png")).contains("not https");
        assertThat(refusal("https://attacker.example/images/a.png")).contains("'attacker.example'");
        assertThat(refusal("https://user:pw@localhost:" + wireMock.httpsPort() + "/a.png")).contains("not one of");
        assertThat(refusal("file:///etc/passwd")).contains("not https");
        assertThat(refusal("not a url at all")).contains("not a URL");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    private String refusal(String url) {
        GenerationException e = catchThrowableOfType(GenerationException.class, () -> downloader.download(url));
        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        return e.getMessage();
    }

    private static String https(String path) {
        return "https://localhost:" + wireMock.httpsPort() + path;
    }

    /**
     * Trusts WireMock's self-signed certificate, whose name is not "localhost"; for this test only. An extended trust
     * manager, because the JDK checks host names itself around a plain one.
     */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}

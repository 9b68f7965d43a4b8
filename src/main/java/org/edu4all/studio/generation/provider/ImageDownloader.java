package org.edu4all.studio.generation.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.TransientGenerationException;

/**
 * Fetches an image a provider returned as a URL instead of base64, at once (such URLs expire within the hour or the
 * day). Only https, only the provider's own hosts, no redirects, and at most {@code maxBytes}: a URL in an answer is
 * data from outside, and must not make the server fetch anything else. The URL itself is never logged or stored (it
 * may carry a signature); messages name its host only.
 */
public final class ImageDownloader {

    private final Set<String> allowedHosts;
    private final long maxBytes;
    private final Duration timeout;
    private HttpClient http;

    /**
     * @param allowedHosts host names the provider serves images from (exact match, case-insensitive)
     * @param maxBytes     the most bytes one image may have
     * @param timeout      for connecting and for the whole download
     */
    public ImageDownloader(Set<String> allowedHosts, long maxBytes, Duration timeout) {
        this(allowedHosts, maxBytes, timeout, null);
    }

    /** With a ready client, for tests; it must not follow redirects. */
    public ImageDownloader(Set<String> allowedHosts, long maxBytes, Duration timeout, HttpClient http) {
        if (http != null && http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the download client must not follow redirects");
        }
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.http = http;
    }

    /** The image's bytes, exactly as served. */
    public byte[] download(String url) throws GenerationException {
        URI uri = check(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TransientGenerationException("image download from " + uri.getHost() + " answered HTTP "
                            + response.statusCode() + (response.statusCode() / 100 == 3 ? " (redirects are refused)"
                                    : ""));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooLarge(uri);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(uri);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new TransientGenerationException("image download from " + uri.getHost() + " failed ("
                    + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientGenerationException("image download from " + uri.getHost() + " was interrupted", e);
        }
    }

    /** Built on first use: GPT-image models answer in base64, so most adapters never need one. */
    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        }
        return http;
    }

    /** Refuses anything but an https URL on an allowed host, without user info. */
    URI check(String url) throws GenerationException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new GenerationException(Kind.CONFIGURATION, "the provider returned an image URL that is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new GenerationException(Kind.CONFIGURATION, "the provider returned an image URL that is not https"
                    + " (ask for base64 instead: response_format b64_json)");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null || !allowedHosts.contains(host)) {
            throw new GenerationException(Kind.CONFIGURATION, "the provider returned an image URL on host '"
                    + ProviderErrors.safe(host) + "', which is not one of its allowed download hosts");
        }
        return uri;
    }

    private TransientGenerationException tooLarge(URI uri) {
        return new TransientGenerationException("image download from " + uri.getHost() + " is over " + maxBytes
                + " bytes");
    }
}

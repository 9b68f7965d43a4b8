package org.edu4all.studio.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One student's browser in the queue benchmark, against the packaged app: it signs in through the app's real OIDC
 * code flow (the app's redirect to the provider, the provider's redirect back with a code, the app's own token call
 * and session cookie; {@code OidcStub} plays the provider and answers the code with that student's tokens), keeps
 * its cookies, and posts the prompt form as the page does, with the page's CSRF token and a fresh request key.
 */
final class BenchBrowser {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final URI app;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile String csrfToken;

    private BenchBrowser(URI app) {
        this.app = app;
    }

    /** Signs {@code user} in, as the "Entrar" button does, and lands on their home page. */
    static BenchBrowser signIn(URI app, String user) throws IOException, InterruptedException {
        BenchBrowser browser = new BenchBrowser(app);
        HttpResponse<String> toProvider = browser.get(app.resolve("/login"));
        URI authorize = URI.create(browser.redirect(toProvider, 302));
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        // What the provider's login page would do once the user has signed in: back to the app with a code.
        URI callback = URI.create(query.get("redirect_uri") + "?code=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        String restored = browser.redirect(browser.get(callback), 302);
        String home = browser.redirect(browser.get(app.resolve(restored)), 303);
        int status = browser.get(app.resolve(home)).statusCode();
        if (status != 200 || browser.sessionCookies().isEmpty()) {
            throw new IllegalStateException("signing in as " + user + " ended with " + status + ", cookies "
                    + browser.cookies.keySet());
        }
        return browser;
    }

    /** The session's cookies as a {@code Cookie} header, for wrk. */
    String sessionCookies() {
        return cookies.entrySet().stream().filter(c -> c.getKey().startsWith("q_session"))
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** The status of a GET of {@code path}, signed in. */
    int status(String path) throws IOException, InterruptedException {
        return get(app.resolve(path)).statusCode();
    }

    /** Opens an assignment's page, as a student does before writing a prompt: it carries the form's CSRF token. */
    void open(long assignment) throws IOException, InterruptedException {
        HttpResponse<String> page = get(app.resolve("/assignments/" + assignment));
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("assignment " + assignment + ": status " + page.statusCode()
                    + ", no CSRF token on the page");
        }
        csrfToken = token.group(1);
    }

    /**
     * Posts the prompt form of an {@link #open opened} assignment; the app answers a saved request with a redirect to
     * its page, anything else with a redirect back to the assignment.
     *
     * @return the saved request's page
     */
    String submit(long assignment, String prompt) throws IOException, InterruptedException {
        String form = Map.of("prompt", prompt, "aspect", "square", "count", "1",
                "requestKey", UUID.randomUUID().toString(), "csrf-token", csrfToken).entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> saved = send(HttpRequest.newBuilder(app.resolve("/assignments/" + assignment
                + "/requests")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = redirect(saved, 303);
        if (!location.contains("/requests/")) {
            throw new IllegalStateException("request not saved (a quota or cap in the way? raise it for the bench):"
                    + " sent back to " + location);
        }
        return location;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String[] nameValue = set.split(";", 2)[0].split("=", 2);
            boolean removed = set.toLowerCase(Locale.ROOT).contains("max-age=0") || nameValue[1].isEmpty();
            if (removed) {
                cookies.remove(nameValue[0].strip());
            } else {
                cookies.put(nameValue[0].strip(), nameValue[1].strip());
            }
        }
        return response;
    }

    private String redirect(HttpResponse<String> response, int expected) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != expected || location.isEmpty()) {
            throw new IllegalStateException(response.request().uri().getPath() + ": expected a " + expected
                    + " redirect, got " + response.statusCode() + " to '" + location + "'");
        }
        return location;
    }
}

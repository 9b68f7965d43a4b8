package org.edu4all.studio.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The queue benchmark's provider: answers every {@code POST /v1/images/generations} with one fixed body after a fixed
 * latency, and measures how late it was itself. Run by {@code bench/queue-bench.sh} as its own JVM, so its threads
 * and heap are not the app's.
 *
 * <p>Why not WireMock, as the provider tests use: under 200 delayed calls at once, WireMock standalone's own answers
 * came up to 300 ms late (a bare Java client against it, no app at all), more than the app overhead the benchmark is
 * there to measure. This stub keeps the answer as ready bytes and sends it from a Vert.x timer on one event loop, and
 * it reports its own lateness (timer fired, answer handed to the socket), so the benchmark can show how much of the
 * measured overhead is the stub's.
 *
 * <pre>java -cp &lt;test classpath&gt; org.edu4all.studio.bench.StubProvider &lt;port&gt; &lt;latency ms&gt;</pre>
 *
 * Admin paths: {@code PUT /__answer} (the JSON body every call gets), {@code PUT /__latency} (the latency in ms
 * for the calls from now on), {@code GET /__health}, {@code GET /__stats}
 * (calls answered, and the stub's own lateness beyond the latency, in ms: p50, p99, max), {@code GET /__calls} (per
 * call: the number in its prompt's "número N", and when the request was read and the answer written, in epoch
 * microseconds, so that the benchmark can split the overhead into the app's time before and after the call),
 * {@code POST /__reset} (forget the calls so far, after a warm-up).
 */
public final class StubProvider {

    private static final int MAX_CALLS = 100_000;

    /** Changed by {@code PUT /__latency} between phases (a faster warm-up), never while a measured run is on. */
    private volatile long latencyMillis;
    private static final Pattern NUMBER = Pattern.compile("mero (\\d+)");

    private final long[] latenessMicros = new long[MAX_CALLS];
    private final long[] callNumber = new long[MAX_CALLS];
    private final long[] readAtMicros = new long[MAX_CALLS];
    private final long[] writtenAtMicros = new long[MAX_CALLS];
    private final AtomicInteger answered = new AtomicInteger();
    private volatile Buffer answer = Buffer.buffer("{\"error\":{\"message\":\"no answer set\"}}");

    private StubProvider(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        StubProvider stub = new StubProvider(Long.parseLong(args[1]));
        // One event loop is plenty for timers and 50 KB answers, and leaves the other core to the app.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setTcpNoDelay(true))
                .requestHandler(request -> stub.handle(vertx, request))
                .listen()
                .onSuccess(server -> System.out.println("stub provider on port " + server.actualPort()))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    private void handle(Vertx vertx, HttpServerRequest request) {
        switch (request.path()) {
            case "/__health" -> request.response().end("ok");
            case "/__stats" -> request.response().putHeader("Content-Type", "application/json").end(stats().encode());
            case "/__reset" -> {
                answered.set(0); // on the event loop, as every answer is recorded: no answer is half-counted
                request.response().setStatusCode(204).end();
            }
            case "/__latency" -> request.body().onSuccess(body -> {
                latencyMillis = Long.parseLong(body.toString().trim());
                request.response().setStatusCode(204).end();
            });
            case "/__answer" -> request.body().onSuccess(body -> {
                answer = body.copy();
                request.response().setStatusCode(204).end();
            });
            case "/v1/images/generations" -> request.body().onSuccess(body -> {
                long latency = latencyMillis;
                long due = System.nanoTime() + latency * 1_000_000;
                long readAt = epochMicros();
                Matcher number = NUMBER.matcher(body.toString());
                long n = number.find() ? Long.parseLong(number.group(1)) : -1;
                vertx.setTimer(latency, timer -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(answer)
                        .onComplete(written -> record(System.nanoTime() - due, n, readAt, epochMicros())));
            });
            case "/__calls" -> request.response().putHeader("Content-Type", "application/json").end(calls().encode());
            default -> request.response().setStatusCode(404).end();
        }
    }

    private void record(long lateNanos, long number, long readAt, long writtenAt) {
        int n = answered.getAndIncrement();
        if (n < MAX_CALLS) {
            latenessMicros[n] = lateNanos / 1000;
            callNumber[n] = number;
            readAtMicros[n] = readAt;
            writtenAtMicros[n] = writtenAt;
        }
    }

    /** Wall-clock microseconds, comparable with the app's and PostgreSQL's timestamps on the same machine. */
    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private JsonArray calls() {
        int n = Math.min(answered.get(), MAX_CALLS);
        JsonArray calls = new JsonArray();
        for (int i = 0; i < n; i++) {
            calls.add(new JsonArray().add(callNumber[i]).add(readAtMicros[i]).add(writtenAtMicros[i]));
        }
        return calls;
    }

    private JsonObject stats() {
        int n = Math.min(answered.get(), MAX_CALLS);
        long[] sorted = Arrays.copyOf(latenessMicros, n);
        Arrays.sort(sorted);
        return new JsonObject().put("answered", n)
                .put("latenessP50Ms", percentile(sorted, 0.50))
                .put("latenessP99Ms", percentile(sorted, 0.99))
                .put("latenessMaxMs", n == 0 ? 0 : sorted[n - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}

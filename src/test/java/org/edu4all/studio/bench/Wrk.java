package org.edu4all.studio.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs wrk (an external process, so its threads and allocations are not the app's) and reads its numbers from a Lua
 * {@code done} hook as JSON, exact to the microsecond, instead of parsing its rounded text.
 */
final class Wrk {

    /** What one wrk run measured; latencies in microseconds. */
    record Result(String name, String target, int connections, double seconds, long requests, double perSecond,
            long p50, long p90, long p99, long max, long bytes, long errorsStatus, long errorsSocket) {

        double p99Millis() {
            return p99 / 1000.0;
        }
    }

    private static final String DONE_HOOK = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"status_errors":%d,\
            "socket_errors":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\\n', summary.requests, summary.duration,\
             summary.bytes, e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50),\
             latency:percentile(90), latency:percentile(99), latency.max))
            end
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wrk() {
    }

    /** Loads {@code paths} on {@code base} round-robin with the session {@code cookie}, as fast as it can. */
    static Result run(String name, URI base, List<String> paths, String cookie, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(name, base, paths, cookie, connections, duration, Duration.ZERO);
    }

    /**
     * As above, but each connection waits before each request (wrk's {@code delay} hook), as a browser that polls
     * does: a random wait, {@code thinkTime} on average (uniform from 0 to twice that), so that the connections do
     * not all ask at the same moment. With a fixed wait, 40 connections stayed in step and their pages came in
     * bursts of 40. The wait is not part of the latency.
     */
    static Result run(String name, URI base, List<String> paths, String cookie, int connections, Duration duration,
            Duration thinkTime) throws IOException, InterruptedException {
        Path script = Files.createTempFile("wrk-" + name, ".lua");
        try {
            String delay = thinkTime.isZero() ? "" : "math.randomseed(os.time() + math.floor(os.clock() * 1e6))\n"
                    + "delay = function()\n  return math.random(0, " + 2 * thinkTime.toMillis() + ")\nend\n";
            Files.writeString(script, rotation(paths) + delay + DONE_HOOK, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)),
                    "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s",
                    "-s", script.toString(), "-H", "Cookie: " + cookie, base.resolve(paths.get(0)).toString()));
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0 || !output.contains("WRK_JSON ")) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            String json = output.substring(output.indexOf("WRK_JSON ") + 9).lines().findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Number> n = JSON.readValue(json, Map.class);
            double seconds = n.get("duration_us").longValue() / 1e6;
            long requests = n.get("requests").longValue();
            return new Result(name, paths.size() == 1 ? paths.get(0) : paths.size() + " paths round-robin",
                    connections, seconds, requests, requests / seconds, n.get("p50").longValue(),
                    n.get("p90").longValue(), n.get("p99").longValue(), n.get("max").longValue(),
                    n.get("bytes").longValue(), n.get("status_errors").longValue(), n.get("socket_errors").longValue());
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String rotation(List<String> paths) {
        StringBuilder lua = new StringBuilder("local paths = {");
        paths.forEach(p -> lua.append('"').append(p).append("\","));
        return lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n")
                .append("  return wrk.format(nil, paths[i])\nend\n").toString();
    }
}

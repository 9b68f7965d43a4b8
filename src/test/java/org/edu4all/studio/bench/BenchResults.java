package org.edu4all.studio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * One benchmark's results: every number as JSON, a short human summary with each target as a PASS or FAIL line
 * computed from those numbers, both timestamped, and the summary again as {@code <name>-latest.txt}.
 */
final class BenchResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    private final String name;
    private final Map<String, Object> numbers = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final Instant started = Instant.now();

    /** Time the JIT compilers have spent so far in this JVM, which is the app's: shows whether a run was warm. */
    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    BenchResults(String name) {
        this.name = name;
        numbers.put("started", started.toString());
        numbers.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(),
                "loadAverageAtStart", loadAverage(), "java", System.getProperty("java.version")));
        numbers.put("extraOptions", extraOptions());
    }

    /** The options the script was given beyond its own (a flag tried in one run), so that no result hides them. */
    private static String extraOptions() {
        return System.getProperty("bench.extra-options", "").strip();
    }

    void put(String key, Object value) {
        numbers.put(key, value);
    }

    void line(String format, Object... args) {
        lines.add(String.format(java.util.Locale.ROOT, format, args));
    }

    /** A target, judged from the measured number, never hand-written. */
    boolean target(String what, boolean met, String measured) {
        targets.add((met ? "PASS  " : "FAIL  ") + what + ": " + measured);
        return met;
    }

    Path write() throws IOException {
        Path dir = Path.of(System.getProperty("bench.results", "bench/results"));
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        numbers.put("targets", targets);
        JSON.writeValue(dir.resolve(name + "-" + stamp + ".json").toFile(), numbers);
        StringBuilder text = new StringBuilder(name + " benchmark, " + started + " (UTC), " + numbers.get("machine")
                + "\n\n");
        if (!extraOptions().isEmpty()) {
            text.append("Run with: ").append(extraOptions()).append("\n\n");
        }
        lines.forEach(l -> text.append(l).append('\n'));
        text.append("\nTargets:\n");
        targets.forEach(t -> text.append("  ").append(t).append('\n'));
        text.append("\nAll numbers: ").append(name).append('-').append(stamp).append(".json\n");
        Files.writeString(dir.resolve(name + "-" + stamp + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + "-latest.txt"), text, StandardCharsets.UTF_8);
        System.out.println(text);
        return dir;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

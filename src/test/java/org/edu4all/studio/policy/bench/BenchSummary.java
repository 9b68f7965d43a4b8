package org.edu4all.studio.policy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.edu4all.studio.policy.DefaultPolicyList;

/**
 * Turns the JMH JSON of {@link PolicyBenchmark} into the short text summary that {@code bench/policy-bench.sh}
 * writes to {@code bench/results/policy-latest.txt}, and checks it against the targets.
 *
 * <p>Usage: {@code BenchSummary RESULT.json SUMMARY.txt [NOTE]}; the note (the script passes the load average)
 * is printed as it is.
 */
public final class BenchSummary {

    static final double ENGINE_P99_TARGET_US = 100.0;
    static final double SPEEDUP_TARGET = 10.0;

    private BenchSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BenchSummary RESULT.json SUMMARY.txt [NOTE]");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        String summary = summarize(results, args[0], args.length > 2 ? args[2] : "", Instant.now());
        Files.writeString(Path.of(args[1]), summary, StandardCharsets.UTF_8);
        System.out.print(summary);
    }

    static String summarize(JsonNode results, String source, String note, Instant when) {
        StringBuilder out = new StringBuilder();
        out.append("Policy engine benchmark (").append(when).append(")\n");
        out.append("Results: ").append(source).append('\n');
        out.append(String.format(Locale.ROOT, "List: %d default terms + %d synthetic; prompt: %d characters%n",
                DefaultPolicyList.terms().size(), PolicyBenchmark.SYNTHETIC_TERMS, PolicyBenchmark.PROMPT_LENGTH));
        if (results.size() > 0) {
            JsonNode first = results.get(0);
            out.append("JVM: ").append(first.path("vmName").asText()).append(' ')
                    .append(first.path("jdkVersion").asText()).append(", mode: ").append(first.path("mode").asText())
                    .append(", forks: ").append(first.path("forks").asText()).append('\n');
        }
        if (!note.isBlank()) {
            out.append(note.strip()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%n%-18s %10s %10s %10s %10s %10s%n",
                "benchmark (us)", "samples", "mean", "p50", "p99", "p99.9"));
        double engineP99 = Double.NaN;
        double naiveP99 = Double.NaN;
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText().replaceAll(".*\\.", "");
            JsonNode metric = result.path("primaryMetric");
            JsonNode percentiles = metric.path("scorePercentiles");
            double p99 = percentiles.path("99.0").asDouble(Double.NaN);
            out.append(String.format(Locale.ROOT, "%-18s %10d %10.1f %10.1f %10.1f %10.1f%n", name,
                    sampleCount(metric), metric.path("score").asDouble(),
                    percentiles.path("50.0").asDouble(Double.NaN), p99, percentiles.path("99.9").asDouble(Double.NaN)));
            if (name.equals("engineBenign")) {
                engineP99 = p99;
            } else if (name.equals("naiveRegexBenign")) {
                naiveP99 = p99;
            }
        }
        double speedup = naiveP99 / engineP99;
        out.append(String.format(Locale.ROOT, "%nengine p99 (benign prompt): %.1f us, target < %.0f us: %s%n",
                engineP99, ENGINE_P99_TARGET_US, verdict(engineP99 < ENGINE_P99_TARGET_US)));
        out.append(String.format(Locale.ROOT, "naive regex p99 / engine p99: %.0fx, target >= %.0fx: %s%n",
                speedup, SPEEDUP_TARGET, verdict(speedup >= SPEEDUP_TARGET)));
        return out.toString();
    }

    /** SampleTime results carry their samples as a histogram: [iteration][bucket] = [value, count]. */
    private static long sampleCount(JsonNode metric) {
        long count = 0;
        for (JsonNode fork : metric.path("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    count += bucket.path(1).asLong();
                }
            }
        }
        return count;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}

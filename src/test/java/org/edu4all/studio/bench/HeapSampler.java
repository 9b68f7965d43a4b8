package org.edu4all.studio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Samples a JVM's heap (the benchmarked app's) once a second with {@code jstat -gc}, from outside, as an operator
 * would. Used heap is survivor + eden + old occupancy; committed is what the JVM has reserved for them.
 */
final class HeapSampler implements AutoCloseable {

    /** One jstat line, in MB. */
    record Sample(double usedMb, double committedMb, double oldUsedMb, long youngGcs, long fullGcs, double gcSeconds) {
    }

    private final Process jstat;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    HeapSampler(long pid) throws IOException {
        jstat = new ProcessBuilder(jstat(), "-gc", String.valueOf(pid), "1000")
                .redirectErrorStream(true).start();
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    /** The running JDK's jstat, else the one on the PATH. */
    static String jstat() {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        return Files.isExecutable(jstat) ? jstat.toString() : "jstat";
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line; (line = in.readLine()) != null;) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    header = cells;
                } else if (header != null && cells.size() == header.size()) {
                    samples.add(sample(header, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat stopped: the samples taken so far stand
        }
    }

    private static Sample sample(List<String> header, List<String> cells) {
        double used = kb(header, cells, "S0U") + kb(header, cells, "S1U") + kb(header, cells, "EU")
                + kb(header, cells, "OU");
        double committed = kb(header, cells, "S0C") + kb(header, cells, "S1C") + kb(header, cells, "EC")
                + kb(header, cells, "OC");
        return new Sample(used / 1024, committed / 1024, kb(header, cells, "OU") / 1024,
                (long) kb(header, cells, "YGC"), (long) kb(header, cells, "FGC"), kb(header, cells, "GCT"));
    }

    private static double kb(List<String> header, List<String> cells, String column) {
        int index = header.indexOf(column);
        return index < 0 || "-".equals(cells.get(index)) ? 0 : Double.parseDouble(cells.get(index));
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }
}

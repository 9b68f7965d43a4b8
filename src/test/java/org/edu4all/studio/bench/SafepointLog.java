package org.edu4all.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarked app's safepoints (GC pauses and the JVM's other stop-the-world operations), read from its
 * {@code -Xlog:safepoint} file, so that each run can say how much of its slowest requests' time the whole JVM was
 * stopped, instead of a GC log being read by hand after some of them.
 */
final class SafepointLog {

    /** The option that writes the log {@link #read} reads: wall-clock milliseconds, comparable with the database's. */
    static String option(Path file) {
        return "-Xlog:safepoint:file=" + file + ":timemillis";
    }

    // [1796516351854ms] Safepoint "G1CollectForAllocation", Time since last: ..., Total: 19406779 ns
    private static final Pattern LINE = Pattern.compile("\\[(\\d+)ms\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");

    private SafepointLog() {
    }

    /**
     * The stops logged, in order, each from when the JVM asked its threads to stop to when they resumed, named by its
     * operation; the log line is written when a stop ends, which is where its time is taken.
     */
    static List<Pause> read(Path file) throws IOException {
        List<Pause> stops = new ArrayList<>();
        if (!Files.exists(file)) {
            return stops;
        }
        for (String line : Files.readAllLines(file)) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                long end = Long.parseLong(m.group(1)) * 1000;
                long total = Long.parseLong(m.group(3)) / 1000;
                stops.add(new Pause(m.group(2), end - total, end));
            }
        }
        return stops;
    }
}

package org.edu4all.studio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time went between two readings, from the kernel's own per-thread and per-process accounting
 * ({@code /proc}): the app's threads by name, PostgreSQL's processes by kind, the stub, the driver, wrk, the stall
 * meter, and the rest of the machine. Two readings and nothing in between, so the accounting costs the run nothing.
 *
 * <p>Why: the queue bench's tail is queueing for two cores that the app, PostgreSQL, the stub, the driver and wrk
 * share, so which of them used the cores, and how much of the two there was, says where a millisecond can still come
 * from. A process that ended between the readings (an autovacuum worker, a short-lived tool) falls into "the rest".
 */
final class CpuAccounting {

    /** Linux's USER_HZ: the unit of every CPU figure in {@code /proc}, 100 on every architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[-#]?\\d+$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    static final String REST = "the rest of the machine";
    static final String INTERRUPTS = "the kernel's interrupt handling (network included)";

    /**
     * CPU ticks by group, and the whole machine's busy ticks and interrupt-handling ticks ({@code /proc/stat}) at the
     * same moment. Interrupt time (loopback networking among it) is charged to no process. {@code takenAtNanos}
     * ({@link System#nanoTime}) is when the reading began, so that the CPU the machine had between two readings is
     * their own span, not one timed around them.
     */
    record Reading(Map<String, Long> ticks, long machineBusy, long machineInterrupts, long takenAtNanos) {

        /** Seconds of wall-clock time from {@code before} to this reading. */
        double secondsSince(Reading before) {
            return (takenAtNanos - before.takenAtNanos()) / 1e9;
        }
    }

    private CpuAccounting() {
    }

    /**
     * @param perThread the processes to break down by thread name ("app" -> its pid)
     * @param whole     the processes to count whole ("stub", "driver")
     * @param postmasterPid PostgreSQL's server process: its children are grouped by kind; wrk and the stall meter
     *                  are found by name
     */
    static Reading read(Map<String, Long> perThread, Map<String, Long> whole, long postmasterPid) throws IOException {
        long takenAt = System.nanoTime();
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : perThread.entrySet()) {
            Path tasks = Path.of("/proc", String.valueOf(process.getValue()), "task");
            try (Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    String stat = read(thread.resolve("stat"));
                    if (stat.isEmpty()) {
                        continue; // ended while we looked
                    }
                    String name = TRAILING_NUMBER.matcher(read(thread.resolve("comm")).strip()).replaceAll("");
                    ticks.merge(process.getKey() + ": " + name, ticksOf(stat), Long::sum);
                }
            }
        }
        for (Map.Entry<String, Long> process : whole.entrySet()) {
            ticks.merge(process.getKey(), ticksOf(read(Path.of("/proc", String.valueOf(process.getValue()), "stat"))),
                    Long::sum);
        }
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path proc : all.filter(p -> DIGITS.matcher(p.getFileName().toString()).matches()).toList()) {
                String stat = read(proc.resolve("stat"));
                if (stat.isEmpty()) {
                    continue; // ended while we looked
                }
                String group = groupOf(stat, read(proc.resolve("cmdline")), postmasterPid);
                if (group != null) {
                    ticks.merge(group, ticksOf(stat), Long::sum);
                }
            }
        }
        String procStat = read(Path.of("/proc/stat"));
        return new Reading(ticks, machineBusy(procStat), machineInterrupts(procStat), takenAt);
    }

    /** Seconds of CPU per group between the two readings, largest first, with the rest of the machine last. */
    static Map<String, Double> between(Reading before, Reading after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long accounted = 0;
        for (Map.Entry<String, Long> group : after.ticks().entrySet()) {
            long used = group.getValue() - before.ticks().getOrDefault(group.getKey(), 0L);
            accounted += used;
            seconds.put(group.getKey(), used / TICKS_PER_SECOND);
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        seconds.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        long interrupts = after.machineInterrupts() - before.machineInterrupts();
        sorted.put(INTERRUPTS, interrupts / TICKS_PER_SECOND);
        sorted.put(REST, Math.max(0, after.machineBusy() - before.machineBusy() - accounted - interrupts)
                / TICKS_PER_SECOND);
        return sorted;
    }

    /** PostgreSQL's processes by kind (every client connection is a "backend"), wrk, the stall meter; else null. */
    static String groupOf(String stat, String cmdline, long postmasterPid) {
        long parent = Long.parseLong(fields(stat)[1]);
        String command = cmdline.replace('\0', ' ').strip();
        if (parent == postmasterPid && command.startsWith("postgres: ")) {
            String title = command.substring("postgres: ".length());
            return title.contains("(") ? "PostgreSQL: backends" : "PostgreSQL: " + DIGITS.matcher(title).replaceAll("")
                    .strip();
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.equals("wrk")) {
            return "wrk";
        }
        if (name.equals("jstat")) { // a native launcher: its command line names no Java class
            return "jstat (the heap sampler)";
        }
        if (command.contains("plexus-classworlds")) {
            return "Maven (the driver's parent)";
        }
        return command.contains("stall-meter") ? "stall meter" : null;
    }

    /** utime + stime of a {@code stat} line: fields 14 and 15, counted after the command name in parentheses. */
    static long ticksOf(String stat) {
        String[] after = fields(stat);
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }

    /** Every CPU's busy ticks ({@code /proc/stat}'s first line, all but idle and iowait). */
    static long machineBusy(String procStat) {
        String[] cpu = allCpus(procStat);
        long busy = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy;
    }

    /** The ticks every CPU spent handling interrupts ({@code /proc/stat}'s irq and softirq), which no process pays. */
    static long machineInterrupts(String procStat) {
        String[] cpu = allCpus(procStat);
        return Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
    }

    /** {@code /proc/stat}'s first line, the sum over every CPU: "cpu", then user, nice, system, idle, iowait, ... */
    private static String[] allCpus(String procStat) {
        return procStat.lines().findFirst().orElseThrow().trim().split("\\s+");
    }

    /** A one-line summary: the total against what the cores had, then each group. */
    static String summary(Map<String, Double> seconds, double runSeconds, int cpus, int groups) {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%.1f s of the %.0f s the %d CPUs had (%.0f %%):", total, runSeconds * cpus, cpus,
                100 * total / (runSeconds * cpus)));
        List<Map.Entry<String, Double>> entries = seconds.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, Double> e = entries.get(i);
            if (i < groups || e.getKey().equals(REST) || e.getKey().equals(INTERRUPTS)) {
                line.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue()));
            }
        }
        return line.toString();
    }

    /** The fields after the command name, which may itself hold spaces and parentheses. */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException ended) {
            return ""; // the thread or process ended between listing and reading
        }
    }
}

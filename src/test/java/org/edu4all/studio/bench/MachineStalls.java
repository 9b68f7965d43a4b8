package org.edu4all.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code bench/stall-meter.py} saw: the moments this machine kept a CPU from a thread that was ready to run (at
 * real-time priority, so no thread of the app, PostgreSQL or the stub can have been in its way). A 2-CPU virtual
 * machine is sometimes held for 10-40 ms at a time, busy or idle, and more in some minutes than others; this is how a
 * run shows how much of its slowest requests' time fell into such moments.
 */
final class MachineStalls {

    /**
     * @param stalls   one per CPU per stall, in time order, named "cpu N"
     * @param realTime whether every CPU's meter ran at real-time priority; if not, its lateness includes waiting
     *                 behind the load, and is read as such
     */
    record Reading(List<Pause> stalls, boolean realTime) {
    }

    private MachineStalls() {
    }

    static Reading read(Path file) throws IOException {
        List<Pause> stalls = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Reading(stalls, false);
        }
        boolean realTime = true;
        boolean anyMeter = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# cpu ")) {
                anyMeter = true;
                realTime &= line.endsWith(" SCHED_FIFO");
            } else if (!line.isBlank() && Character.isDigit(line.charAt(0))) {
                String[] cells = line.split(",");
                stalls.add(new Pause("cpu " + cells[0], Long.parseLong(cells[1]), Long.parseLong(cells[2])));
            }
        }
        stalls.sort(Comparator.comparingLong(Pause::fromMicros));
        return new Reading(stalls, anyMeter && realTime);
    }

    /**
     * The stalls of all CPUs as one timeline: overlapping stalls (both CPUs held at once, as the meter mostly sees
     * them) become one, so that a request's time is never taken out twice.
     */
    static List<Pause> union(List<Pause> stalls) {
        List<Pause> sorted = stalls.stream().sorted(Comparator.comparingLong(Pause::fromMicros)).toList();
        List<Pause> merged = new ArrayList<>();
        for (Pause stall : sorted) {
            Pause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && stall.fromMicros() <= last.toMicros()) {
                String cause = last.cause().equals(stall.cause()) ? last.cause() : "cpus";
                merged.set(merged.size() - 1, new Pause(cause, last.fromMicros(),
                        Math.max(last.toMicros(), stall.toMicros())));
            } else {
                merged.add(stall);
            }
        }
        return merged;
    }
}

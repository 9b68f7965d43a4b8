package org.edu4all.studio.bench;

/**
 * A span of wall-clock time in which something outside the app's own work held it: a JVM stop ({@link SafepointLog})
 * or a CPU the machine kept from a ready thread ({@link MachineStalls}). Epoch microseconds, the one clock the
 * database, the stub and these logs share.
 */
record Pause(String cause, long fromMicros, long toMicros) {

    double millis() {
        return (toMicros - fromMicros) / 1000.0;
    }

    /** How long this pause overlapped {@code [from, to)}, in milliseconds. */
    double overlapMillis(long from, long to) {
        return Math.max(0, Math.min(to, toMicros) - Math.max(from, fromMicros)) / 1000.0;
    }
}

package org.edu4all.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue bench's reading of bench/stall-meter.py's file, and its merging of the CPUs' stalls into one timeline. */
class MachineStallsTest {

    @Test
    void readsEachCpusStallsAndWhetherTheMetersRanAtRealTimePriority(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stalls.csv");
        Files.writeString(file, """
                cpu,from_us,to_us
                # cpu 0 SCHED_FIFO
                # cpu 1 SCHED_FIFO
                1,1796522110271841,1796522110290261
                0,1796522119512414,1796522119522555
                """);

        MachineStalls.Reading reading = MachineStalls.read(file);

        assertThat(reading.realTime()).isTrue();
        assertThat(reading.stalls()).extracting(Pause::cause).containsExactly("cpu 1", "cpu 0");
        assertThat(reading.stalls().get(0).millis()).isCloseTo(18.42, within(0.001));
    }

    @Test
    void aMeterAtNormalPriorityIsSaidSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stalls.csv");
        Files.writeString(file, "cpu,from_us,to_us\n# cpu 0 SCHED_FIFO\n# cpu 1 normal\n");

        assertThat(MachineStalls.read(file).realTime()).isFalse();
        assertThat(MachineStalls.read(dir.resolve("none.csv")).realTime()).isFalse();
    }

    @Test
    void bothCpusHeldAtOnceCountOnceAndApartStallsStayApart() {
        List<Pause> merged = MachineStalls.union(List.of(
                new Pause("cpu 1", 2_000, 12_000),
                new Pause("cpu 0", 1_000, 11_000), // the same moment, seen by the other CPU's meter
                new Pause("cpu 0", 50_000, 53_000)));

        assertThat(merged).containsExactly(new Pause("cpus", 1_000, 12_000), new Pause("cpu 0", 50_000, 53_000));
        // A request whose overhead spanned the whole first stall loses 11 ms of it, not 21.
        assertThat(merged.get(0).overlapMillis(0, 20_000)).isCloseTo(11.0, within(0.001));
    }
}

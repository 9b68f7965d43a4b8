package org.edu4all.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue bench's reading of the app's safepoint log: each stop's span, and its overlap with a request's time. */
class SafepointLogTest {

    @Test
    void readsEachStopFromTheMomentItBeganToTheMomentItEnded(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("safepoints.log");
        Files.writeString(log, """
                [1796516351501ms] Safepoint "ICBufferFull", Time since last: 658638373 ns, Reaching safepoint: 5421 ns, Cleanup: 382234 ns, At safepoint: 5230 ns, Total: 392885 ns
                [1796516351854ms] Safepoint "G1CollectForAllocation", Time since last: 333789238 ns, Reaching safepoint: 3828 ns, Cleanup: 100951 ns, At safepoint: 19302000 ns, Total: 19406779 ns
                a line of something else
                """);

        List<Pause> stops = SafepointLog.read(log);

        assertThat(stops).extracting(Pause::cause)
                .containsExactly("ICBufferFull", "G1CollectForAllocation");
        Pause pause = stops.get(1);
        assertThat(pause.toMicros()).isEqualTo(1796516351854000L);
        assertThat(pause.millis()).isCloseTo(19.406, within(0.001));
        // A request whose own time began 5 ms before the pause ended: 5 ms of it was stopped.
        assertThat(pause.overlapMillis(1796516351849000L, 1796516351900000L)).isCloseTo(5.0, within(0.001));
        assertThat(pause.overlapMillis(1796516351900000L, 1796516351950000L)).isZero();
    }

    @Test
    void aMissingLogHasNoStops(@TempDir Path dir) throws Exception {
        assertThat(SafepointLog.read(dir.resolve("none.log"))).isEmpty();
    }
}

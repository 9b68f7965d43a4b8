package org.edu4all.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The queue bench's reading of the kernel's CPU accounting: which fields, which groups, and what is left over. */
class CpuAccountingTest {

    /** A real /proc/PID/stat line of a PostgreSQL backend (pid 4242, parent 4100), utime 1234 and stime 56. */
    private static final String BACKEND = "4242 (postgres) S 4100 4242 4242 0 -1 4194560 5113 0 0 0 1234 56 0 0 20 0"
            + " 1 0 29401 227872768 4721 18446744073709551615 1 1 0 0 0 0 4194304 19935232 536897031 0 0 0 17 1 0 0"
            + " 0 0 0 0 0 0 0 0 0 0 0";

    @Test
    void readsUserAndSystemTicksEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        assertThat(CpuAccounting.ticksOf(BACKEND)).isEqualTo(1290);
        String odd = BACKEND.replace("(postgres)", "(C2 (Compiler) 1)");
        assertThat(CpuAccounting.ticksOf(odd)).isEqualTo(1290);
    }

    @Test
    void groupsPostgresProcessesByKindAndEveryClientConnectionAsABackend() {
        assertThat(CpuAccounting.groupOf(BACKEND, "postgres: postgres postgres 127.0.0.1(51234) idle\0", 4100))
                .isEqualTo("PostgreSQL: backends");
        assertThat(CpuAccounting.groupOf(BACKEND, "postgres: autovacuum worker \0", 4100))
                .isEqualTo("PostgreSQL: autovacuum worker");
        assertThat(CpuAccounting.groupOf(BACKEND, "postgres: postgres postgres 127.0.0.1(51234) idle\0", 1))
                .as("another server's process").isNull();
        assertThat(CpuAccounting.groupOf(BACKEND.replace("(postgres)", "(wrk)"), "wrk\0-t1\0", 4100))
                .isEqualTo("wrk");
        assertThat(CpuAccounting.groupOf(BACKEND.replace("(postgres)", "(jstat)"),
                String.join("\0", "/usr/lib/jvm/java-17-openjdk-amd64/bin/jstat", "-gc", "7507", "1000"), 4100))
                .isEqualTo("jstat (the heap sampler)");
        assertThat(CpuAccounting.groupOf(BACKEND.replace("(postgres)", "(python3)"),
                "python3\0bench/stall-meter.py\0", 4100)).isEqualTo("stall meter");
    }

    @Test
    void theMachinesBusyTimeLeavesOutIdleAndWaitingForTheDisk() {
        String procStat = "cpu  100 2 30 5000 700 0 8 0 0 0\ncpu0 50 1 15 2500 350 0 4 0 0 0\n";

        assertThat(CpuAccounting.machineBusy(procStat)).isEqualTo(100 + 2 + 30 + 8);
        assertThat(CpuAccounting.machineInterrupts(procStat)).isEqualTo(8);
    }

    @Test
    void whatNoGroupUsedIsTheRestOfTheMachineAndGroupsComeLargestFirst() {
        CpuAccounting.Reading before = new CpuAccounting.Reading(Map.of("app: thumbnailer", 100L, "stub", 50L),
                10_000, 500, 0);
        CpuAccounting.Reading after = new CpuAccounting.Reading(Map.of("app: thumbnailer", 300L, "stub", 450L,
                "PostgreSQL: backends", 100L), 11_000, 600, 10_000_000_000L);

        Map<String, Double> seconds = CpuAccounting.between(before, after);

        assertThat(seconds.keySet()).containsExactly("stub", "app: thumbnailer", "PostgreSQL: backends",
                CpuAccounting.INTERRUPTS, CpuAccounting.REST);
        assertThat(seconds.get("stub")).isCloseTo(4.0, within(1e-9));
        assertThat(seconds.get(CpuAccounting.INTERRUPTS)).isCloseTo(1.0, within(1e-9));
        assertThat(seconds.get(CpuAccounting.REST)).as("1,000 ticks busy, 700 by processes, 100 by interrupts")
                .isCloseTo(2.0, within(1e-9));
        assertThat(after.secondsSince(before)).isCloseTo(10.0, within(1e-9));
        assertThat(CpuAccounting.summary(seconds, after.secondsSince(before), 2, 1))
                .isEqualTo("10.0 s of the 20 s the 2 CPUs had (50 %): stub 4.00; the kernel's interrupt handling"
                        + " (network included) 1.00; the rest of the machine 2.00;");
    }
}

package org.edu4all.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue bench's reading of PostgreSQL's log of slow statements (lines as PostgreSQL 17 wrote them in a run). */
class SlowStatementsTest {

    @Test
    void readsEachDurationLineWithItsEndAndLeavesTheRestOfTheLogAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("postgresql-2026-12-06_042129.log"), """
                2026-12-06 04:21:29.101 UTC [32075] LOG:  database system is ready to accept connections
                2026-12-06 04:22:10.740 UTC [32190] LOG:  duration: 16.926 ms  execute S_7: update generation_request r
                \t   set status = 'RUNNING', started_at = clock_timestamp()
                2026-12-06 04:22:11.002 UTC [32201] LOG:  duration: 83.012 ms  execute S_2: select 1 from (select \
                pg_advisory_xact_lock(hashtext('edu4all.quota.student'), hashtext(cast($1 as text)))) as held
                2026-12-06 04:22:11.002 UTC [32201] DETAIL:  parameters: $1 = '42'
                2026-12-06 04:22:12.500 UTC [32202] LOG:  duration: 19.700 ms  statement: select count(*) from image
                """);
        Files.writeString(dir.resolve("ignored.csv"), "not a log\n");

        List<SlowStatements.Statement> statements = SlowStatements.read(dir);

        assertThat(statements).extracting(SlowStatements.Statement::millis).containsExactly(16.926, 83.012, 19.7);
        assertThat(statements.get(0).endMicros()).isEqualTo(1796530930740000L); // 2026-12-06T04:22:10.740Z
        assertThat(statements.get(0).kind()).isEqualTo("update generation_request r");
        assertThat(statements.get(1).kind()).isEqualTo(SlowStatements.QUOTA_LOCK);
        assertThat(statements.get(2).kind()).isEqualTo("select count(*) from image");
    }

    @Test
    void noLogDirectoryMeansNoSlowStatements(@TempDir Path dir) throws Exception {
        assertThat(SlowStatements.read(dir.resolve("missing"))).isEmpty();
    }
}

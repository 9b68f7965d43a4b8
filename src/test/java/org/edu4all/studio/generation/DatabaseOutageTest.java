package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

class DatabaseOutageTest {

    @Test
    void aLostConnectionIsAnOutageHoweverDeepItIsWrapped() {
        assertThat(DatabaseOutage.isConnectionLoss(new PersistenceException(
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(DatabaseOutage.isConnectionLoss(new RuntimeException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isConnectionLoss(new IllegalStateException(
                new SQLException("Acquisition timeout", new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void aRealBugIsNotAnOutage() {
        assertThat(DatabaseOutage.isConnectionLoss(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isConnectionLoss(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }

    /** A scheduled task's failure ends in the log, not in the scheduler; the task's next run goes ahead. */
    @Test
    void aTaskRunThroughItNeverThrowsAndRunsAgainNextTime() {
        DatabaseOutage outage = new DatabaseOutage("a test task");
        int[] runs = new int[1];

        assertThatCode(() -> outage.run("test work failed", () -> {
            runs[0]++;
            throw new PersistenceException(new SQLException("Connection refused", "08001"));
        })).doesNotThrowAnyException();
        assertThatCode(() -> outage.run("test work failed", () -> {
            runs[0]++;
            throw new IllegalStateException("a real bug");
        })).doesNotThrowAnyException();
        outage.run("test work failed", () -> runs[0]++);

        assertThat(runs[0]).isEqualTo(3);
    }
}

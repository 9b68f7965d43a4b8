package org.edu4all.studio.generation;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.logging.Log;

/**
 * Tells a lost database apart from a real bug, and says so once. When PostgreSQL goes away, every worker and every
 * poll fails at once, every second, until it is back: a stack trace each time would bury the one line an operator
 * needs. The queue itself needs nothing from here; it waits and resumes on its own (leases, the poll).
 */
public final class DatabaseOutage {

    private final AtomicBoolean down = new AtomicBoolean();
    private final String work;

    /** @param work what waits for the database, for the log: {@code generation}, {@code thumbnails} */
    public DatabaseOutage(String work) {
        this.work = work;
    }

    /** Whether {@code error} is the database being unreachable: SQL state class 08 (connection) or 57P (shutdown). */
    public static boolean isConnectionLoss(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof java.net.ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a scheduled task's database work: when it fails, {@link #report} says so (once per outage) instead of the
     * scheduler logging a stack trace on every run; when it succeeds, {@link #reachable} ends an outage.
     *
     * @param whatFailed what the log says when the work fails for any other reason than a lost database
     */
    public void run(String whatFailed, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            report(whatFailed, e);
            return;
        }
        reachable();
    }

    /** Logs {@code error}: a lost database as one warning per outage, anything else in full. */
    public void report(String what, RuntimeException error) {
        if (!isConnectionLoss(error)) {
            Log.error(what, error);
        } else if (down.compareAndSet(false, true)) {
            Log.warnf("The database cannot be reached (%s); %s waits and resumes by itself when it is back",
                    rootMessage(error), work);
        }
    }

    /** Called after the database answered: ends an outage, with one line saying so. */
    public void reachable() {
        if (down.compareAndSet(true, false)) {
            Log.infof("The database is reachable again; %s resumes", work);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package org.edu4all.studio.gallery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The current gallery version of each assignment, kept in memory from PostgreSQL's notifications, so that a cached
 * gallery page or image access check can be trusted without asking the database on every request.
 *
 * <p>Database triggers (V11) give an assignment a new version whenever anything its gallery shows, or anything that
 * decides who may see one of its images, changes, and announce it on the {@code gallery_changed} channel when the
 * transaction commits; every app instance listens here. What is known is only trusted while listening: when the
 * connection is lost, everything known is forgotten and callers ask the database again until listening resumes.
 *
 * <p>Versions only grow, so a value read from the database just before a newer one was announced never replaces the
 * newer one; a value read before the current subscription started is dropped ({@link #epoch()}), since a change
 * made while nobody listened was never announced.
 */
@ApplicationScoped
public class GalleryVersions {

    static final String CHANNEL = "gallery_changed";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** An assignment's gallery version and the title it had then. */
    public record Version(long number, String title) {
    }

    @Inject
    AgroalDataSource dataSource;

    private final ConcurrentMap<Long, Version> known = Caffeine.newBuilder().maximumSize(100_000)
            .<Long, Version> build().asMap();
    /** Changes whenever listening starts or stops; odd while listening. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean stopped;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listenUntilStopped, "gallery-versions");
        listener.setDaemon(true);
        listener.start();
    }

    /** Waits for the listener to hand its connection back, before the connection pool closes. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
            listener.join(2 * POLL.toMillis());
        }
    }

    /** The current version, if it is known for sure; empty means "ask the database". */
    public Optional<Version> current(long assignmentId) {
        return listening() ? Optional.ofNullable(known.get(assignmentId)) : Optional.empty();
    }

    /** Whether {@code version} is the assignment's current one, for sure. */
    public boolean isCurrent(long assignmentId, long version) {
        return current(assignmentId).map(v -> v.number() == version).orElse(false);
    }

    /** Take this before reading a version from the database, and hand it to {@link #offer} with what was read. */
    public long epoch() {
        return epoch.get();
    }

    /** A version read from the database since {@code readEpoch}: kept unless listening restarted meanwhile. */
    public void offer(long readEpoch, long assignmentId, Version version) {
        if (readEpoch % 2 == 1 && readEpoch == epoch.get()) {
            learn(assignmentId, version);
        }
    }

    private boolean listening() {
        return epoch.get() % 2 == 1;
    }

    private void learn(long assignmentId, Version version) {
        known.merge(assignmentId, version, (old, fresh) -> fresh.number() > old.number() ? fresh : old);
    }

    private void listenUntilStopped() {
        boolean warned = false;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                known.clear();
                epoch.incrementAndGet(); // odd: listening; reads from now on may be kept
                if (warned) {
                    Log.info("Gallery versions: listening again; cached gallery pages are trusted again");
                    warned = false;
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null) {
                        for (PGNotification notification : received) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped && !warned) {
                    Log.warnf("Gallery versions: not listening (%s); pages and image checks ask the database until"
                            + " it answers again", e.getMessage());
                    warned = true;
                }
            } finally {
                forgetAll();
            }
            pause();
        }
    }

    /** Nothing known is trusted while nobody listens. */
    private void forgetAll() {
        if (listening()) {
            epoch.incrementAndGet();
        }
        known.clear();
    }

    /** "id:version:title", from the trigger. */
    void apply(String payload) {
        String[] parts = payload.split(":", 3);
        try {
            learn(Long.parseLong(parts[0]), new Version(Long.parseLong(parts[1]), parts.length > 2 ? parts[2] : ""));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            Log.warnf("Gallery versions: ignored a notification it cannot read: %s", payload);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}

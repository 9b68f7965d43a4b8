package org.edu4all.studio.gallery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.github.benmanes.caffeine.cache.Cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Which state of each assignment's gallery this app instance has seen, from PostgreSQL's notifications, so that a
 * cached gallery page or image access check can be trusted without asking the database on every request.
 *
 * <p>Database triggers (V11) announce every change to what an assignment's gallery shows, or to what decides who may
 * see one of its images, on the {@code gallery_changed} channel when the transaction commits; every app instance
 * listens here and counts the announcements per assignment. Something cached under a {@link Stamp} is current for as
 * long as the assignment's stamp stays the same. Nothing is trusted while not listening: when the connection is lost,
 * the epoch changes (so every stamp from before is stale) and callers ask the database until listening resumes.
 *
 * <p>To cache what a query read, use {@link #read}. It takes {@link #sequence()} before the query and
 * {@link #stampIfQuiet} after it: the stamp is given only if no announcement arrived meanwhile, so data read before a
 * change is never filed under a stamp that already counts that change.
 */
@ApplicationScoped
public class GalleryVersions {

    static final String CHANNEL = "gallery_changed";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** How far this instance has seen an assignment's gallery change, since it started listening ({@code epoch}). */
    public record Stamp(long epoch, long changes) {
    }

    /**
     * What a query read, the assignment it belongs to, and the stamp it was read under (null: read while the gallery
     * changed, or while not listening, so not to be kept).
     */
    public record Stamped<T>(T value, long assignmentId, Stamp stamp) {

        /** A query's result, before {@link #read} stamps it. */
        public static <T> Stamped<T> of(T value, long assignmentId) {
            return new Stamped<>(value, assignmentId, null);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /** Announcements seen per assignment; never evicted, since a count that started again could repeat a stamp. */
    private final ConcurrentMap<Long, Long> changes = new ConcurrentHashMap<>();
    /** Every announcement seen, and every start or stop of listening. */
    private final AtomicLong sequence = new AtomicLong();
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

    /** The assignment's stamp now, if listening; empty means "ask the database, and cache nothing". */
    public Optional<Stamp> stamp(long assignmentId) {
        long current = epoch.get();
        return current % 2 == 1 ? Optional.of(new Stamp(current, changes.getOrDefault(assignmentId, 0L)))
                : Optional.empty();
    }

    /**
     * What {@code cache} holds under {@code key} while its assignment's stamp is current; otherwise what
     * {@code query} reads now (its value and assignment, see {@link Stamped#of}), kept in the cache only if nothing
     * was announced while it ran. Empty when the query finds nothing, which is not kept.
     */
    public <K, T> Optional<Stamped<T>> read(Cache<K, Stamped<T>> cache, K key, Supplier<Optional<Stamped<T>>> query) {
        Stamped<T> known = cache.getIfPresent(key);
        if (known != null && isCurrent(known.assignmentId(), known.stamp())) {
            return Optional.of(known);
        }
        long before = sequence();
        return query.get().map(read -> {
            Stamped<T> stamped = new Stamped<>(read.value(), read.assignmentId(),
                    stampIfQuiet(before, read.assignmentId()).orElse(null));
            if (stamped.stamp() != null) {
                cache.put(key, stamped);
            }
            return stamped;
        });
    }

    /** Whether something cached under {@code stamp} is still current. */
    public boolean isCurrent(long assignmentId, Stamp stamp) {
        return stamp != null && stamp(assignmentId).map(stamp::equals).orElse(false);
    }

    /** Take this before a query whose result may be cached. */
    public long sequence() {
        return sequence.get();
    }

    /** The stamp to cache a query's result under, if nothing was announced since {@code before}; else empty. */
    public Optional<Stamp> stampIfQuiet(long before, long assignmentId) {
        Optional<Stamp> stamp = stamp(assignmentId);
        return sequence.get() == before ? stamp : Optional.empty();
    }

    private void listenUntilStopped() {
        boolean warned = false;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                sequence.incrementAndGet();
                epoch.incrementAndGet(); // odd: listening, under a new epoch: every earlier stamp is stale
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

    /** Nothing cached is trusted while nobody listens. */
    private void forgetAll() {
        sequence.incrementAndGet();
        if (epoch.get() % 2 == 1) {
            epoch.incrementAndGet();
        }
    }

    /**
     * The payload is the assignment's id, from the trigger. The sequence moves before the count, so a reader that
     * sees the new count in {@link #stampIfQuiet} also sees the sequence moved, and caches nothing.
     */
    void apply(String payload) {
        sequence.incrementAndGet();
        try {
            changes.merge(Long.parseLong(payload.strip()), 1L, Long::sum);
        } catch (NumberFormatException e) {
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

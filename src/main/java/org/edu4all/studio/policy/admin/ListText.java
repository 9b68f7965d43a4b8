package org.edu4all.studio.policy.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyListFormat;

/**
 * Reads an imported list with {@link PolicyListFormat}'s rules, one line at a time. {@code PolicyListFormat} stops at
 * the first bad line; an admin fixing a spreadsheet wants every bad line at once, with its number. It also checks what
 * the database and the engine need beyond the format: a language we have rules for, and a length the column holds.
 */
final class ListText {

    static final Set<String> LANGUAGES = Set.of("es", "en");
    static final int MAX_TERM = 200;
    static final int MAX_PHRASE = 300;
    private static final int SHOWN_TEXT = 120;

    /** What was read: the entries, or the lines that could not be read (then nothing may be changed). */
    record Parsed<T>(List<T> entries, List<LineError> errors) {
    }

    private interface LineReader<T> {
        List<T> read(StringReader line) throws IOException;
    }

    private interface EntryCheck<T> {
        /** @return the reason key, or {@code null} when the entry is fine */
        String problem(T entry);
    }

    private ListText() {
    }

    static Parsed<DisallowedTerm> terms(String text) {
        return parse(text, line -> PolicyListFormat.readTerms(line, "import"), "reason_fields_terms",
                term -> !LANGUAGES.contains(term.language()) ? "reason_language"
                        : term.term().length() > MAX_TERM ? "reason_too_long" : null);
    }

    static Parsed<AllowedPhrase> phrases(String text) {
        return parse(text, line -> PolicyListFormat.readAllowedPhrases(line, "import"), "reason_fields_phrases",
                phrase -> !LANGUAGES.contains(phrase.language()) ? "reason_language"
                        : phrase.phrase().length() > MAX_PHRASE ? "reason_too_long" : null);
    }

    private static <T> Parsed<T> parse(String text, LineReader<T> reader, String fieldsReason, EntryCheck<T> check) {
        List<T> entries = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        // The same line breaks as BufferedReader.readLine, which PolicyListFormat uses.
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                for (T entry : reader.read(new StringReader(lines[i]))) {
                    String problem = check.problem(entry);
                    if (problem == null) {
                        entries.add(entry);
                    } else {
                        errors.add(error(i + 1, problem, lines[i]));
                    }
                }
            } catch (IllegalArgumentException e) {
                errors.add(error(i + 1, reason(e, fieldsReason), lines[i]));
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string cannot fail", e);
            }
        }
        return new Parsed<>(entries, errors);
    }

    /**
     * PolicyListFormat's messages are for the command line, in English; the page says the same in the admin's
     * language. The format wraps the detail as "source:line: detail", and keeps the detail as the cause's message.
     */
    private static String reason(IllegalArgumentException e, String fieldsReason) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        if (detail.startsWith("expected ")) {
            return fieldsReason;
        }
        if (detail.startsWith("unknown category")) {
            return "reason_category";
        }
        if (detail.endsWith("must not be blank")) {
            return "reason_blank";
        }
        return "reason_unreadable";
    }

    private static LineError error(int line, String reason, String text) {
        String shown = text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text;
        return new LineError(line, reason, shown);
    }
}

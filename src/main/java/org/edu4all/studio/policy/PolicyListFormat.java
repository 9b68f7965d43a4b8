package org.edu4all.studio.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes policy lists as text, one entry a line: {@code term<TAB>language<TAB>category} for the disallow
 * list, {@code phrase<TAB>language} for the allowlist. Lines starting with '#' and blank lines are skipped, and so is
 * a header line whose first field is "term" or "phrase". A line without a tab is read as CSV
 * ({@code "sexual content",en,sexual}), so a spreadsheet export can be imported as it is.
 */
public final class PolicyListFormat {

    private PolicyListFormat() {
    }

    public static List<DisallowedTerm> readTerms(Reader reader, String source) throws IOException {
        List<DisallowedTerm> terms = new ArrayList<>();
        forEachEntry(reader, source, 3, "term",
                fields -> terms.add(new DisallowedTerm(fields.get(0), fields.get(1), Category.parse(fields.get(2)))));
        return terms;
    }

    public static List<AllowedPhrase> readAllowedPhrases(Reader reader, String source) throws IOException {
        List<AllowedPhrase> phrases = new ArrayList<>();
        forEachEntry(reader, source, 2, "phrase", fields -> phrases.add(new AllowedPhrase(fields.get(0), fields.get(1))));
        return phrases;
    }

    public static String writeTerms(List<DisallowedTerm> terms) {
        StringBuilder out = new StringBuilder("# term\tlanguage\tcategory\n");
        for (DisallowedTerm term : terms) {
            out.append(term.term()).append('\t').append(term.language()).append('\t')
                    .append(term.category().name()).append('\n');
        }
        return out.toString();
    }

    public static String writeAllowedPhrases(List<AllowedPhrase> phrases) {
        StringBuilder out = new StringBuilder("# phrase\tlanguage\n");
        for (AllowedPhrase phrase : phrases) {
            out.append(phrase.phrase()).append('\t').append(phrase.language()).append('\n');
        }
        return out.toString();
    }

    private interface EntryHandler {
        void accept(List<String> fields);
    }

    private static void forEachEntry(Reader reader, String source, int fieldCount, String headerName,
                                     EntryHandler handler) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = line.indexOf('\t') >= 0 ? List.of(line.split("\t", -1)) : splitCsv(line);
            if (fields.get(0).strip().equalsIgnoreCase(headerName)) {
                continue;
            }
            try {
                if (fields.size() != fieldCount) {
                    throw new IllegalArgumentException("expected " + fieldCount + " fields, found " + fields.size());
                }
                handler.accept(fields);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
    }

    /** One CSV record on one line: fields may be quoted, with "" for a quote inside. */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

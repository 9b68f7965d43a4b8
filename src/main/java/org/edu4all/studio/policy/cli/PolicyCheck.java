package org.edu4all.studio.policy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.DefaultPolicyList;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.Evaluation;
import org.edu4all.studio.policy.PolicyEngine;
import org.edu4all.studio.policy.PolicyListFormat;
import org.edu4all.studio.policy.Verdict;

/**
 * {@code bin/policy-check}: checks prompts against the policy with no database and no running app, for admins
 * trying out a list and for CI.
 *
 * <p>Reads prompts from stdin, one per line. A line with tabs is TSV and its last field is the prompt, so the dev set
 * ({@code label<TAB>slice<TAB>prompt}) can be piped in as it is. Lines starting with '#' and blank lines are skipped.
 * Writes one JSON object per prompt, in input order:
 * {@code {"prompt":..., "verdict":"ALLOW"|"BLOCK", "category":..., "term":..., "normalized":..., "language":...,
 * "rule":...}} (category, term, language and rule are null on ALLOW). Input and output are UTF-8 whatever the
 * platform's default.
 *
 * <p>Exit codes: 0 when every line was checked (whatever the verdicts), 2 on a usage error or an unreadable list.
 */
public final class PolicyCheck {

    static final int OK = 0;
    static final int USAGE = 2;

    private static final String HELP = """
            Usage: policy-check [--list FILE] [--allowlist FILE] < prompts

            Checks each line of stdin against the safety policy and prints one JSON object per line.
            A line with tabs is read as TSV and its last field is the prompt; lines starting with # are skipped.

              --list FILE       disallow list, term<TAB>language<TAB>category per line (CSV also accepted);
                                default: the list a fresh install seeds (policy/default-terms.tsv)
              --allowlist FILE  allowlist, phrase<TAB>language per line; default: policy/default-allowlist.tsv
              -h, --help        show this help
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** The whole command, with its streams passed in so tests can run it in memory. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        PrintWriter errors = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Options options;
        PolicyEngine engine;
        try {
            options = Options.parse(args);
            if (options.help()) {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
                out.print(HELP);
                out.flush();
                return OK;
            }
            engine = PolicyEngine.of(loadTerms(options.listFile()), loadAllowlist(options.allowlistFile()));
        } catch (IllegalArgumentException e) {
            errors.println("policy-check: " + e.getMessage());
            errors.print(HELP);
            errors.flush();
            return USAGE;
        }
        try {
            checkAll(engine, new InputStreamReader(stdin, StandardCharsets.UTF_8),
                    new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            return OK;
        } catch (IOException | UncheckedIOException e) {
            errors.println("policy-check: " + e.getMessage());
            return USAGE;
        }
    }

    private static void checkAll(PolicyEngine engine, Reader input, Writer output) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        String line;
        boolean first = true;
        while ((line = lines.readLine()) != null) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String prompt = line.substring(line.lastIndexOf('\t') + 1);
            output.write(JSON.writeValueAsString(toJson(prompt, engine.evaluate(prompt))));
            output.write('\n');
            output.flush();                       // one answer per line as it comes, for interactive use
        }
    }

    static ObjectNode toJson(String prompt, Evaluation evaluation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("prompt", prompt);
        Verdict verdict = evaluation.verdict();
        node.put("verdict", verdict.blocked() ? "BLOCK" : "ALLOW");
        Verdict.Block block = verdict instanceof Verdict.Block b ? b : null;
        node.put("category", block == null ? null : block.category().name());
        node.put("term", block == null ? null : block.term());
        node.put("normalized", evaluation.normalized());
        node.put("language", block == null ? null : block.language());
        node.put("rule", block == null ? null : block.rule().label());
        return node;
    }

    private static List<DisallowedTerm> loadTerms(Path file) {
        if (file == null) {
            return DefaultPolicyList.terms();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<DisallowedTerm> terms = PolicyListFormat.readTerms(reader, file.toString());
            if (terms.isEmpty()) {
                throw new IllegalArgumentException(file + ": the list has no terms");
            }
            return terms;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<AllowedPhrase> loadAllowlist(Path file) {
        if (file == null) {
            return DefaultPolicyList.allowedPhrases();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PolicyListFormat.readAllowedPhrases(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The parsed command line. A null file means "use the default list". */
    record Options(Path listFile, Path allowlistFile, boolean help) {

        static Options parse(String[] args) {
            Path list = null;
            Path allowlist = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return new Options(null, null, true);
                } else if (arg.equals("--list")) {
                    list = Path.of(valueOf(args, ++i, arg));
                } else if (arg.startsWith("--list=")) {
                    list = Path.of(nonBlank(arg.substring("--list=".length()), "--list"));
                } else if (arg.equals("--allowlist")) {
                    allowlist = Path.of(valueOf(args, ++i, arg));
                } else if (arg.startsWith("--allowlist=")) {
                    allowlist = Path.of(nonBlank(arg.substring("--allowlist=".length()), "--allowlist"));
                } else {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            return new Options(list, allowlist, false);
        }

        private static String valueOf(String[] args, int index, String option) {
            return nonBlank(index < args.length ? args[index] : "", option);
        }

        private static String nonBlank(String value, String option) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(option + " needs a file name");
            }
            return value;
        }
    }
}

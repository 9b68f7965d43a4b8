package org.edu4all.studio.policy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.edu4all.studio.policy.DefaultPolicyList;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyEngine;
import org.edu4all.studio.policy.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 500-character prompt against a list of the default terms plus 5,000 synthetic ones: the engine, and for
 * comparison a naive loop of one {@code \bterm\b} regex per term over the lower-cased prompt (which, unlike the
 * engine, catches none of the tricks). Target: engine p99 under 100 µs and at least 10 times faster than the loop.
 *
 * <p>Run with {@code bench/policy-bench.sh}. SampleTime mode, so the JSON result has percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PolicyBenchmark {

    static final int SYNTHETIC_TERMS = 5_000;
    static final int PROMPT_LENGTH = 500;
    static final long SEED = 20_261_123L;

    /** A harmless prompt in both languages, so every check reads it to the end and the regex loop tries every term. */
    private static final String BENIGN_TEXT = "A group of happy children visits the Eiffel Tower on a sunny spring "
            + "morning, holding colourful balloons, with a small brown dog running beside them, a bakery selling "
            + "croissants across the street and tall green trees along the river. Un grupo de niños felices visita "
            + "la Torre de Pisa con globos de colores y un perro pequeño que corre junto a ellos, mientras un pintor "
            + "dibuja el paisaje del río y las montañas nevadas al fondo, cerca de un castillo con un armario "
            + "antiguo y una alarma de reloj. ";

    private PolicyEngine engine;
    private List<Pattern> naivePatterns;
    private String benignPrompt;
    private String trickyPrompt;

    @Setup
    public void setUp() {
        List<DisallowedTerm> terms = new ArrayList<>(DefaultPolicyList.terms());
        terms.addAll(SyntheticTerms.generate(SYNTHETIC_TERMS, SEED));
        engine = PolicyEngine.of(terms, DefaultPolicyList.allowedPhrases());
        naivePatterns = new ArrayList<>(terms.size());
        for (DisallowedTerm term : terms) {
            naivePatterns.add(Pattern.compile("\\b" + Pattern.quote(term.term().toLowerCase(Locale.ROOT)) + "\\b"));
        }
        benignPrompt = BENIGN_TEXT.repeat(2).substring(0, PROMPT_LENGTH);
        String trick = " 3*5*p*4*d*4";
        trickyPrompt = benignPrompt.substring(0, PROMPT_LENGTH - trick.length()) + trick;
        if (engine.check(benignPrompt).blocked() || naiveLoop(benignPrompt) || !engine.check(trickyPrompt).blocked()) {
            throw new IllegalStateException("benchmark prompts do not have the verdicts they are meant to have");
        }
    }

    /** A harmless prompt: the common case, and the worst for the regex loop. */
    @Benchmark
    public Verdict engineBenign() {
        return engine.check(benignPrompt);
    }

    /** A split, leetspeak term at the very end. */
    @Benchmark
    public Verdict engineTricky() {
        return engine.check(trickyPrompt);
    }

    @Benchmark
    public boolean naiveRegexBenign() {
        return naiveLoop(benignPrompt);
    }

    private boolean naiveLoop(String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        for (Pattern pattern : naivePatterns) {
            if (pattern.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}

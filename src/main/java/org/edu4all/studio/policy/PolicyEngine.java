package org.edu4all.studio.policy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a text may be sent to an image provider. Run it on everything a student writes that reaches a
 * provider or a classmate: generation prompts, edit prompts, titles and captions.
 *
 * <p>Immutable and thread-safe: build a new engine when the lists change and swap the reference, and every check
 * that starts after the swap sees the new lists, with no restart.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.of(DefaultPolicyList.terms(), DefaultPolicyList.allowedPhrases());
 * if (engine.check(prompt) instanceof Verdict.Block block) { ... block.category() ... }
 * }</pre>
 */
public final class PolicyEngine {

    private final List<DisallowedTerm> terms;
    private final List<AllowedPhrase> allowedPhrases;
    private final PhraseIndex index;

    private PolicyEngine(List<DisallowedTerm> terms, List<AllowedPhrase> allowedPhrases) {
        this.terms = terms;
        this.allowedPhrases = allowedPhrases;
        this.index = PhraseIndex.build(terms, allowedPhrases);
    }

    /**
     * @throws IllegalArgumentException when an entry has no letters at all (it could never match anything)
     */
    public static PolicyEngine of(Collection<DisallowedTerm> terms, Collection<AllowedPhrase> allowedPhrases) {
        return new PolicyEngine(List.copyOf(terms), List.copyOf(allowedPhrases));
    }

    public Verdict check(String text) {
        return index.verdict(Normalizer.normalize(Objects.requireNonNull(text, "text")));
    }

    /** Like {@link #check}, and also returns the normalised text the verdict was reached on. */
    public Evaluation evaluate(String text) {
        String normalized = Normalizer.normalize(Objects.requireNonNull(text, "text"));
        return new Evaluation(index.verdict(normalized), normalized);
    }

    public List<DisallowedTerm> terms() {
        return terms;
    }

    public List<AllowedPhrase> allowedPhrases() {
        return allowedPhrases;
    }
}

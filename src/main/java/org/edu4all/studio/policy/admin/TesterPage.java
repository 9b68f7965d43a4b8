package org.edu4all.studio.policy.admin;

import java.util.List;

import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.Evaluation;
import org.edu4all.studio.policy.Verdict;

/**
 * What the dry-run tester shows: what was asked (one prompt, or a batch) and each verdict with the normalised form.
 *
 * @param total how many prompts the batch had, when more than the {@link #results} checked
 */
public record TesterPage(String prompt, String batch, List<Tested> results, int total, int cap) {

    public boolean capped() {
        return total > results.size();
    }

    public long blockedCount() {
        return results.stream().filter(Tested::blocked).count();
    }

    /**
     * One prompt's verdict; category, term, language and rule are {@code null} when it is allowed.
     *
     * @param rule how it matched, as {@code bin/policy-check} writes it ("exact", "inflection", "collapsed")
     */
    public record Tested(String prompt, boolean blocked, Category category, String term, String language, String rule,
            String normalized) {

        static Tested of(String prompt, Evaluation evaluation) {
            if (evaluation.verdict() instanceof Verdict.Block block) {
                return new Tested(prompt, true, block.category(), block.term(), block.language(), block.rule().label(),
                        evaluation.normalized());
            }
            return new Tested(prompt, false, null, null, null, null, evaluation.normalized());
        }
    }
}

package org.edu4all.studio.policy.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * Prompts from a pasted or uploaded text, read by the rules of {@code bin/policy-check}, so the same file gives the
 * same answers in both: one prompt a line; a line with tabs is TSV and its last field is the prompt (the dev set's
 * {@code label<TAB>slice<TAB>prompt} works as it is); blank lines and lines starting with '#' are skipped.
 *
 * @param prompts the first {@code cap} prompts
 * @param total   how many prompts the text has in all
 */
record PromptLines(List<String> prompts, int total) {

    /** Enough for a dev set, few enough for one page and a few seconds of checking. */
    static final int CAP = 500;

    boolean capped() {
        return total > prompts.size();
    }

    static PromptLines parse(String text, int cap) {
        List<String> prompts = new ArrayList<>();
        int total = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            total++;
            if (prompts.size() < cap) {
                prompts.add(line.substring(line.lastIndexOf('\t') + 1));
            }
        }
        return new PromptLines(prompts, total);
    }
}

package org.edu4all.studio.policy;

/**
 * A string with each run of one repeated character kept once, plus the length of the run: "bloooood" is "blod"
 * with lengths 1, 1, 5, 1.
 *
 * <p>Terms and prompts are both matched in this form, so stretched letters ("essssspada", "sannnngre") find the
 * term. The lengths keep real double letters honest: a match also needs the prompt to have at least as many of each
 * letter as the term, so "blod" does not match "blood" and "as" does not match a term "ass", while "bloooood" does.
 */
final class Runs {

    final char[] chars;
    final int[] lengths;
    /** Where each run starts in the original string. */
    final int[] starts;
    final int size;

    private Runs(char[] chars, int[] lengths, int[] starts, int size) {
        this.chars = chars;
        this.lengths = lengths;
        this.starts = starts;
        this.size = size;
    }

    static Runs of(CharSequence text) {
        int length = text.length();
        int size = 0;
        for (int i = 0; i < length; i++) {
            if (i == 0 || text.charAt(i) != text.charAt(i - 1)) {
                size++;
            }
        }
        char[] chars = new char[size];
        int[] lengths = new int[size];
        int[] starts = new int[size];
        int run = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (run >= 0 && chars[run] == c) {
                lengths[run]++;
            } else {
                run++;
                chars[run] = c;
                lengths[run] = 1;
                starts[run] = i;
            }
        }
        return new Runs(chars, lengths, starts, size);
    }

    /** True when the runs from {@code firstRun} on are at least as long as {@code required}, run by run. */
    boolean hasAtLeast(int firstRun, int[] required) {
        for (int i = 0; i < required.length; i++) {
            if (lengths[firstRun + i] < required[i]) {
                return false;
            }
        }
        return true;
    }

    /** Position in the original string just after the run. */
    int end(int run) {
        return starts[run] + lengths[run];
    }
}

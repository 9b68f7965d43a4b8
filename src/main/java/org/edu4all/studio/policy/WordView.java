package org.edu4all.studio.policy;

/**
 * A normalised text as the whole-word matcher sees it: " w1 w2 w3 " in {@link Runs} form, with a space at both
 * ends, so that a pattern " espada " can only match a whole word and never the inside of "pezespada".
 */
final class WordView {

    final Runs runs;
    /** For each run, the index of the word it belongs to, or -1 for a space. */
    private final int[] wordOfRun;

    private WordView(Runs runs, int[] wordOfRun) {
        this.runs = runs;
        this.wordOfRun = wordOfRun;
    }

    static WordView of(String text) {
        Runs runs = Runs.of(' ' + text + ' ');
        int[] wordOfRun = new int[runs.size];
        int word = -1;
        for (int run = 0; run < runs.size; run++) {
            if (runs.chars[run] == ' ') {
                wordOfRun[run] = -1;
            } else {
                if (runs.chars[run - 1] == ' ') {
                    word++;
                }
                wordOfRun[run] = word;
            }
        }
        return new WordView(runs, wordOfRun);
    }

    /** The words covered by a match of a space-delimited pattern that spans runs first..last. */
    WordSpan span(int firstRun, int lastRun) {
        return new WordSpan(wordOfRun[firstRun + 1], wordOfRun[lastRun - 1]);
    }
}

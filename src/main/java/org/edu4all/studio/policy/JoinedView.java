package org.edu4all.studio.policy;

import java.util.Arrays;

/**
 * A normalised text with its words written together ("e s p a d a" becomes "espada"), in {@link Runs} form, for
 * catching letters split apart by spaces or punctuation.
 *
 * <p>Matching inside joined text invites the Scunthorpe problem ("armario" contains "arma"), so a match here only
 * counts when it starts where a word starts, ends where a word ends, covers at least two words, and, for a
 * disallowed term, at least two of those words are single letters: that is what splitting letters looks like.
 */
final class JoinedView {

    private static final int NONE = -1;

    final Runs runs;
    /** By position in the joined text: the word that starts there, or NONE. One longer than the text. */
    private final int[] wordStartingAt;
    /** By position in the joined text: the word that ends just before it, or NONE. */
    private final int[] wordEndingAt;
    /** singleLettersBefore[w] = how many of the words before word w are one letter long. */
    private final int[] singleLettersBefore;

    private JoinedView(Runs runs, int[] wordStartingAt, int[] wordEndingAt, int[] singleLettersBefore) {
        this.runs = runs;
        this.wordStartingAt = wordStartingAt;
        this.wordEndingAt = wordEndingAt;
        this.singleLettersBefore = singleLettersBefore;
    }

    static JoinedView of(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        int[] startingAt = new int[text.length() + 1];
        int[] endingAt = new int[text.length() + 1];
        Arrays.fill(startingAt, NONE);
        Arrays.fill(endingAt, NONE);
        int[] singleLettersBefore = new int[text.length() / 2 + 2];
        int word = 0;
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ' ') {
                joined.append(text.charAt(i));
                continue;
            }
            if (joined.length() > wordStart) {                    // a word just ended
                startingAt[wordStart] = word;
                endingAt[joined.length()] = word;
                boolean singleLetter = joined.length() - wordStart == 1;
                singleLettersBefore[word + 1] = singleLettersBefore[word] + (singleLetter ? 1 : 0);
                word++;
                wordStart = joined.length();
            }
        }
        return new JoinedView(Runs.of(joined), startingAt, endingAt, singleLettersBefore);
    }

    /**
     * The words covered by a match of a pattern over runs first..last, or null when the match does not start and
     * end on word boundaries.
     *
     * @param firstLength how many letters of the first run the pattern needs
     * @param lastLength  how many letters of the last run the pattern needs
     */
    WordSpan span(int firstRun, int lastRun, int firstLength, int lastLength) {
        int start = NONE;
        for (int position = runs.end(firstRun) - firstLength; position >= runs.starts[firstRun]; position--) {
            if (wordStartingAt[position] != NONE) {
                start = position;
                break;
            }
        }
        if (start == NONE) {
            return null;
        }
        int minimumEnd = firstRun == lastRun ? start + firstLength : runs.starts[lastRun] + lastLength;
        for (int position = minimumEnd; position <= runs.end(lastRun); position++) {
            if (wordEndingAt[position] != NONE) {
                return new WordSpan(wordStartingAt[start], wordEndingAt[position]);
            }
        }
        return null;
    }

    int singleLetterWords(WordSpan span) {
        return singleLettersBefore[span.last() + 1] - singleLettersBefore[span.first()];
    }
}

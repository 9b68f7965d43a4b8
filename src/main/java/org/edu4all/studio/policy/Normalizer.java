package org.edu4all.studio.policy;

import com.ibm.icu.text.Normalizer2;

/**
 * Undoes the usual tricks for getting a word past a list, so that matching can be done on plain words.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>NFKC: fullwidth "ｓｗｏｒｄ" and styled letters become plain ones;</li>
 *   <li>drop invisible characters: zero-width spaces and joiners, soft hyphens, variation selectors, stray
 *       combining marks (an "espada" with U+00AD or U+200B between its letters);</li>
 *   <li>per character: lower case, strip accents, and replace Cyrillic and Greek look-alikes by Latin letters
 *       (see {@link CharacterFolding});</li>
 *   <li>leetspeak: digits and symbols as letters (see {@link LeetSpeak});</li>
 *   <li>every run of other characters (spaces, punctuation, emoji) becomes one space between words.</li>
 * </ol>
 * Stretched letters and split letters are left for matching to deal with, because here they cannot be told apart
 * from real double letters and real one-letter words.
 *
 * <p>Stateless and thread-safe.
 */
public final class Normalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Normalizer() {
    }

    /** @return the text as plain lower-case Latin words separated by single spaces ("un nino con espada") */
    public static String normalize(String raw) {
        return readWords(foldCharacters(NFKC.normalize(raw)));
    }

    private static String foldCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {                                       // most prompts are mostly ASCII
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!CharacterFolding.isInvisible(codePoint)) {
                CharacterFolding.appendFolded(codePoint, out);
            }
        }
        return out.toString();
    }

    /** Applies leetspeak and turns every run of separators into a single space, with none at either end. */
    private static String readWords(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char previous = i > 0 ? folded.charAt(i - 1) : 0;
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
            char letter = LeetSpeak.read(folded.charAt(i), previous, next);
            if (letter == 0) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(letter);
        }
        return out.toString();
    }
}

package org.edu4all.studio.policy;

/**
 * Reads digits and symbols as the letters they stand in for ("5w0rd", "35pad4", "$ex", "@dult").
 *
 * <p>"1" stands for both "i" and "l" ("v10lenc1a", "b1ood"). It is read as "i", and matching treats "i" and "l"
 * as one letter (see {@link PhraseIndex}). "!" and "|" are only letters inside a word: "h!" is an exclamation.
 */
final class LeetSpeak {

    private LeetSpeak() {
    }

    /**
     * @param c        the folded character
     * @param previous the folded character before it, or 0 at the start
     * @param next     the folded character after it, or 0 at the end
     * @return the letter c stands for, c itself when it is a letter or digit, or 0 when it separates words
     */
    static char read(char c, char previous, char next) {
        switch (c) {
            case '0': return 'o';
            case '1': return 'i';
            case '3': return 'e';
            case '4': return 'a';
            case '5': return 's';
            case '7': return 't';
            case '8': return 'b';
            case '9': return 'g';
            case '@': return 'a';
            case '$': return 's';
            case '€': return 'e';
            case '!': return isWordChar(previous) && isWordChar(next) ? 'i' : 0;
            case '|': return isWordChar(previous) && isWordChar(next) ? 'l' : 0;
            default: return Character.isLetterOrDigit(c) ? c : 0;
        }
    }

    private static boolean isWordChar(char c) {
        return c != 0 && (Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '€');
    }
}

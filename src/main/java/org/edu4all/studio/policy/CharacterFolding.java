package org.edu4all.studio.policy;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folds one character to the plain Latin letter it looks like: lower case, no accents, and Cyrillic or Greek
 * look-alikes replaced by their Latin twin ("е" U+0435 becomes "e").
 *
 * <p>The answers for the whole Basic Multilingual Plane are worked out once, when the class loads, so the hot path is
 * a table lookup and {@link SpoofChecker} is never called while checking prompts.
 *
 * <p>Two details of ICU's confusable skeleton need care:
 * <ul>
 *   <li>It maps some Latin letters oddly ("m" becomes "rn", "I" becomes "l"). So it is only asked about characters
 *       that are not already ASCII, and its answer is mapped back to the ASCII letter with the same skeleton.</li>
 *   <li>Upper-case look-alikes are clearer than lower-case ones (Cyrillic "Н" looks like "H", its lower case "н" looks
 *       like a small capital). So the skeleton of the original character is tried before its lower case.</li>
 * </ul>
 */
final class CharacterFolding {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Lower-case Cyrillic and Greek letters whose skeleton is not an ASCII letter, but which are used as one. */
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('к', "k"), Map.entry('м', "m"), Map.entry('т', "t"), Map.entry('в', "b"),
            Map.entry('н', "h"), Map.entry('ь', "b"), Map.entry('з', "3"), Map.entry('п', "n"),
            Map.entry('ш', "w"), Map.entry('щ', "w"), Map.entry('τ', "t"), Map.entry('κ', "k"),
            Map.entry('χ', "x"), Map.entry('β', "b"), Map.entry('ε', "e"), Map.entry('θ', "o"),
            Map.entry('ω', "w"), Map.entry('μ', "u"), Map.entry('υ', "u"), Map.entry('δ', "d"),
            Map.entry('ς', "c"));

    /** Invisible code points of the Basic Multilingual Plane. Built before FOLDED, which uses it. */
    private static final BitSet INVISIBLE = buildInvisibleTable();
    private static final String[] FOLDED = buildTable();

    private CharacterFolding() {
    }

    /** True for characters that must vanish: zero-width, soft hyphen, joiners, variation selectors, stray accents. */
    static boolean isInvisible(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            return INVISIBLE.get(codePoint);
        }
        return computeInvisible(codePoint);
    }

    private static boolean computeInvisible(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacter.FORMAT
                || type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static BitSet buildInvisibleTable() {
        BitSet invisible = new BitSet(0x10000);
        for (int codePoint = 0x80; codePoint < 0x10000; codePoint++) {
            if (computeInvisible(codePoint)) {
                invisible.set(codePoint);
            }
        }
        return invisible;
    }

    /** Appends the folded form of a visible code point (ASCII is only lower-cased). */
    static void appendFolded(int codePoint, StringBuilder out) {
        if (codePoint < 0x80) {
            out.append(Character.toLowerCase((char) codePoint));
        } else if (codePoint < FOLDED.length && FOLDED[codePoint] != null) {
            out.append(FOLDED[codePoint]);
        } else if (codePoint < FOLDED.length) {
            out.append((char) codePoint);
        } else {
            out.append(lowerWithoutAccents(codePoint));
        }
    }

    private static String[] buildTable() {
        SpoofChecker spoofChecker = new SpoofChecker.Builder().build();
        Map<String, String> asciiBySkeleton = asciiBySkeleton(spoofChecker);
        String[] table = new String[0x10000];
        for (int codePoint = 0x80; codePoint < table.length; codePoint++) {
            if (UCharacter.isLetterOrDigit(codePoint) && worthFolding(codePoint)) {
                String folded = fold(codePoint, spoofChecker, asciiBySkeleton);
                if (!folded.equals(new String(Character.toChars(codePoint)))) {
                    table[codePoint] = folded;
                }
            }
        }
        return table;
    }

    /**
     * Only scripts that have letters looking like Latin ones are worth asking ICU about: the rest of the plane
     * (Han, Hangul, Indic...) has no ASCII skeleton, and skipping it keeps start-up quick.
     */
    private static boolean worthFolding(int codePoint) {
        switch (UScript.getScript(codePoint)) {
            case UScript.LATIN, UScript.GREEK, UScript.CYRILLIC, UScript.ARMENIAN, UScript.CHEROKEE,
                 UScript.COPTIC, UScript.LISU, UScript.CANADIAN_ABORIGINAL, UScript.TIFINAGH, UScript.RUNIC,
                 UScript.HEBREW, UScript.ARABIC, UScript.COMMON, UScript.INHERITED:
                return true;
            default:
                return false;
        }
    }

    private static String fold(int codePoint, SpoofChecker spoofChecker, Map<String, String> asciiBySkeleton) {
        String lower = lowerWithoutAccents(codePoint);
        if (isAsciiAlphanumeric(lower)) {
            return lower;
        }
        String original = new String(Character.toChars(codePoint));
        String latin = latinTwin(original, spoofChecker, asciiBySkeleton);
        if (latin == null) {
            latin = latinTwin(lower, spoofChecker, asciiBySkeleton);
        }
        if (latin == null) {
            latin = smallCapital(codePoint);
        }
        if (latin == null && lower.length() == 1) {
            latin = LOOK_ALIKES.get(lower.charAt(0));
        }
        return latin != null ? latin : lower;
    }

    /** The ASCII letters or digit that a character's confusable skeleton stands for, or null. */
    private static String latinTwin(String text, SpoofChecker spoofChecker, Map<String, String> asciiBySkeleton) {
        String skeleton = withoutAccents(spoofChecker.getSkeleton(text));
        String ascii = asciiBySkeleton.get(skeleton);
        if (ascii != null) {
            return ascii;
        }
        if (skeleton.length() <= 2 && isAsciiAlphanumeric(skeleton)) {
            return skeleton.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * "ʀ" is LATIN LETTER SMALL CAPITAL R: "fancy text" generators use these, and most have no confusable skeleton.
     */
    private static String smallCapital(int codePoint) {
        String name = UCharacter.getName(codePoint);
        String prefix = "LATIN LETTER SMALL CAPITAL ";
        if (name != null && name.startsWith(prefix) && name.length() == prefix.length() + 1) {
            return name.substring(prefix.length()).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Maps each ASCII letter's and digit's skeleton back to the letter: "rn" back to "m", "O" back to "o". */
    private static Map<String, String> asciiBySkeleton(SpoofChecker spoofChecker) {
        Map<String, String> map = new HashMap<>();
        String ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (char c : ascii.toCharArray()) {
            map.putIfAbsent(spoofChecker.getSkeleton(String.valueOf(c)),
                    String.valueOf(Character.toLowerCase(c)));
        }
        return map;
    }

    private static String lowerWithoutAccents(int codePoint) {
        return withoutAccents(UCharacter.toLowerCase(Locale.ROOT, new String(Character.toChars(codePoint))));
    }

    private static String withoutAccents(String text) {
        String decomposed = NFD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAsciiAlphanumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}

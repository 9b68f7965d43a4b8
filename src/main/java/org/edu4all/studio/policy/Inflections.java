package org.edu4all.studio.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plural and gender forms of a list entry, so that admins can write "espadas" and the engine also catches
 * "espada", or write "desnudo" and catch "desnuda", "desnudos", "desnudas".
 *
 * <p>The rules are deliberately few and regular. Spanish: singular and plural (-s, -es, -z/-ces) and masculine -o to
 * feminine -a. Feminine -a is not turned into -o, because that makes real, harmless words ("arma" would give "armo",
 * I assemble; "mata", a bush, would give "mato"). English: singular and plural (-s, -es, -y/-ies, -fe/-ves).
 * Irregular forms, verb forms and derived words ("desnudez", "bloody", "killing") are separate list entries.
 *
 * <p>Words shorter than {@value #SPANISH_MIN_LENGTH} letters in Spanish, or {@value #ENGLISH_MIN_LENGTH} in English,
 * keep their form: that leaves articles and prepositions inside phrases alone ("contenido para adultos").
 */
final class Inflections {

    /** Caps the forms of one long phrase, whose word forms multiply. */
    static final int MAX_FORMS_PER_TERM = 64;

    private static final int SPANISH_MIN_LENGTH = 4;
    private static final int ENGLISH_MIN_LENGTH = 3;

    private Inflections() {
    }

    /**
     * @param normalizedTerm a normalised term: words separated by single spaces
     * @param language       "es", "en", or anything else for no inflection
     * @return the term's forms, the term itself first
     */
    static List<String> formsOf(String normalizedTerm, String language) {
        List<String> forms = new ArrayList<>(List.of(""));
        for (String word : normalizedTerm.split(" ")) {
            List<String> longer = new ArrayList<>();
            for (String prefix : forms) {
                for (String wordForm : wordForms(word, language)) {
                    if (longer.size() < MAX_FORMS_PER_TERM) {
                        longer.add(prefix.isEmpty() ? wordForm : prefix + ' ' + wordForm);
                    }
                }
            }
            forms = longer;
        }
        return forms;
    }

    static Set<String> wordForms(String word, String language) {
        if ("es".equals(language) && word.length() >= SPANISH_MIN_LENGTH) {
            return spanishForms(word);
        }
        if ("en".equals(language) && word.length() >= ENGLISH_MIN_LENGTH) {
            return englishForms(word);
        }
        return Set.of(word);
    }

    private static Set<String> spanishForms(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        if (word.endsWith("ces") && word.length() > 5) {
            bases.add(cut(word, 3) + 'z');                       // desnudeces -> desnudez
        } else if (word.endsWith("es") && !isVowel(charFromEnd(word, 3))) {
            bases.add(cut(word, 2));                              // puñales -> puñal, instrucciones -> instruccion
        }
        if (word.endsWith("s") && isVowel(charFromEnd(word, 2)) && word.length() > SPANISH_MIN_LENGTH) {
            bases.add(cut(word, 1));                              // espadas -> espada, adultos -> adulto
        }
        Set<String> forms = new LinkedHashSet<>(bases);
        for (String base : bases) {
            if (base.endsWith("s")) {
                continue;                                         // already plural, or cannot tell
            }
            char last = charFromEnd(base, 1);
            if (last == 'o') {
                forms.add(base + 's');
                forms.add(cut(base, 1) + 'a');                    // desnudo -> desnuda
                forms.add(cut(base, 1) + "as");
            } else if (isVowel(last)) {
                forms.add(base + 's');
            } else if (last == 'z') {
                forms.add(cut(base, 1) + "ces");
            } else {
                forms.add(base + "es");
            }
        }
        return forms;
    }

    private static Set<String> englishForms(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        if (word.endsWith("ies") && word.length() > 4) {
            bases.add(cut(word, 3) + 'y');                        // bodies -> body
        } else if (word.endsWith("ves") && word.length() > 4) {
            bases.add(cut(word, 3) + "fe");                       // knives -> knife
        } else if (word.endsWith("es") && sibilantEnding(cut(word, 2))) {
            bases.add(cut(word, 2));                              // sexes -> sex
        } else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() > ENGLISH_MIN_LENGTH) {
            bases.add(cut(word, 1));                              // swords -> sword, but not gas -> ga
        }
        Set<String> forms = new LinkedHashSet<>(bases);
        for (String base : bases) {
            if (base.endsWith("s") && !base.endsWith("ss")) {
                continue;                                         // already plural, or cannot tell
            }
            if (base.endsWith("y") && !isVowel(charFromEnd(base, 2))) {
                forms.add(cut(base, 1) + "ies");
            } else if (sibilantEnding(base)) {
                forms.add(base + "es");
            } else if (base.endsWith("fe")) {
                forms.add(cut(base, 2) + "ves");
                forms.add(base + 's');
            } else {
                forms.add(base + 's');
            }
        }
        return forms;
    }

    private static boolean sibilantEnding(String word) {
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("z")
                || word.endsWith("ch") || word.endsWith("sh");
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char charFromEnd(String word, int position) {
        return word.length() >= position ? word.charAt(word.length() - position) : 0;
    }

    private static String cut(String word, int count) {
        return word.substring(0, word.length() - count);
    }
}

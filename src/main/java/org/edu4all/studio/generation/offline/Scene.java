package org.edu4all.studio.generation.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the offline painter reads from a prompt: a handful of words in Spanish or English (accents ignored) pick the
 * time of day, weather, setting, a landmark, an animal and an accent colour. Everything else in the prompt is only
 * written into the picture.
 *
 * @param accent an RGB colour named in the prompt, or -1 when none was named
 */
record Scene(Time time, boolean snow, boolean rain, Setting setting, Landmark landmark, Animal animal, int accent) {

    enum Time { DAY, MORNING, SUNSET, NIGHT }

    enum Setting { MEADOW, BEACH, FOREST, DESERT }

    enum Landmark { NONE, TOWER, PYRAMID, BRIDGE, CASTLE, HOUSE, MOUNTAIN }

    enum Animal { NONE, DOG, CAT }

    // A word ending in '*' matches every word that starts with it; the others must match exactly.
    private static final Map<Time, List<String>> TIME_WORDS = Map.of(
            Time.MORNING, List.of("manana", "mananita", "morning", "amanec*", "sunrise", "dawn", "alba", "madrugada",
                    "desayun*", "breakfast"),
            Time.SUNSET, List.of("atardec*", "sunset*", "ocaso", "anochec*", "dusk", "puesta", "twilight",
                    "crepuscul*", "evening", "tarde"),
            Time.NIGHT, List.of("noche*", "night*", "nocturn*", "medianoche", "midnight", "luna", "moon*",
                    "estrella*", "star", "stars", "starry", "oscur*", "dark", "darkness"));

    private static final List<String> SNOW_WORDS = List.of("niev*", "nieva", "nevad*", "nevar", "snow*", "invierno",
            "winter*", "navidad*", "christmas", "hielo", "ice", "esqui", "esquiar", "ski", "skiing", "pinguino*",
            "penguin*");
    private static final List<String> RAIN_WORDS = List.of("lluvi*", "llueve", "llover", "rain*", "tormenta*",
            "storm*", "paraguas", "umbrella*", "chubasco*", "drizzle");

    private static final Map<Setting, List<String>> SETTING_WORDS = Map.of(
            Setting.BEACH, List.of("playa*", "beach*", "mar", "mares", "sea", "seas", "seaside", "oceano*", "ocean*",
                    "costa", "coast*", "arena", "sand", "sandy", "isla*", "island*", "barco*", "boat*", "velero*",
                    "sailboat*", "ola", "olas", "wave", "waves", "surf*", "pez", "peces", "fish*"),
            Setting.FOREST, List.of("bosque*", "forest*", "selva*", "jungle*", "arbol*", "tree", "trees", "woods",
                    "pino*", "pine*"),
            Setting.DESERT, List.of("desierto*", "desert*", "duna*", "dune*", "camello*", "camel*", "egipt*",
                    "egypt*", "oasis", "piramid*", "pyramid*"));

    private static final Map<Landmark, List<String>> LANDMARK_WORDS = Map.of(
            Landmark.TOWER, List.of("torre*", "tower*", "eiffel", "paris"),
            Landmark.PYRAMID, List.of("piramid*", "pyramid*", "egipt*", "egypt*", "esfinge", "sphinx"),
            Landmark.BRIDGE, List.of("puente*", "bridge*"),
            Landmark.CASTLE, List.of("castillo*", "castle*", "palacio*", "palace*", "princes*", "rey", "reina",
                    "king", "queen", "dragon*"),
            Landmark.HOUSE, List.of("casa", "casas", "casita*", "house*", "home", "hogar", "cabana*", "cabin*",
                    "granja*", "farm*"),
            Landmark.MOUNTAIN, List.of("montan*", "mountain*", "volcan*", "monte", "cerro", "sierra"));

    private static final Map<Animal, List<String>> ANIMAL_WORDS = Map.of(
            Animal.DOG, List.of("perr*", "dog", "dogs", "doggy", "puppy", "puppies", "cachorr*"),
            Animal.CAT, List.of("gato*", "gata", "gatas", "gatit*", "cat", "cats", "kitten*", "kitty", "minino*"));

    private static final Map<Integer, List<String>> COLOUR_WORDS = Map.of(
            0xE53935, List.of("roj*", "red"),
            0x1E88E5, List.of("azul*", "blue"),
            0x43A047, List.of("verde*", "green"),
            0xFDD835, List.of("amarill*", "yellow"),
            0x8E24AA, List.of("morad*", "purple", "violet*", "lila"),
            0xF06292, List.of("rosa", "rosad*", "pink"),
            0xFB8C00, List.of("naranja*", "orange"),
            0xFAFAFA, List.of("blanc*", "white"),
            0x37474F, List.of("negr*", "black"),
            0x8D6E63, List.of("marron*", "brown"));

    /** Reads a prompt. When words of the same kind compete, the one mentioned first wins. */
    static Scene fromPrompt(String prompt) {
        List<String> words = words(prompt);
        Time time = firstMentioned(words, Time.values(), TIME_WORDS, Time.DAY);
        Landmark landmark = firstMentioned(words, Landmark.values(), LANDMARK_WORDS, Landmark.NONE);
        Setting setting = firstMentioned(words, Setting.values(), SETTING_WORDS, Setting.MEADOW);
        Animal animal = firstMentioned(words, Animal.values(), ANIMAL_WORDS, Animal.NONE);
        Integer accent = firstMentioned(words, COLOUR_WORDS.keySet().stream().sorted().toArray(Integer[]::new),
                COLOUR_WORDS, -1);
        return new Scene(time, indexOf(words, SNOW_WORDS) >= 0, indexOf(words, RAIN_WORDS) >= 0, setting, landmark,
                animal, accent);
    }

    /** Lower-case ASCII words of the prompt, accents removed. */
    static List<String> words(String prompt) {
        String ascii = PixelFont.toAscii(prompt).toLowerCase(Locale.ROOT);
        return List.of(ascii.split("[^a-z0-9]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static <K> K firstMentioned(List<String> words, K[] candidates, Map<K, List<String>> vocabulary,
            K fallback) {
        K best = fallback;
        int bestIndex = Integer.MAX_VALUE;
        for (K candidate : candidates) {
            List<String> patterns = vocabulary.get(candidate);
            int index = patterns == null ? -1 : indexOf(words, patterns);
            if (index >= 0 && index < bestIndex) {
                best = candidate;
                bestIndex = index;
            }
        }
        return best;
    }

    private static int indexOf(List<String> words, List<String> patterns) {
        for (int i = 0; i < words.size(); i++) {
            for (String pattern : patterns) {
                if (matches(words.get(i), pattern)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(String word, String pattern) {
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                : word.equals(pattern);
    }
}

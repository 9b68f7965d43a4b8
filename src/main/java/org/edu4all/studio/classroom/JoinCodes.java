package org.edu4all.studio.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short class join codes that children can read aloud and type: no 0/O, 1/I/L look-alikes, grouped as
 * {@code ABCD-EFGH}. 8 letters from 30 give about 6.5e11 codes, so guessing one is impractical.
 */
public final class JoinCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ2345679";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a child typed, in canonical form: upper case, no spaces, the dash where it belongs. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : compact;
    }
}

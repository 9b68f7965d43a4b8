package org.edu4all.studio.generation.offline;

import java.awt.Graphics2D;
import java.text.Normalizer;

/**
 * A 5x7 pixel font for printable ASCII, drawn with {@code fillRect}. System fonts are avoided on purpose: a fresh
 * server may have none (no fontconfig), and glyphs differ between machines, which would break byte-identical output.
 */
final class PixelFont {

    /** Columns one character takes, including one column of spacing. */
    static final int ADVANCE = 6;
    /** Rows one line takes: seven, one for descenders, and one of spacing. */
    static final int LINE_HEIGHT = 9;
    static final int GLYPH_HEIGHT = 7;

    // One entry per character from ' ' (32) to '~' (126): seven rows, bit 4 is the leftmost column. The letters
    // g, j, p, q and y have an eighth row that hangs below the line.
    private static final String[] GLYPHS = {
        "00 00 00 00 00 00 00", "04 04 04 04 00 00 04", "0A 0A 0A 00 00 00 00", "0A 0A 1F 0A 1F 0A 0A",
        "04 0F 14 0E 05 1E 04", "18 19 02 04 08 13 03", "0C 12 14 08 15 12 0D", "0C 04 08 00 00 00 00",
        "02 04 08 08 08 04 02", "08 04 02 02 02 04 08", "00 04 15 0E 15 04 00", "00 04 04 1F 04 04 00",
        "00 00 00 00 0C 04 08", "00 00 00 1F 00 00 00", "00 00 00 00 00 0C 0C", "00 01 02 04 08 10 00",
        "0E 11 13 15 19 11 0E", "04 0C 04 04 04 04 0E", "0E 11 01 02 04 08 1F", "1F 02 04 02 01 11 0E",
        "02 06 0A 12 1F 02 02", "1F 10 1E 01 01 11 0E", "06 08 10 1E 11 11 0E", "1F 01 02 04 08 08 08",
        "0E 11 11 0E 11 11 0E", "0E 11 11 0F 01 02 0C", "00 0C 0C 00 0C 0C 00", "00 0C 0C 00 0C 04 08",
        "02 04 08 10 08 04 02", "00 00 1F 00 1F 00 00", "08 04 02 01 02 04 08", "0E 11 01 02 04 00 04",
        "0E 11 01 0D 15 15 0E", "0E 11 11 11 1F 11 11", "1E 11 11 1E 11 11 1E", "0E 11 10 10 10 11 0E",
        "1C 12 11 11 11 12 1C", "1F 10 10 1E 10 10 1F", "1F 10 10 1E 10 10 10", "0E 11 10 17 11 11 0F",
        "11 11 11 1F 11 11 11", "0E 04 04 04 04 04 0E", "07 02 02 02 02 12 0C", "11 12 14 18 14 12 11",
        "10 10 10 10 10 10 1F", "11 1B 15 15 11 11 11", "11 11 19 15 13 11 11", "0E 11 11 11 11 11 0E",
        "1E 11 11 1E 10 10 10", "0E 11 11 11 15 12 0D", "1E 11 11 1E 14 12 11", "0F 10 10 0E 01 01 1E",
        "1F 04 04 04 04 04 04", "11 11 11 11 11 11 0E", "11 11 11 11 11 0A 04", "11 11 11 15 15 15 0A",
        "11 11 0A 04 0A 11 11", "11 11 11 0A 04 04 04", "1F 01 02 04 08 10 1F", "0E 08 08 08 08 08 0E",
        "00 10 08 04 02 01 00", "0E 02 02 02 02 02 0E", "04 0A 11 00 00 00 00", "00 00 00 00 00 00 1F",
        "08 04 02 00 00 00 00", "00 00 0E 01 0F 11 0F", "10 10 16 19 11 11 1E", "00 00 0E 10 10 11 0E",
        "01 01 0D 13 11 11 0F", "00 00 0E 11 1F 10 0E", "06 09 08 1C 08 08 08", "00 00 0F 11 11 0F 01 0E",
        "10 10 16 19 11 11 11", "04 00 0C 04 04 04 0E", "02 00 06 02 02 02 12 0C", "10 10 12 14 18 14 12",
        "0C 04 04 04 04 04 0E", "00 00 1A 15 15 11 11", "00 00 16 19 11 11 11", "00 00 0E 11 11 11 0E",
        "00 00 1E 11 11 1E 10 10", "00 00 0F 11 11 0F 01 01", "00 00 16 19 10 10 10", "00 00 0E 10 0E 01 1E",
        "08 08 1C 08 08 09 06", "00 00 11 11 11 13 0D", "00 00 11 11 11 0A 04", "00 00 11 11 15 15 0A",
        "00 00 11 0A 04 0A 11", "00 00 11 11 11 0F 01 0E", "00 00 1F 02 04 08 1F", "02 04 04 08 04 04 02",
        "04 04 04 04 04 04 04", "08 04 04 02 04 04 08", "00 00 08 15 02 00 00",
    };

    private static final int[][] ROWS = new int[GLYPHS.length][];

    static {
        for (int i = 0; i < GLYPHS.length; i++) {
            String[] hex = GLYPHS[i].split(" ");
            ROWS[i] = new int[hex.length];
            for (int r = 0; r < hex.length; r++) {
                ROWS[i][r] = Integer.parseInt(hex[r], 16);
            }
        }
    }

    private PixelFont() {
    }

    /**
     * Maps any text onto the font's characters: accents are dropped (á to a, ñ to n), Spanish opening marks and
     * typographic dashes and quotes get their ASCII look-alike, and anything else outside printable ASCII becomes '?'.
     */
    static String toAscii(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return;
            }
            out.append(asciiFor(cp));
        });
        return out.toString();
    }

    private static String asciiFor(int cp) {
        if (cp >= 32 && cp <= 126) {
            return String.valueOf((char) cp);
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        return switch (cp) {
            case '¡' -> "!";
            case '¿' -> "?";
            case '‐', '‑', '‒', '–', '—', '―', '−' -> "-";
            case '‘', '’', '‚', '′' -> "'";
            case '“', '”', '„', '«', '»', '″' -> "\"";
            case '…' -> "...";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            default -> "?";
        };
    }

    /** Width in pixels of {@code chars} characters at {@code scale}, without the trailing spacing column. */
    static int width(int chars, int scale) {
        return chars <= 0 ? 0 : (chars * ADVANCE - 1) * scale;
    }

    /** Draws ASCII text with its top-left corner at (x, y), each font pixel a {@code scale} x {@code scale} square. */
    static void draw(Graphics2D g, String ascii, int x, int y, int scale) {
        for (int i = 0; i < ascii.length(); i++) {
            int c = ascii.charAt(i);
            int[] rows = ROWS[(c >= 32 && c <= 126) ? c - 32 : '?' - 32];
            int left = x + i * ADVANCE * scale;
            for (int r = 0; r < rows.length; r++) {
                drawRow(g, rows[r], left, y + r * scale, scale);
            }
        }
    }

    // Runs of set bits become one rectangle each, which keeps large captions cheap to draw.
    private static void drawRow(Graphics2D g, int bits, int left, int top, int scale) {
        int col = 0;
        while (col < 5) {
            if ((bits & (0x10 >> col)) == 0) {
                col++;
                continue;
            }
            int start = col;
            while (col < 5 && (bits & (0x10 >> col)) != 0) {
                col++;
            }
            g.fillRect(left + start * scale, top, (col - start) * scale, scale);
        }
    }
}

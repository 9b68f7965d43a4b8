package org.edu4all.studio.generation.offline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The text on an offline picture: the banner that says it is not AI, and the prompt as a caption. Captions are
 * limited to a few lines and end with "..." when the prompt does not fit.
 */
final class Labels {

    static final String BANNER = "OFFLINE PREVIEW - not AI";
    static final String BANNER_ES = "Vista previa - no es IA";
    static final String EDIT_BANNER = "OFFLINE EDIT - not AI";
    static final int CAPTION_LINES = 3;

    private static final Color BANNER_BACK = new Color(0x26, 0x32, 0x38, 225);
    private static final Color BANNER_TEXT = new Color(0xFFD54F);
    private static final Color PANEL = new Color(255, 255, 255, 215);
    private static final Color INK = new Color(0x1A237E);

    private Labels() {
    }

    /** Font pixel size for a picture: 4 at 1024 px, never below 1. */
    static int scale(int w, int h) {
        return Math.max(1, Math.round(Math.min(w, h) / 256f));
    }

    static void banner(Graphics2D g, int w, int h) {
        int s = scale(w, h);
        while (s > 1 && PixelFont.width(BANNER.length(), s) > w * 0.9) {
            s--;
        }
        int small = Math.max(1, s * 2 / 3);
        int pad = 2 * s;
        int height = pad * 2 + PixelFont.GLYPH_HEIGHT * s + 3 * s + PixelFont.GLYPH_HEIGHT * small;
        g.setColor(BANNER_BACK);
        g.fillRect(0, 0, w, height);
        g.setColor(BANNER_TEXT);
        PixelFont.draw(g, BANNER, (w - PixelFont.width(BANNER.length(), s)) / 2, pad, s);
        g.setColor(Color.WHITE);
        int y = pad + PixelFont.GLYPH_HEIGHT * s + 3 * s;
        PixelFont.draw(g, BANNER_ES, (w - PixelFont.width(BANNER_ES.length(), small)) / 2, y, small);
    }

    /** Where the tallest caption would start, so the scene keeps its subjects above it. */
    static int captionTop(int w, int h) {
        int s = scale(w, h);
        return h - margin(w, h) - panelHeight(CAPTION_LINES, s);
    }

    static void caption(Graphics2D g, String prompt, int w, int h) {
        int s = scale(w, h);
        int pad = 3 * s;
        int maxChars = (w - 2 * margin(w, h) - 2 * pad + s) / (PixelFont.ADVANCE * s);
        List<String> lines = wrap(PixelFont.toAscii(prompt), maxChars, CAPTION_LINES);
        if (lines.isEmpty()) {
            return;
        }
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        int panelW = PixelFont.width(longest, s) + 2 * pad;
        int panelH = panelHeight(lines.size(), s);
        int x = (w - panelW) / 2;
        int y = h - margin(w, h) - panelH;
        g.setColor(PANEL);
        g.fillRoundRect(x, y, panelW, panelH, pad * 2, pad * 2);
        g.setColor(INK);
        for (int i = 0; i < lines.size(); i++) {
            PixelFont.draw(g, lines.get(i), x + pad, y + pad + i * PixelFont.LINE_HEIGHT * s, s);
        }
    }

    /**
     * A small label for an edit, placed low in the edited area where it fits between the mask's edges. Only edited
     * pixels will show it, so a label that fits nowhere is clipped rather than spilling onto the kept picture.
     *
     * @param spans for each row of {@code area}, the first and last edited x (last < first when none)
     */
    static void editCaption(Graphics2D g, String prompt, int[][] spans, Rectangle area, int w, int h) {
        int s = Math.max(1, Math.round(Math.min(w, h) / 400f));
        int pad = 2 * s;
        List<String> lines = List.of();
        Point at = null;
        for (double share : new double[] {0.8, 0.6, 0.4}) {
            int maxChars = Math.max(8, (int) (area.width * share - 2 * pad) / (PixelFont.ADVANCE * s));
            lines = new ArrayList<>();
            lines.add(EDIT_BANNER.length() <= maxChars ? EDIT_BANNER : "OFFLINE EDIT");
            lines.addAll(wrap(PixelFont.toAscii(prompt), maxChars, 2));
            at = fit(spans, area, panelWidth(lines, s, pad), panelHeight(lines.size(), s), pad);
            if (at != null) {
                break;
            }
        }
        int panelW = panelWidth(lines, s, pad);
        int panelH = panelHeight(lines.size(), s);
        if (at == null) {
            at = new Point(area.x + pad, Math.max(area.y, area.y + area.height - pad - panelH));
        }
        g.setColor(PANEL);
        g.fillRect(at.x, at.y, panelW, panelH);
        for (int i = 0; i < lines.size(); i++) {
            g.setColor(i == 0 ? Color.BLACK : INK);
            PixelFont.draw(g, lines.get(i), at.x + pad, at.y + pad + i * PixelFont.LINE_HEIGHT * s, s);
        }
    }

    /** The lowest spot where a panel fits inside the edited rows, centred between their edges; null if none. */
    private static Point fit(int[][] spans, Rectangle area, int panelW, int panelH, int margin) {
        for (int top = area.height - panelH - margin; top >= 0; top -= Math.max(1, panelH / 4)) {
            int left = Integer.MIN_VALUE;
            int right = Integer.MAX_VALUE;
            for (int y = top; y < top + panelH; y++) {
                left = Math.max(left, spans[y][0]);
                right = Math.min(right, spans[y][1]);
            }
            if (right - left + 1 >= panelW + 2 * margin) {
                return new Point((left + right + 1 - panelW) / 2, area.y + top);
            }
        }
        return null;
    }

    private static int panelWidth(List<String> lines, int s, int pad) {
        return PixelFont.width(lines.stream().mapToInt(String::length).max().orElse(0), s) + 2 * pad;
    }

    private static int margin(int w, int h) {
        return Math.max(4, Math.min(w, h) / 40);
    }

    private static int panelHeight(int lines, int s) {
        return 6 * s + lines * PixelFont.LINE_HEIGHT * s - 2 * s;
    }

    /**
     * Greedy word wrap into at most {@code maxLines} lines of {@code maxChars}; over-long words are cut, and text
     * that does not fit ends the last line with "...".
     */
    static List<String> wrap(String text, int requestedChars, int maxLines) {
        int maxChars = Math.max(4, requestedChars);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > maxChars) {
                flush(lines, line);
                lines.add(word.substring(0, maxChars));
                word = word.substring(maxChars);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                flush(lines, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        flush(lines, line);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        if (last.length() + 3 > maxChars) {
            last = last.substring(0, Math.max(0, maxChars - 3)).stripTrailing();
        }
        kept.set(maxLines - 1, last + "...");
        return kept;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}

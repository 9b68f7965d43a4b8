package org.edu4all.studio.generation.offline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** The big thing a prompt can name: a tower, pyramids, a bridge, a castle, a house or mountains. */
final class Landmarks {

    private static final Color WINDOW_LIGHT = new Color(0xFFD54F);

    private Landmarks() {
    }

    /** An Eiffel-like tower: curved legs, an arch between them, two platforms and an antenna. */
    static void tower(Graphics2D g, Palette p, boolean night, Random rnd, double cx, double base, double height) {
        double halfBase = height * 0.27;
        int steps = 24;
        Path2D outline = new Path2D.Double();
        outline.moveTo(cx - halfWidth(0, halfBase, height), base);
        for (int i = 1; i <= steps; i++) {
            double t = i / (double) steps;
            outline.lineTo(cx - halfWidth(t, halfBase, height), base - t * height);
        }
        for (int i = steps; i >= 0; i--) {
            double t = i / (double) steps;
            outline.lineTo(cx + halfWidth(t, halfBase, height), base - t * height);
        }
        outline.closePath();
        Area body = new Area(outline);
        body.subtract(new Area(Draw.ellipse(cx, base, halfBase * 0.55, height * 0.16)));
        g.setColor(p.color(0x6D4C3A));
        g.fill(body);

        Shape clip = g.getClip();
        g.clip(body);
        Color lattice = p.color(0x9C7B62);
        double step = height / 16;
        for (int i = 0; i < 16; i++) {
            double y = base - i * step;
            Draw.line(g, lattice, height / 220, cx - halfBase, y, cx + halfBase, y - step);
            Draw.line(g, lattice, height / 220, cx + halfBase, y, cx - halfBase, y - step);
        }
        g.setClip(clip);

        Color deck = p.color(0x5A3E2F);
        double[] platforms = {0.22, 0.5, 0.8};
        for (double t : platforms) {
            double half = halfWidth(t, halfBase, height) * (t < 0.6 ? 1.3 : 1.6);
            Draw.fillRect(g, deck, cx - half, base - t * height - height * 0.012, 2 * half, height * 0.024);
        }
        Draw.fillRect(g, deck, cx - height * 0.006, base - height * 1.07, height * 0.012, height * 0.08);
        if (night) {
            for (int i = 0; i < 18; i++) {
                double t = rnd.nextDouble() * 0.95;
                double side = rnd.nextBoolean() ? 1 : -1;
                Draw.fillCircle(g, WINDOW_LIGHT, cx + side * halfWidth(t, halfBase, height) * 0.8,
                        base - t * height, Math.max(1, height / 160));
            }
        }
    }

    private static double halfWidth(double t, double halfBase, double height) {
        return halfBase * Math.pow(1 - t, 2.3) + height * 0.012;
    }

    /** Two pyramids with a lit and a shaded face and rows of blocks. */
    static void pyramids(Graphics2D g, Palette p, Random rnd, double cx, double base, double height) {
        double side = rnd.nextBoolean() ? 1 : -1;
        pyramid(g, p, cx + side * height * 0.95, base - height * 0.05, height * 0.6);
        pyramid(g, p, cx, base, height);
    }

    private static void pyramid(Graphics2D g, Palette p, double cx, double base, double height) {
        double half = height * 0.95;
        double apexX = cx + height * 0.1;
        double ridgeX = cx + half * 0.3;
        Path2D whole = Draw.poly(cx - half, base, apexX, base - height, cx + half, base);
        Draw.fillPoly(g, p.color(0xE9BE6C), cx - half, base, apexX, base - height, ridgeX, base);
        Draw.fillPoly(g, p.color(0xB98A3E), ridgeX, base, apexX, base - height, cx + half, base);
        Shape clip = g.getClip();
        g.clip(whole);
        Color joint = p.color(0xA97C36);
        for (int i = 1; i < 12; i++) {
            double y = base - i * height / 12;
            Draw.line(g, joint, height / 250, cx - half, y, cx + half, y);
        }
        g.setClip(clip);
    }

    /** A stone bridge with round arches over a river that crosses the whole picture. */
    static void bridge(Graphics2D g, Palette p, Random rnd, int colour, int width, double deckTop, double waterTop,
            double waterBottom) {
        // The river starts halfway up the arches, so it reads as flowing under the bridge.
        double riverTop = deckTop + (waterTop - deckTop) * 0.5;
        Draw.fillRect(g, p.color(p.water), 0, riverTop, width, waterBottom - riverTop);
        Color ripple = p.color(0x8CCBF0);
        for (int i = 0; i < 14; i++) {
            double x = rnd.nextDouble() * width;
            double y = waterTop + (0.5 + rnd.nextDouble() * 0.45) * (waterBottom - waterTop);
            Draw.line(g, ripple, (waterBottom - waterTop) / 40, x, y, x + width * 0.04, y);
        }
        double deckHeight = (waterTop - deckTop) * 0.22;
        int arches = 3 + rnd.nextInt(2);
        double span = width / (double) arches;
        Area stone = new Area(new Rectangle2D.Double(0, deckTop, width, waterTop - deckTop + deckHeight * 0.5));
        for (int i = 0; i < arches; i++) {
            double archCx = span * (i + 0.5);
            stone.subtract(new Area(Draw.ellipse(archCx, waterTop + deckHeight * 0.5, span * 0.38,
                    waterTop - deckTop - deckHeight * 0.6)));
        }
        g.setColor(p.color(colour));
        g.fill(stone);
        Color dark = p.color(Palette.scale(colour, 0.7));
        Draw.fillRect(g, dark, 0, deckTop, width, deckHeight * 0.25);
        double post = deckHeight * 0.5;
        for (double x = post; x < width; x += post * 4) {
            Draw.fillRect(g, dark, x, deckTop - post * 1.6, post * 0.6, post * 1.6);
        }
        Draw.fillRect(g, dark, 0, deckTop - post * 1.6, width, post * 0.4);
    }

    /** A fairy-tale castle: a keep between two towers with pointed roofs in the accent colour and a flag. */
    static void castle(Graphics2D g, Palette p, boolean night, double cx, double base, double height) {
        Color wall = p.color(0xB0BEC5);
        Color shade = p.color(0x90A4AE);
        Color roof = p.color(p.accent);
        double keepHalf = height * 0.3;
        double keepTop = base - height * 0.5;
        Draw.fillRect(g, wall, cx - keepHalf, keepTop, 2 * keepHalf, base - keepTop);
        crenels(g, wall, cx - keepHalf, keepTop, 2 * keepHalf, height * 0.05);
        double towerHalf = height * 0.09;
        for (double x : new double[] {cx - keepHalf, cx + keepHalf}) {
            double top = base - height * 0.68;
            Draw.fillRect(g, shade, x - towerHalf, top, 2 * towerHalf, base - top);
            Draw.fillPoly(g, roof, x - towerHalf * 1.3, top, x, top - height * 0.24, x + towerHalf * 1.3, top);
            window(g, p, night, x, top + height * 0.12, height * 0.03);
        }
        double midTop = base - height * 0.72;
        Draw.fillRect(g, wall, cx - towerHalf, midTop, 2 * towerHalf, keepTop - midTop + 1);
        Draw.fillPoly(g, roof, cx - towerHalf * 1.35, midTop, cx, midTop - height * 0.26, cx + towerHalf * 1.35,
                midTop);
        double poleTop = midTop - height * 0.38;
        Draw.line(g, p.color(0x5D4037), height / 150, cx, midTop - height * 0.24, cx, poleTop);
        Draw.fillPoly(g, roof, cx, poleTop, cx + height * 0.12, poleTop + height * 0.035, cx, poleTop + height * 0.07);
        window(g, p, night, cx, midTop + height * 0.1, height * 0.03);
        double doorHalf = height * 0.08;
        Color door = p.color(0x6D4C41);
        Draw.fillRect(g, door, cx - doorHalf, base - height * 0.2, 2 * doorHalf, height * 0.2);
        Draw.fillCircle(g, door, cx, base - height * 0.2, doorHalf);
    }

    private static void crenels(Graphics2D g, Color c, double x, double top, double width, double size) {
        int count = Math.max(3, (int) (width / (size * 2)));
        double step = width / count;
        for (int i = 0; i < count; i++) {
            Draw.fillRect(g, c, x + i * step, top - size, step * 0.55, size + 1);
        }
    }

    private static void window(Graphics2D g, Palette p, boolean night, double cx, double cy, double half) {
        Color glass = night ? WINDOW_LIGHT : p.color(0x455A64);
        Draw.fillRect(g, glass, cx - half, cy - half * 1.5, 2 * half, 3 * half);
    }

    /** A cosy house; its windows glow at night. */
    static void house(Graphics2D g, Palette p, boolean night, boolean snow, double cx, double base, double height) {
        double half = height * 0.55;
        double wallTop = base - height * 0.55;
        Draw.fillRect(g, p.color(0x8D6E63), cx + half * 0.45, base - height * 0.98, height * 0.1, height * 0.3);
        Draw.fillRect(g, p.color(0xFFE0B2), cx - half, wallTop, 2 * half, base - wallTop);
        Draw.fillPoly(g, p.color(p.accent), cx - half * 1.18, wallTop, cx, base - height, cx + half * 1.18, wallTop);
        if (snow) {
            double t = height * 0.06;
            Draw.fillPoly(g, p.color(0xFFFFFF), cx - half * 0.25, base - height * 0.88, cx, base - height - t * 0.3,
                    cx + half * 0.25, base - height * 0.88, cx + half * 0.12, base - height * 0.84, cx,
                    base - height * 0.9, cx - half * 0.12, base - height * 0.84);
        }
        Draw.fillRect(g, p.color(0x795548), cx - height * 0.09, base - height * 0.3, height * 0.18, height * 0.3);
        Color glass = night ? WINDOW_LIGHT : p.color(0x81D4FA);
        for (double x : new double[] {cx - half * 0.62, cx + half * 0.62}) {
            Draw.fillRect(g, p.color(0xFFFFFF), x - height * 0.1, base - height * 0.42, height * 0.2, height * 0.18);
            Draw.fillRect(g, glass, x - height * 0.085, base - height * 0.405, height * 0.17, height * 0.15);
        }
    }

    /** Two mountains with snowy tops, standing behind the hills. */
    static void mountains(Graphics2D g, Palette p, Random rnd, int width, double horizon, double height) {
        double first = width * (0.25 + rnd.nextDouble() * 0.2);
        mountain(g, p, first + width * 0.32, horizon, height * 0.7);
        mountain(g, p, first, horizon, height);
    }

    private static void mountain(Graphics2D g, Palette p, double cx, double base, double height) {
        double half = height * 1.15;
        Draw.fillPoly(g, p.color(0x7F8FB8), cx - half, base, cx, base - height, cx + half, base);
        Draw.fillPoly(g, p.color(0x66759C), cx, base - height, cx + half, base, cx + half * 0.2, base);
        double capY = base - height * 0.7;
        double capHalf = half * 0.3;
        Draw.fillPoly(g, p.color(0xF5F8FC), cx - capHalf, capY, cx, base - height, cx + capHalf, capY,
                cx + capHalf * 0.45, capY - height * 0.05, cx + capHalf * 0.1, capY + height * 0.03,
                cx - capHalf * 0.35, capY - height * 0.04);
    }
}

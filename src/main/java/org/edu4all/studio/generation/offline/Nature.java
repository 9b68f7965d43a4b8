package org.edu4all.studio.generation.offline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.QuadCurve2D;

/** The small things in a scene: trees, flowers, cacti, a sailboat, and a dog or a cat. */
final class Nature {

    private static final Color WHITE = new Color(0xFFFFFF);
    private static final Color BLACK = new Color(0x212121);

    private Nature() {
    }

    static void pine(Graphics2D g, Palette p, int leaves, boolean snow, double x, double base, double height) {
        Draw.fillRect(g, p.color(0x6D4C41), x - height * 0.04, base - height * 0.16, height * 0.08, height * 0.16);
        Color green = p.color(leaves);
        Color cap = p.color(0xFFFFFF);
        for (int tier = 0; tier < 3; tier++) {
            double bottom = base - height * (0.12 + tier * 0.26);
            double top = bottom - height * 0.42;
            double half = height * (0.3 - tier * 0.06);
            Draw.fillPoly(g, green, x - half, bottom, x, top, x + half, bottom);
            if (snow) {
                Draw.fillPoly(g, cap, x - half * 0.35, top + height * 0.15, x, top, x + half * 0.35,
                        top + height * 0.15);
            }
        }
    }

    static void roundTree(Graphics2D g, Palette p, boolean snow, int fruit, double x, double base, double height) {
        Draw.fillRect(g, p.color(0x795548), x - height * 0.06, base - height * 0.5, height * 0.12, height * 0.5);
        Color leaves = p.color(0x43A047);
        Draw.fillCircle(g, leaves, x - height * 0.17, base - height * 0.56, height * 0.2);
        Draw.fillCircle(g, leaves, x + height * 0.17, base - height * 0.56, height * 0.2);
        Draw.fillCircle(g, leaves, x, base - height * 0.72, height * 0.27);
        Draw.fillCircle(g, p.color(0x66BB6A), x - height * 0.07, base - height * 0.8, height * 0.1);
        if (snow) {
            Draw.fillEllipse(g, p.color(0xFFFFFF), x, base - height * 0.93, height * 0.17, height * 0.06);
        } else {
            Color apple = p.color(fruit);
            Draw.fillCircle(g, apple, x - height * 0.12, base - height * 0.6, height * 0.03);
            Draw.fillCircle(g, apple, x + height * 0.14, base - height * 0.7, height * 0.03);
            Draw.fillCircle(g, apple, x + height * 0.02, base - height * 0.52, height * 0.03);
        }
    }

    static void flower(Graphics2D g, Palette p, int petals, double x, double base, double size) {
        Draw.line(g, p.color(0x2E7D32), size * 0.12, x, base, x, base - size);
        Color petal = p.color(petals);
        double r = size * 0.2;
        for (int i = 0; i < 5; i++) {
            double angle = i * Math.PI * 2 / 5;
            Draw.fillCircle(g, petal, x + Math.cos(angle) * r, base - size + Math.sin(angle) * r, r);
        }
        Draw.fillCircle(g, p.color(0xFFEB3B), x, base - size, r * 0.8);
    }

    static void cactus(Graphics2D g, Palette p, double x, double base, double height) {
        Color green = p.color(0x4E9A52);
        double half = height * 0.1;
        g.setColor(green);
        g.fillRoundRect((int) (x - half), (int) (base - height), (int) (2 * half), (int) height, (int) half * 2,
                (int) half * 2);
        g.fillRoundRect((int) (x - half * 4), (int) (base - height * 0.7), (int) (half * 1.6), (int) (height * 0.35),
                (int) half, (int) half);
        g.fillRect((int) (x - half * 4), (int) (base - height * 0.42), (int) (half * 3.5), (int) (half * 1.4));
        g.fillRoundRect((int) (x + half * 2.4), (int) (base - height * 0.8), (int) (half * 1.6), (int) (height * 0.4),
                (int) half, (int) half);
        g.fillRect((int) (x + half * 0.5), (int) (base - height * 0.5), (int) (half * 3.5), (int) (half * 1.4));
    }

    static void sailboat(Graphics2D g, Palette p, double x, double waterLine, double size) {
        Draw.fillPoly(g, p.color(0x8D6E63), x - size * 0.5, waterLine - size * 0.15, x + size * 0.5,
                waterLine - size * 0.15, x + size * 0.35, waterLine + size * 0.05, x - size * 0.35,
                waterLine + size * 0.05);
        Draw.line(g, p.color(0x5D4037), size * 0.04, x, waterLine - size * 0.15, x, waterLine - size);
        Draw.fillPoly(g, p.color(0xFAFAFA), x + size * 0.04, waterLine - size, x + size * 0.04,
                waterLine - size * 0.22, x + size * 0.42, waterLine - size * 0.22);
        Draw.fillPoly(g, p.color(p.accent), x - size * 0.04, waterLine - size * 0.9, x - size * 0.04,
                waterLine - size * 0.22, x - size * 0.34, waterLine - size * 0.22);
    }

    static void snowman(Graphics2D g, Palette p, double x, double base, double height) {
        Color snow = p.color(0xFAFCFF);
        Draw.line(g, p.color(0x6D4C41), height * 0.025, x - height * 0.15, base - height * 0.5, x - height * 0.32,
                base - height * 0.66);
        Draw.line(g, p.color(0x6D4C41), height * 0.025, x + height * 0.15, base - height * 0.5, x + height * 0.32,
                base - height * 0.66);
        // A blue-grey rim keeps a white snowman visible on white snow.
        Color rim = p.color(0xB8C7DA);
        double[][] balls = {{0.2, 0.2}, {0.52, 0.15}, {0.77, 0.11}};
        Draw.fillEllipse(g, rim, x, base, height * 0.26, height * 0.04);
        for (double[] ball : balls) {
            Draw.fillCircle(g, rim, x, base - height * ball[0], height * ball[1] + Math.max(1, height * 0.012));
        }
        for (double[] ball : balls) {
            Draw.fillCircle(g, snow, x - height * 0.006, base - height * ball[0] - height * 0.006, height * ball[1]);
        }
        Draw.fillRect(g, p.color(p.accent), x - height * 0.13, base - height * 0.68, height * 0.26, height * 0.05);
        Draw.fillRect(g, p.color(0x263238), x - height * 0.1, base - height * 0.9, height * 0.2, height * 0.03);
        Draw.fillRect(g, p.color(0x263238), x - height * 0.065, base - height * 1.04, height * 0.13, height * 0.14);
        Draw.fillCircle(g, BLACK, x - height * 0.04, base - height * 0.8, height * 0.015);
        Draw.fillCircle(g, BLACK, x + height * 0.04, base - height * 0.8, height * 0.015);
        Draw.fillPoly(g, p.color(0xFB8C00), x, base - height * 0.77, x + height * 0.13, base - height * 0.755, x,
                base - height * 0.74);
        for (int i = 0; i < 3; i++) {
            Draw.fillCircle(g, BLACK, x, base - height * (0.44 + i * 0.07), height * 0.015);
        }
    }

    /** A beach parasol with stripes in the accent colour. */
    static void parasol(Graphics2D g, Palette p, double x, double base, double height) {
        double top = base - height;
        Draw.line(g, p.color(0xECEFF1), height * 0.03, x, base, x, top);
        double half = height * 0.55;
        int wedges = 6;
        for (int i = 0; i < wedges; i++) {
            double a1 = i * Math.PI / wedges;
            double a2 = (i + 1) * Math.PI / wedges;
            Draw.fillPoly(g, p.color(i % 2 == 0 ? p.accent : 0xFFFFFF), x, top,
                    x - Math.cos(a1) * half, top + height * 0.28 - Math.sin(a1) * height * 0.06,
                    x - Math.cos(a2) * half, top + height * 0.28 - Math.sin(a2) * height * 0.06);
        }
    }

    /** A shell, or a starfish when {@code star}. */
    static void shell(Graphics2D g, Palette p, boolean star, double x, double y, double r) {
        if (!star) {
            Draw.fillEllipse(g, p.color(0xF8BBD0), x, y, r, r * 0.75);
            return;
        }
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? r * 1.6 : r * 0.65;
            xy[2 * i] = x + Math.cos(a) * radius;
            xy[2 * i + 1] = y + Math.sin(a) * radius;
        }
        Draw.fillPoly(g, p.color(0xFF8A65), xy);
    }

    /** A friendly dog standing on {@code base}; {@code dir} is 1 to face right and -1 to face left. */
    static void dog(Graphics2D g, Palette p, double cx, double base, double s, int dir) {
        Color fur = p.color(0xC68642);
        Color dark = p.color(0x8D5524);
        double legW = s * 0.09;
        for (double off : new double[] {-0.3, -0.18, 0.16, 0.28}) {
            Color leg = (off == -0.18 || off == 0.28) ? dark : fur;
            Draw.fillRect(g, leg, cx + dir * off * s - legW / 2, base - s * 0.32, legW, s * 0.32);
        }
        Draw.line(g, fur, s * 0.08, cx - dir * s * 0.34, base - s * 0.5, cx - dir * s * 0.52, base - s * 0.74);
        g.setColor(fur);
        g.fillRoundRect((int) (cx - s * 0.38), (int) (base - s * 0.58), (int) (s * 0.76), (int) (s * 0.32),
                (int) (s * 0.3), (int) (s * 0.3));
        double hx = cx + dir * s * 0.36;
        double hy = base - s * 0.7;
        Draw.fillRect(g, p.color(p.accent), hx - s * 0.12, base - s * 0.56, s * 0.2, s * 0.06);
        Draw.fillCircle(g, fur, hx, hy, s * 0.19);
        Draw.fillEllipse(g, p.color(0xE8BB85), hx + dir * s * 0.17, hy + s * 0.06, s * 0.11, s * 0.075);
        Draw.fillEllipse(g, p.color(0xF48FB1), hx + dir * s * 0.16, hy + s * 0.15, s * 0.03, s * 0.045);
        Draw.fillCircle(g, BLACK, hx + dir * s * 0.27, hy + s * 0.03, s * 0.035);
        Draw.fillEllipse(g, dark, hx - dir * s * 0.1, hy + s * 0.02, s * 0.06, s * 0.14);
        Draw.fillCircle(g, BLACK, hx + dir * s * 0.07, hy - s * 0.05, s * 0.03);
        Draw.fillCircle(g, WHITE, hx + dir * s * 0.078, hy - s * 0.06, s * 0.01);
    }

    /** A sitting cat with a curled tail; {@code dir} is 1 to face right and -1 to face left. */
    static void cat(Graphics2D g, Palette p, double cx, double base, double s, int dir) {
        Color fur = p.color(0xF4A261);
        Color stripe = p.color(0xC9732E);
        g.setColor(fur);
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(cx - dir * s * 0.15, base - s * 0.05, cx - dir * s * 0.55, base - s * 0.05,
                cx - dir * s * 0.45, base - s * 0.45));
        Draw.fillEllipse(g, fur, cx, base - s * 0.3, s * 0.25, s * 0.3);
        Draw.fillEllipse(g, p.color(0xFFE0C2), cx + dir * s * 0.06, base - s * 0.3, s * 0.11, s * 0.2);
        Draw.fillEllipse(g, fur, cx - s * 0.12, base - s * 0.03, s * 0.09, s * 0.04);
        Draw.fillEllipse(g, fur, cx + s * 0.12, base - s * 0.03, s * 0.09, s * 0.04);
        double hx = cx + dir * s * 0.04;
        double hy = base - s * 0.68;
        Draw.fillPoly(g, fur, hx - s * 0.2, hy - s * 0.05, hx - s * 0.17, hy - s * 0.3, hx - s * 0.04, hy - s * 0.15);
        Draw.fillPoly(g, fur, hx + s * 0.2, hy - s * 0.05, hx + s * 0.17, hy - s * 0.3, hx + s * 0.04, hy - s * 0.15);
        Draw.fillCircle(g, fur, hx, hy, s * 0.2);
        Draw.line(g, stripe, s * 0.03, hx - s * 0.05, hy - s * 0.19, hx - s * 0.05, hy - s * 0.11);
        Draw.line(g, stripe, s * 0.03, hx + s * 0.05, hy - s * 0.19, hx + s * 0.05, hy - s * 0.11);
        Color eye = p.color(0x66BB6A);
        for (double side : new double[] {-1, 1}) {
            Draw.fillEllipse(g, eye, hx + side * s * 0.08, hy - s * 0.02, s * 0.04, s * 0.05);
            Draw.fillEllipse(g, BLACK, hx + side * s * 0.08, hy - s * 0.02, s * 0.012, s * 0.04);
            Draw.line(g, WHITE, s * 0.01, hx + side * s * 0.1, hy + s * 0.07, hx + side * s * 0.3, hy + s * 0.04);
            Draw.line(g, WHITE, s * 0.01, hx + side * s * 0.1, hy + s * 0.09, hx + side * s * 0.3, hy + s * 0.11);
        }
        Draw.fillPoly(g, p.color(0xF48FB1), hx - s * 0.03, hy + s * 0.05, hx + s * 0.03, hy + s * 0.05, hx,
                hy + s * 0.09);
    }
}

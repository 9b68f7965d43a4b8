package org.edu4all.studio.generation.offline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Random;

/** The ground of a scene (meadow, forest, desert or snow on rolling hills, or sea and sand) and what grows on it. */
final class Setting {

    private static final int[] FLOWER_COLOURS = {0xF06292, 0xFFFFFF, 0xFFB74D, 0xBA68C8, 0xE57373};

    private Setting() {
    }

    static void land(Graphics2D g, Palette p, Random rnd, Scene scene, int w, int h, double u, double horizon,
            double floor) {
        int haze = Palette.mix(p.farHill, p.skyBottom, 0.3);
        fillHills(g, p.color(haze), rnd, w, h, horizon - u * 0.07, u * 0.05);
        if (scene.setting() == Scene.Setting.FOREST) {
            int leaves = Palette.mix(0x2E6B3A, p.skyBottom, 0.25);
            for (double x = -u * 0.02; x < w + u * 0.05; x += u * (0.035 + rnd.nextDouble() * 0.03)) {
                double height = u * (0.09 + rnd.nextDouble() * 0.07);
                Nature.pine(g, p, leaves, scene.snow(), x, horizon + u * 0.03, height);
            }
        }
        fillHills(g, p.color(p.ground), rnd, w, h, horizon + u * 0.01, u * 0.02);
        Color shade = p.color(p.groundShade);
        g.setColor(shade);
        g.fill(Draw.ellipse(w * (0.05 + rnd.nextDouble() * 0.2), floor + (h - floor) * 0.5, w * 0.45,
                (floor - horizon) * 0.35));
        g.fill(Draw.ellipse(w * (0.8 + rnd.nextDouble() * 0.2), floor + (h - floor) * 0.6, w * 0.4,
                (floor - horizon) * 0.25));
    }

    private static void fillHills(Graphics2D g, Color c, Random rnd, int w, int h, double top, double amplitude) {
        double f1 = 1 + rnd.nextDouble();
        double f2 = 2.5 + rnd.nextDouble() * 1.5;
        double ph1 = rnd.nextDouble() * Math.PI * 2;
        double ph2 = rnd.nextDouble() * Math.PI * 2;
        Path2D hills = new Path2D.Double();
        hills.moveTo(0, h);
        int steps = 64;
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            double y = top - amplitude * Math.sin(t * Math.PI * 2 * f1 + ph1)
                    - amplitude * 0.5 * Math.sin(t * Math.PI * 2 * f2 + ph2);
            hills.lineTo(t * w, y);
        }
        hills.lineTo(w, h);
        hills.closePath();
        g.setColor(c);
        g.fill(hills);
    }

    /** Sea from the horizon, a shore, and sand; {@code sunX} >= 0 adds the sun's or moon's reflection. */
    static void beach(Graphics2D g, Palette p, Random rnd, int w, int h, double u, double horizon, double floor,
            double sunX) {
        double islandX = w * (rnd.nextBoolean() ? 0.15 : 0.8);
        g.setColor(p.color(Palette.mix(p.farHill, p.skyBottom, 0.35)));
        g.fill(Draw.ellipse(islandX, horizon, u * 0.25, u * 0.05));
        double shore = horizon + (floor - horizon) * 0.45;
        int far = Palette.mix(p.water, p.skyBottom, 0.35);
        for (int y = (int) horizon; y < shore + u * 0.05; y++) {
            double t = Math.min(1, (y - horizon) / (shore - horizon));
            g.setColor(p.color(Palette.mix(far, p.water, t)));
            g.fillRect(0, y, w, 1);
        }
        if (sunX >= 0) {
            Color glint = Draw.alpha(new Color(p.sun), 150);
            for (double y = horizon + u * 0.01; y < shore; y += u * 0.025) {
                double half = u * 0.05 * (1 - 0.6 * (y - horizon) / (shore - horizon)) * (0.6 + rnd.nextDouble());
                Draw.fillRect(g, glint, sunX - half, y, 2 * half, u * 0.008);
            }
        }
        Color foam = p.color(0xE3F2FD);
        for (int i = 0; i < 16; i++) {
            double x = rnd.nextDouble() * w;
            double y = horizon + (0.15 + rnd.nextDouble() * 0.8) * (shore - horizon);
            Draw.line(g, foam, u * 0.004, x, y, x + u * 0.05, y);
        }
        Nature.sailboat(g, p, w * (0.2 + rnd.nextDouble() * 0.6), horizon + (shore - horizon) * 0.4, u * 0.12);
        Path2D sand = new Path2D.Double();
        sand.moveTo(0, h);
        double phase = rnd.nextDouble() * Math.PI * 2;
        for (int i = 0; i <= 48; i++) {
            double t = i / 48.0;
            sand.lineTo(t * w, shore + u * 0.02 * Math.sin(t * Math.PI * 3 + phase));
        }
        sand.lineTo(w, h);
        sand.closePath();
        g.setColor(foam);
        g.fill(sand.createTransformedShape(AffineTransform.getTranslateInstance(0, -u * 0.012)));
        g.setColor(p.color(p.ground));
        g.fill(sand);
        Color grain = p.color(p.groundShade);
        for (int i = 0; i < 60; i++) {
            Draw.fillRect(g, grain, rnd.nextDouble() * w, shore + u * 0.03 + rnd.nextDouble() * (h - shore),
                    u * 0.006, u * 0.004);
        }
    }

    /**
     * Trees, flowers, cacti or a parasol between {@code top} and {@code floor}; the biggest one stands near
     * {@code sideX}, a spot at the left or right edge chosen away from the animal.
     */
    static void plants(Graphics2D g, Palette p, Random rnd, Scene scene, int w, double u, double top,
            double floor, double sideX) {
        double ground = floor - top;
        double left = sideX < w / 2.0 ? 0.02 : 0.6;
        switch (scene.setting()) {
            case FOREST -> {
                for (int i = 0; i < 6; i++) {
                    double x = i < 3 ? w * (0.01 + i * 0.07) : w * (0.99 - (i - 3) * 0.07);
                    x += (rnd.nextDouble() - 0.5) * u * 0.04;
                    Nature.pine(g, p, 0x2E7D32, scene.snow(), x, top + ground * (0.35 + (i % 3) * 0.2),
                            u * (0.3 + rnd.nextDouble() * 0.15));
                }
            }
            case DESERT -> {
                for (int i = 0; i < 2; i++) {
                    Nature.cactus(g, p, w * (left + rnd.nextDouble() * 0.35), top + ground * (0.3 + i * 0.35),
                            u * (0.1 + rnd.nextDouble() * 0.06));
                }
            }
            case MEADOW -> {
                Nature.roundTree(g, p, scene.snow(), p.accent, sideX, top + ground * 0.3,
                        u * (0.26 + rnd.nextDouble() * 0.08));
                if (!scene.snow()) {
                    for (int i = 0; i < 14; i++) {
                        int colour = i % 3 == 0 ? p.accent : FLOWER_COLOURS[rnd.nextInt(FLOWER_COLOURS.length)];
                        double y = top + ground * (0.5 + rnd.nextDouble() * 0.5);
                        Nature.flower(g, p, colour, rnd.nextDouble() * w, y, u * (0.025 + rnd.nextDouble() * 0.015));
                    }
                }
            }
            case BEACH -> {
                double x = Math.max(w * 0.14, Math.min(w * 0.86, sideX));
                Nature.parasol(g, p, x, top + ground * 0.9, u * 0.2);
                for (int i = 0; i < 5; i++) {
                    double y = top + ground * (0.55 + rnd.nextDouble() * 0.45);
                    Nature.shell(g, p, i == 0, rnd.nextDouble() * w, y, u * (0.015 + rnd.nextDouble() * 0.01));
                }
            }
        }
    }
}

package org.edu4all.studio.generation.offline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * Paints one scene, back to front: sky, sun or moon, clouds, hills, the ground of the setting, the landmark, plants,
 * the animal, and the weather on top. All sizes are fractions of the picture, so any size from a thumbnail to 4K
 * looks alike. Every random choice comes from the one seeded {@link Random}, in a fixed order.
 */
final class SceneRenderer {

    private final Graphics2D g;
    private final int w;
    private final int h;
    private final double u;
    private final double horizon;
    private final double floor;
    private final Scene scene;
    private final Palette p;
    private final Random rnd;
    private final boolean night;
    private final double focusX;

    /**
     * @param floor  how far down the scene's own things may go, so a caption below does not hide them
     * @param focusX where the landmark or animal should stand, or NaN to let the seed choose
     */
    SceneRenderer(Graphics2D g, int w, int h, int floor, double focusX, Scene scene, Random rnd) {
        this.g = g;
        this.w = w;
        this.h = h;
        this.u = Math.min(w, h);
        // Tall pictures get a higher horizon, or they would be mostly sky.
        double horizonShare = h > w * 1.2 ? 0.52 : 0.58;
        this.horizon = h * (scene.setting() == Scene.Setting.BEACH ? horizonShare - 0.06 : horizonShare);
        this.floor = floor;
        this.scene = scene;
        this.rnd = rnd;
        this.p = new Palette(scene, rnd);
        this.night = scene.time() == Scene.Time.NIGHT;
        this.focusX = focusX;
    }

    void render() {
        sky();
        if (night) {
            stars();
        }
        double sunX = w * (0.12 + rnd.nextDouble() * 0.76);
        if (!scene.rain()) {
            sunOrMoon(sunX);
        }
        clouds();
        if (!night && !scene.rain()) {
            birds();
        }
        if (scene.landmark() == Scene.Landmark.MOUNTAIN) {
            Landmarks.mountains(g, p, rnd, w, horizon + u * 0.02, horizon * 0.72);
        }
        if (scene.setting() == Scene.Setting.BEACH) {
            Setting.beach(g, p, rnd, w, h, u, horizon, floor, night || scene.time() == Scene.Time.SUNSET ? sunX : -1);
        } else {
            Setting.land(g, p, rnd, scene, w, h, u, horizon, floor);
        }
        double landmarkX = w * (0.5 + (rnd.nextDouble() - 0.5) * 0.24);
        if (!Double.isNaN(focusX)) {
            landmarkX = focusX;
        }
        landmark(landmarkX);
        foreground(landmarkX);
        weather();
    }

    private void sky() {
        double mid = horizon * 0.55;
        for (int y = 0; y < h; y++) {
            int rgb = y < mid ? Palette.mix(p.skyTop, p.skyMid, y / mid)
                    : Palette.mix(p.skyMid, p.skyBottom, Math.min(1, (y - mid) / (horizon - mid)));
            g.setColor(new Color(rgb));
            g.fillRect(0, y, w, 1);
        }
    }

    private void stars() {
        int count = (int) (w * (double) h / 9000);
        double size = Math.max(1, u / 480);
        for (int i = 0; i < count; i++) {
            double x = rnd.nextDouble() * w;
            double y = rnd.nextDouble() * horizon;
            Color c = new Color(Palette.mix(0xFFFFFF, 0xFFF3B0, rnd.nextDouble()));
            if (rnd.nextInt(7) == 0) {
                Draw.fillRect(g, c, x - size * 2, y - size / 2, size * 5, size);
                Draw.fillRect(g, c, x, y - size * 2.5, size, size * 5);
            } else {
                Draw.fillRect(g, Draw.alpha(c, 120 + rnd.nextInt(136)), x, y, size, size);
            }
        }
    }

    private void sunOrMoon(double x) {
        Color c = new Color(p.sun);
        switch (scene.time()) {
            case NIGHT -> {
                double r = u * 0.06;
                double y = horizon * 0.32;
                Draw.fillCircle(g, Draw.alpha(c, 10), x, y, r * 1.9);
                Draw.fillCircle(g, Draw.alpha(c, 16), x, y, r * 1.45);
                Area moon = new Area(Draw.circle(x, y, r));
                moon.subtract(new Area(Draw.circle(x + r * 0.55, y - r * 0.25, r * 0.9)));
                g.setColor(c);
                g.fill(moon);
            }
            case SUNSET -> glowingSun(c, x, horizon - u * 0.03, u * 0.12);
            case MORNING -> glowingSun(c, x, horizon * 0.62, u * 0.08);
            default -> {
                double r = u * 0.07;
                double y = horizon * 0.32;
                for (int i = 0; i < 12; i++) {
                    double a = i * Math.PI / 6;
                    Draw.line(g, c, u * 0.012, x + Math.cos(a) * r * 1.3, y + Math.sin(a) * r * 1.3,
                            x + Math.cos(a) * r * 1.7, y + Math.sin(a) * r * 1.7);
                }
                Draw.fillCircle(g, c, x, y, r);
            }
        }
    }

    private void glowingSun(Color c, double x, double y, double r) {
        for (int i = 3; i >= 1; i--) {
            Draw.fillCircle(g, Draw.alpha(c, 36), x, y, r * (1 + i * 0.35));
        }
        Draw.fillCircle(g, c, x, y, r);
    }

    private void clouds() {
        int count = scene.rain() ? 6 + rnd.nextInt(3) : 2 + rnd.nextInt(3);
        Color c = new Color(p.cloud);
        Color under = new Color(Palette.mix(p.cloud, p.skyBottom, 0.35));
        for (int i = 0; i < count; i++) {
            double cw = u * (scene.rain() ? 0.3 : 0.16) * (1 + rnd.nextDouble() * 0.8);
            double cx = rnd.nextDouble() * w;
            double cy = horizon * (scene.rain() ? 0.12 + rnd.nextDouble() * 0.35 : 0.18 + rnd.nextDouble() * 0.4);
            Draw.fillEllipse(g, under, cx, cy + cw * 0.06, cw * 0.5, cw * 0.14);
            Draw.fillEllipse(g, c, cx, cy, cw * 0.5, cw * 0.14);
            int bumps = 2 + rnd.nextInt(2);
            for (int b = 0; b < bumps; b++) {
                double bx = cx - cw * 0.3 + b * cw * 0.6 / Math.max(1, bumps - 1) + (rnd.nextDouble() - 0.5) * cw * 0.1;
                double br = cw * (0.14 + rnd.nextDouble() * 0.1);
                Draw.fillCircle(g, c, bx, cy - br * 0.45, br);
            }
        }
    }

    private void birds() {
        int count = 2 + rnd.nextInt(3);
        Color c = new Color(0x37474F);
        for (int i = 0; i < count; i++) {
            double x = w * (0.1 + rnd.nextDouble() * 0.8);
            double y = horizon * (0.2 + rnd.nextDouble() * 0.45);
            double s = u * (0.015 + rnd.nextDouble() * 0.012);
            Path2D wings = new Path2D.Double();
            wings.moveTo(x - s, y - s * 0.5);
            wings.quadTo(x - s * 0.4, y - s * 0.7, x, y);
            wings.quadTo(x + s * 0.4, y - s * 0.7, x + s, y - s * 0.5);
            g.setColor(c);
            g.setStroke(new BasicStroke((float) Math.max(1, u * 0.004)));
            g.draw(wings);
        }
    }

    private void landmark(double x) {
        double ground = floor - horizon;
        double base = horizon + ground * 0.38;
        switch (scene.landmark()) {
            case TOWER -> Landmarks.tower(g, p, night, rnd, x, base, (base - h * 0.1) * 0.9);
            case PYRAMID -> Landmarks.pyramids(g, p, rnd, x, base, u * 0.3);
            case BRIDGE -> Landmarks.bridge(g, p, rnd, scene.accent() >= 0 ? p.accent : 0xB08D74, w,
                    horizon + ground * 0.12, horizon + ground * 0.32, horizon + ground * 0.55);
            case CASTLE -> Landmarks.castle(g, p, night, x, base, u * 0.42);
            case HOUSE -> Landmarks.house(g, p, night, scene.snow(), x, base, u * 0.3);
            default -> {
                // mountains are drawn behind the hills; no landmark otherwise
            }
        }
    }

    private void foreground(double landmarkX) {
        double ground = floor - horizon;
        boolean hasLandmark = scene.landmark() != Scene.Landmark.NONE && scene.landmark() != Scene.Landmark.MOUNTAIN;
        double animalX = hasLandmark ? (landmarkX < w / 2.0 ? w * 0.74 : w * 0.26)
                : w * (0.5 + (rnd.nextDouble() - 0.5) * 0.3);
        if (!Double.isNaN(focusX)) {
            animalX = hasLandmark ? focusX + (focusX < w / 2.0 ? 1 : -1) * u * 0.3 : focusX;
        }
        animalX += (rnd.nextDouble() - 0.5) * w * 0.06;
        boolean hasAnimal = scene.animal() != Scene.Animal.NONE;
        boolean plantsLeft = hasAnimal ? animalX > w / 2.0 : rnd.nextBoolean();
        double plantsX = plantsLeft ? w * (0.04 + rnd.nextDouble() * 0.08) : w * (0.88 + rnd.nextDouble() * 0.08);
        // Nothing grows in the river under a bridge.
        double plantsTop = scene.landmark() == Scene.Landmark.BRIDGE ? horizon + ground * 0.6 : horizon;
        Setting.plants(g, p, rnd, scene, w, u, plantsTop, floor, plantsX);
        double animalBase = horizon + ground * 0.8;
        int dir = animalX < w / 2.0 ? 1 : -1;
        if (scene.animal() == Scene.Animal.DOG) {
            Nature.dog(g, p, animalX, animalBase, u * 0.24, dir);
        } else if (scene.animal() == Scene.Animal.CAT) {
            Nature.cat(g, p, animalX, animalBase, u * 0.24, dir);
        } else if (scene.snow()) {
            Nature.snowman(g, p, animalX, animalBase, u * 0.3);
        }
    }

    private void weather() {
        if (scene.rain()) {
            int count = (int) (w * (double) h / 3500);
            Color drop = new Color(210, 225, 245, 150);
            for (int i = 0; i < count; i++) {
                double x = rnd.nextDouble() * (w + u * 0.1);
                double y = rnd.nextDouble() * h;
                double len = u * (0.025 + rnd.nextDouble() * 0.02);
                Draw.line(g, drop, u / 450, x, y, x - len * 0.25, y + len);
            }
        }
        if (scene.snow()) {
            int count = (int) (w * (double) h / 6000);
            Color flake = new Color(255, 255, 255, 225);
            for (int i = 0; i < count; i++) {
                double x = rnd.nextDouble() * w;
                double y = rnd.nextDouble() * h;
                double r = u * (0.002 + rnd.nextDouble() * 0.005);
                Draw.fillCircle(g, flake, x, y, r);
            }
        }
    }
}

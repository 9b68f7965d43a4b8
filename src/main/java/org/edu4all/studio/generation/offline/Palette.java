package org.edu4all.studio.generation.offline;

import java.awt.Color;
import java.util.Random;

/**
 * The colours of one scene. Sky colours are chosen outright; everything standing in the scene is drawn in its
 * daylight colour and passed through {@link #color(int)}, which applies the light of the time of day and weather.
 * The seed nudges the hues a little, so that variations of one prompt do not look like copies.
 */
final class Palette {

    private static final int[] DEFAULT_ACCENTS = {0xE53935, 0x1E88E5, 0xFDD835, 0x8E24AA, 0xF06292, 0xFB8C00};

    final int skyTop;
    final int skyMid;
    final int skyBottom;
    final int sun;
    final int cloud;
    final int farHill;
    final int ground;
    final int groundShade;
    final int water;
    final int accent;
    private final Scene scene;

    Palette(Scene scene, Random rnd) {
        this.scene = scene;
        int[] sky = switch (scene.time()) {
            case MORNING -> new int[] {0x8EC5F0, 0xCFE3F3, 0xFFE1B5};
            case SUNSET -> new int[] {0x4B3F8F, 0xE86A92, 0xFFB347};
            case NIGHT -> new int[] {0x060B24, 0x101C45, 0x26406F};
            default -> new int[] {0x3E8FDB, 0x7DBCEB, 0xC6E8FF};
        };
        if (scene.rain()) {
            for (int i = 0; i < sky.length; i++) {
                sky[i] = mix(sky[i], scene.time() == Scene.Time.NIGHT ? 0x20262E : 0x8A96A3, 0.6);
            }
        } else if (scene.snow() && scene.time() != Scene.Time.NIGHT) {
            sky[2] = mix(sky[2], 0xEEF3F8, 0.5);
        }
        skyTop = jitter(sky[0], rnd, 14);
        skyMid = jitter(sky[1], rnd, 14);
        skyBottom = jitter(sky[2], rnd, 10);
        sun = switch (scene.time()) {
            case MORNING -> 0xFFE08A;
            case SUNSET -> 0xFF7A45;
            case NIGHT -> 0xF6F1C7;
            default -> 0xFFD93B;
        };
        cloud = scene.rain() ? 0x7D8893 : switch (scene.time()) {
            case MORNING -> 0xFFF4E6;
            case SUNSET -> 0xFFC0A8;
            case NIGHT -> 0x3B4A78;
            default -> 0xFFFFFF;
        };
        int[] land = switch (scene.setting()) {
            case FOREST -> new int[] {0x5E9C6A, 0x3F8F3A, 0x2F7A31};
            case DESERT -> new int[] {0xE3B26A, 0xF0CD86, 0xDDB068};
            case BEACH -> new int[] {0x8FBF8F, 0xF3D9A4, 0xE6C68A};
            default -> new int[] {0x9CCB8C, 0x74C450, 0x5FAE42};
        };
        if (scene.snow()) {
            land = new int[] {0xDCE6F0, 0xF7FAFD, 0xDDE7F2};
        }
        farHill = jitter(land[0], rnd, 10);
        ground = jitter(land[1], rnd, 8);
        groundShade = jitter(land[2], rnd, 8);
        water = jitter(0x2C8FD0, rnd, 10);
        accent = scene.accent() >= 0 ? scene.accent() : DEFAULT_ACCENTS[rnd.nextInt(DEFAULT_ACCENTS.length)];
    }

    /** A daylight colour as it looks under this scene's light. */
    Color color(int rgb) {
        return new Color(light(rgb));
    }

    int light(int rgb) {
        int lit = switch (scene.time()) {
            case MORNING -> mix(rgb, 0xFFD59A, 0.10);
            case SUNSET -> mix(scale(rgb, 0.82), 0xFF8A65, 0.22);
            case NIGHT -> mix(scale(rgb, 0.45), 0x1A2550, 0.25);
            default -> rgb;
        };
        return scene.rain() ? mix(scale(lit, 0.85), 0x808890, 0.2) : lit;
    }

    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    static int scale(int rgb, double f) {
        return mix(0, rgb, f);
    }

    static int jitter(int rgb, Random rnd, int amount) {
        int shift = rnd.nextInt(2 * amount + 1) - amount;
        int r = clamp(((rgb >> 16) & 0xFF) + shift);
        int g = clamp(((rgb >> 8) & 0xFF) + rnd.nextInt(amount + 1) - amount / 2);
        int b = clamp((rgb & 0xFF) - shift);
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}

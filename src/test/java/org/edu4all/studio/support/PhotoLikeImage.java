package org.edu4all.studio.support;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Pictures that compress like real generated ones: a 1536x1024 PNG weighs about 2.8 MB, and unlike plain grain their
 * detail survives downscaling, so thumbnails of them are honest about weight.
 */
public final class PhotoLikeImage {

    private PhotoLikeImage() {
    }

    /** Value noise over seven octaves: structure from 256 px down to 2 px, as in a photo or a painting. */
    public static BufferedImage paint(int width, int height, long seed) {
        Random random = new Random(seed);
        double[][] sum = new double[height][width];
        for (int octave = 0; octave < 7; octave++) {
            int cell = Math.max(2, 256 >> octave);
            double[][] grid = new double[height / cell + 2][width / cell + 2];
            for (double[] row : grid) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextDouble();
                }
            }
            double amplitude = Math.pow(0.6, octave);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    sum[y][x] += amplitude * bilinear(grid, x / (double) cell, y / (double) cell);
                }
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = sum[y][x] / 2.3;
                int grain = random.nextInt(9) - 4;
                image.setRGB(x, y, (clamp((int) (v * 255) + grain) << 16)
                        | (clamp((int) (v * 180) + y * 60 / height + grain) << 8) | clamp((int) ((1 - v) * 200) + grain));
            }
        }
        return image;
    }

    private static double bilinear(double[][] grid, double fx, double fy) {
        int ix = (int) fx;
        int iy = (int) fy;
        double tx = fx - ix;
        double ty = fy - iy;
        return grid[iy][ix] * (1 - tx) * (1 - ty) + grid[iy][ix + 1] * tx * (1 - ty)
                + grid[iy + 1][ix] * (1 - tx) * ty + grid[iy + 1][ix + 1] * tx * ty;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}

package org.edu4all.studio.generation.provider;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Real images made with ImageIO, provider answers around them, and the documented error bodies. */
public final class TestImages {

    public static final String DEFAULT_REVISED_PROMPT = "A snowy castle on a hill, in a child's drawing style";

    private TestImages() {
    }

    /** A small real PNG of this size (a flat picture compresses to a few kilobytes). */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 160, 220));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return write(image, "png");
    }

    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return write(image, "jpg");
    }

    /** A PNG mask with alpha: transparent (change here) in the top half, opaque below. */
    public static byte[] mask(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return write(image, "png");
    }

    /** A success body as the GPT-image models send it: base64 images and usage. */
    public static String b64Answer(byte[]... images) {
        StringBuilder data = new StringBuilder();
        for (byte[] image : images) {
            if (data.length() > 0) {
                data.append(',');
            }
            data.append("{\"b64_json\":\"").append(Base64.getEncoder().encodeToString(image))
                    .append("\",\"revised_prompt\":\"").append(DEFAULT_REVISED_PROMPT).append("\"}");
        }
        return "{\"created\":1698116662,\"data\":[" + data + "],\"usage\":{\"input_tokens\":50,"
                + "\"input_tokens_details\":{\"image_tokens\":0,\"text_tokens\":50},\"output_tokens\":4160,"
                + "\"total_tokens\":4210}}";
    }

    /** An error body from {@code src/test/resources/providers/errors/}. */
    public static String errorBody(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/providers/errors/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

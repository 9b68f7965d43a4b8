package org.edu4all.studio.generation.provider;

import java.util.Locale;
import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.ImageSize;

/**
 * The GPT-image model families and the real pixel sizes each one takes. gpt-image-2 takes any size within limits, so
 * it gets a true 16:9; the 1.x models only know 1024x1024, 1536x1024 and 1024x1536 (3:2 is their closest landscape).
 */
public enum ModelFamily {
    GPT_IMAGE_1_MINI("gpt-image-1-mini"),
    GPT_IMAGE_1_5("gpt-image-1.5"),
    GPT_IMAGE_2("gpt-image-2");

    static final ImageSize SQUARE = new ImageSize(1024, 1024);
    static final ImageSize LANDSCAPE_3_2 = new ImageSize(1536, 1024);
    static final ImageSize PORTRAIT_2_3 = new ImageSize(1024, 1536);
    static final ImageSize LANDSCAPE_16_9 = new ImageSize(1536, 864);
    static final ImageSize PORTRAIT_9_16 = new ImageSize(864, 1536);

    private final String wireName;

    ModelFamily(String wireName) {
        this.wireName = wireName;
    }

    /** The name as configured and as the providers spell it, for example {@code gpt-image-1.5}. */
    public String wireName() {
        return wireName;
    }

    /** The {@code size} to request for an aspect. */
    public ImageSize sizeFor(Aspect aspect) {
        switch (aspect) {
            case LANDSCAPE:
                return this == GPT_IMAGE_2 ? LANDSCAPE_16_9 : LANDSCAPE_3_2;
            case PORTRAIT:
                return this == GPT_IMAGE_2 ? PORTRAIT_9_16 : PORTRAIT_2_3;
            default:
                return SQUARE;
        }
    }

    /** The family configured by its exact name ({@code AZURE_OPENAI_MODEL}); empty for anything else. */
    public static Optional<ModelFamily> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ModelFamily family : values()) {
            if (family.wireName.equals(wanted)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /**
     * The family a model name belongs to, for servers where the model name is free (OpenAI, LocalAI): a name starting
     * with {@code gpt-image-2} is gpt-image-2, any other gets the 1.x sizes, which every image server knows.
     */
    public static ModelFamily forModelName(String modelName) {
        String name = modelName == null ? "" : modelName.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("gpt-image-2")) {
            return GPT_IMAGE_2;
        }
        return byName(name).orElse(GPT_IMAGE_1_MINI);
    }
}

package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.edu4all.studio.generation.Aspect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFamilyTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "gpt-image-2,      LANDSCAPE, 1536x864",
        "gpt-image-2,      PORTRAIT,  864x1536",
        "gpt-image-2,      SQUARE,    1024x1024",
        "gpt-image-1.5,    LANDSCAPE, 1536x1024",
        "gpt-image-1.5,    PORTRAIT,  1024x1536",
        "gpt-image-1.5,    SQUARE,    1024x1024",
        "gpt-image-1-mini, LANDSCAPE, 1536x1024",
        "gpt-image-1-mini, PORTRAIT,  1024x1536",
        "gpt-image-1-mini, SQUARE,    1024x1024"
    })
    void eachFamilyGetsItsRealSizes(String family, Aspect aspect, String size) {
        assertThat(ModelFamily.byName(family)).hasValueSatisfying(
                f -> assertThat(f.sizeFor(aspect).wireValue()).isEqualTo(size));
    }

    @Test
    void gptImage2Is16By9AndItsSizesAreValidForIt() {
        // gpt-image-2: both edges multiples of 16, at least 655,360 pixels.
        assertThat(ModelFamily.GPT_IMAGE_2.sizeFor(Aspect.LANDSCAPE).width() * 9)
                .isEqualTo(ModelFamily.GPT_IMAGE_2.sizeFor(Aspect.LANDSCAPE).height() * 16);
        assertThat(1536 % 16).isZero();
        assertThat(864 % 16).isZero();
        assertThat(1536 * 864).isGreaterThanOrEqualTo(655_360);
    }

    @Test
    void unknownNamesAreRefusedByNameButGetClassicSizesByModelName() {
        assertThat(ModelFamily.byName("dall-e-3")).isEmpty();
        assertThat(ModelFamily.byName(" GPT-Image-1.5 ")).contains(ModelFamily.GPT_IMAGE_1_5);
        assertThat(ModelFamily.forModelName("gpt-image-2-2026-04-01")).isEqualTo(ModelFamily.GPT_IMAGE_2);
        assertThat(ModelFamily.forModelName("stablediffusion")).isEqualTo(ModelFamily.GPT_IMAGE_1_MINI);
        assertThat(ModelFamily.forModelName(null)).isEqualTo(ModelFamily.GPT_IMAGE_1_MINI);
    }
}

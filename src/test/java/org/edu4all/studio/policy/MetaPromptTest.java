package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edu4all.studio.generation.Aspect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaPromptTest {

    @ParameterizedTest
    @CsvSource({ "SQUARE, square", "LANDSCAPE, landscape", "PORTRAIT, portrait" })
    void formatLineFollowsTheChosenShape(Aspect aspect, String word) {
        String prompt = MetaPrompt.DEFAULT.wrap("Un perro", aspect, List.of(), List.of("espada"));

        assertThat(prompt).contains("The image needs to be in " + word + " format.");
        assertThat(prompt).doesNotContain("16:9");
    }

    @Test
    void disallowedWordsAreOnlyWrittenWhenTheTemplateAsksForThem() {
        assertThat(MetaPrompt.DEFAULT.wrap("Un perro", Aspect.SQUARE, List.of(), List.of("espada", "sangre")))
                .doesNotContain("espada");
        assertThat(new MetaPrompt(MetaPrompt.DEFAULT_TEMPLATE, true)
                .wrap("Un perro", Aspect.SQUARE, List.of(), List.of("espada", "sangre")))
                .contains("Never show any of these: espada, sangre.");
    }

    @Test
    void teacherLinesComeBeforeTheStudentsText() {
        String prompt = MetaPrompt.DEFAULT.wrap("  La Torre Eiffel  ", Aspect.SQUARE,
                List.of("Monuments, educational.", " "), List.of());

        assertThat(prompt).contains("Monuments, educational.\nDo not consider").endsWith("\nLa Torre Eiffel");
    }
}

package org.edu4all.studio.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneTest {

    @ParameterizedTest
    @CsvSource({
        "Un perro a primera hora de la MAÑANA, MORNING",
        "a dog in the morning, MORNING",
        "La playa al atardecer, SUNSET",
        "the beach at sunset, SUNSET",
        "Un búho en la noche estrellada, NIGHT",
        "an owl at night, NIGHT",
        "Un parque con columpios, DAY",
        "de la noche a la mañana, NIGHT",
    })
    void timeOfDayFollowsTheFirstTimeWordInEitherLanguage(String prompt, Scene.Time expected) {
        assertThat(Scene.fromPrompt(prompt).time()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Perro junto a la Torre Eiffel, TOWER, DOG",
        "a cat next to the pyramids, PYRAMID, CAT",
        "Un gatito sobre el puente, BRIDGE, CAT",
        "Un castillo con un dragón, CASTLE, NONE",
        "Mi casa en la montaña, HOUSE, NONE",
        "Montañas nevadas, MOUNTAIN, NONE",
        "Un martes cualquiera, NONE, NONE",
    })
    void landmarksAndAnimalsAreRecognised(String prompt, Scene.Landmark landmark, Scene.Animal animal) {
        Scene scene = Scene.fromPrompt(prompt);

        assertThat(scene.landmark()).isEqualTo(landmark);
        assertThat(scene.animal()).isEqualTo(animal);
    }

    @ParameterizedTest
    @CsvSource({
        "Un bosque con nieve, FOREST, true, false",
        "a snowy forest, FOREST, true, false",
        "La playa bajo la lluvia, BEACH, false, true",
        "rain over the sea, BEACH, false, true",
        "Las dunas del desierto, DESERT, false, false",
        "Un campo de flores, MEADOW, false, false",
        "Mariposas en marzo, MEADOW, false, false",
    })
    void settingAndWeatherAreRecognised(String prompt, Scene.Setting setting, boolean snow, boolean rain) {
        Scene scene = Scene.fromPrompt(prompt);

        assertThat(scene.setting()).isEqualTo(setting);
        assertThat(scene.snow()).isEqualTo(snow);
        assertThat(scene.rain()).isEqualTo(rain);
    }

    @ParameterizedTest
    @CsvSource({"Una casa roja, 0xE53935", "a blue house, 0x1E88E5", "Una casa, -1"})
    void aNamedColourBecomesTheAccent(String prompt, String accent) {
        assertThat(Scene.fromPrompt(prompt).accent()).isEqualTo(Integer.decode(accent));
    }
}

package org.edu4all.studio.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "¡Mañana, pingüino!|!Manana, pinguino!",
        "¿Qué pasó?|?Que paso?",
        "Ça va — très bien|Ca va - tres bien",
        "Ñandú|Nandu",
        "perro 🐶|perro ?",
        "猫|?",
    })
    void textIsMappedOntoThePixelFont(String text, String expected) {
        assertThat(PixelFont.toAscii(text)).isEqualTo(expected);
    }

    @Test
    void shortTextFitsOnOneLine() {
        assertThat(Labels.wrap("un perro feliz", 20, 3)).containsExactly("un perro feliz");
    }

    @Test
    void textWrapsAtWordsWithinTheWidth() {
        List<String> lines = Labels.wrap("un perro feliz junto a la torre", 12, 3);

        assertThat(lines).containsExactly("un perro", "feliz junto", "a la torre");
    }

    @Test
    void longTextIsCutWithAnEllipsisOnTheLastLine() {
        List<String> lines = Labels.wrap("uno dos tres cuatro cinco seis siete ocho nueve diez once doce", 10, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("...");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(10));
    }

    @Test
    void overLongWordsAreSplit() {
        assertThat(Labels.wrap("supercalifragilistico", 8, 5)).containsExactly("supercal", "ifragili", "stico");
    }

    @Test
    void blankTextHasNoLines() {
        assertThat(Labels.wrap("   ", 10, 3)).isEmpty();
    }
}

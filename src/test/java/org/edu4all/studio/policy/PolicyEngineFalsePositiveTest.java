package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Scunthorpe problem: harmless prompts that contain a listed word inside another word, or in a safe phrase. */
class PolicyEngineFalsePositiveTest {

    private static final PolicyEngine ENGINE = DefaultPolicyList.engine();

    @ParameterizedTest(name = "inside a word: {0}")
    @ValueSource(strings = {
        "Un armario lleno de disfraces",
        "Una alarma de reloj junto al Big Ben",
        "An armadillo in the desert",
        "Una armadura medieval",
        "A swordfish jumping near the Statue of Liberty",
        "A skilled chef cooking paella",
        "The class draws the Golden Gate bridge",
        "Grass and flowers around the pyramids",
        "A bloodhound in the park",
        "Sussex countryside with sheep",
        "Essex and Middlesex",
        "a cocktail party for dolls",
        "a sextant on an old ship",
        "a glass of water",
        "Scunthorpe football club",
        "una sangría de frutas",
        "un nudo marinero",
        "a killjoy cat",
        "la pistolera del vaquero",
        "a heroine saving the day",
        "la heroína de la historia",
    })
    void wordsThatContainAListedWord(String prompt) {
        assertAllowed(prompt);
    }

    @ParameterizedTest(name = "allowlisted: {0}")
    @ValueSource(strings = {
        "Un pez espada nadando bajo el Puente de la Torre",
        "peces espada en el mar",
        "Un árbol desnudo en invierno",
        "Árboles desnudos en el bosque",
        "a sword lily in a vase",
        "sword lilies in the garden",
        "El Arco del Triunfo al atardecer",
        "a killer whale jumping",
        "blood orange juice",
        "a blood moon over the sea",
        "un chef con cuchillo y tenedor",
        "a water gun in summer",
        "a naked mole rat",
        "sword fish",
        "s-w-o-r-d-f-i-s-h",
        "p e z e s p a d a",
        "La Plaza de Armas de Cusco",
        "Un escudo de armas medieval",
        "A blood-red sunset",
        "Animales de sangre fría tomando el sol",
        "Un rape en el fondo del mar",
        "A Gore-Tex jacket",
        "Gandhi and non-violence",
        "Gandhi y la no violencia",
    })
    void harmlessPhrasesOnTheAllowlist(String prompt) {
        assertAllowed(prompt);
    }

    @ParameterizedTest(name = "real double letters: {0}")
    @ValueSource(strings = {"blod", "as", "amo a mi perro", "kil", "ama de casa"})
    void aSingleLetterIsNotADoubleOne(String prompt) {
        assertAllowed(prompt);
    }

    @ParameterizedTest(name = "one-letter words: {0}")
    @ValueSource(strings = {
        "A B C D E F G",
        "Pisa y a la Torre",
        "U.S.A. flag",
        "S.O.S. written on the beach",
        "e.g. a dog, i.e. a pet",
        "Apollo 11 on the moon",
        "1 2 3 4 5 6 7 8 9 10",
    })
    void oneLetterWordsAreNotSplitLetters(String prompt) {
        assertAllowed(prompt);
    }

    @ParameterizedTest(name = "everyday words: {0}")
    @ValueSource(strings = {
        "An adult and a child in the park",
        "un adulto y un niño",
        "El Día de Muertos con calaveras",
        "Granada y la Alhambra",
        "revolver la sopa",
        "un volcán explosivo",
        "shooting stars over the lake",
        "the arm of a robot",
        "una mata de flores",
        "el tema de hoy es el mar",
    })
    void everydayWordsThatAreNotListed(String prompt) {
        assertAllowed(prompt);
    }

    private static void assertAllowed(String prompt) {
        assertThat(ENGINE.check(prompt)).as(prompt).isEqualTo(Verdict.ALLOW);
    }
}

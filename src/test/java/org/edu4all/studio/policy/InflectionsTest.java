package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionsTest {

    @ParameterizedTest(name = "{0} ({1}) has {2}")
    @CsvSource(delimiter = '|', textBlock = """
            espadas     | es | espada
            espada      | es | espadas
            desnudo     | es | desnuda
            desnudo     | es | desnudos
            desnudo     | es | desnudas
            adultos     | es | adulta
            desnudez    | es | desnudeces
            desnudeces  | es | desnudez
            punal       | es | punales
            instrucciones | es | instruccion
            sword       | en | swords
            swords      | en | sword
            knife       | en | knives
            knives      | en | knife
            body        | en | bodies
            sex         | en | sexes
            """)
    void addsPluralAndGenderForms(String word, String language, String form) {
        assertThat(Inflections.wordForms(word, language)).contains(form);
    }

    @ParameterizedTest(name = "{0} ({1}) does not give {2}")
    @CsvSource(delimiter = '|', textBlock = """
            arma   | es | armo
            mata   | es | mato
            tema   | es | temo
            as     | es | a
            gas    | en | ga
            grass  | en | gras
            """)
    void doesNotInventHarmlessWords(String word, String language, String form) {
        assertThat(Inflections.wordForms(word, language)).doesNotContain(form);
    }

    @Test
    void inflectsEveryLongWordOfAPhraseAndKeepsTheTermFirst() {
        assertThat(Inflections.formsOf("escenas sangrientas", "es"))
                .startsWith("escenas sangrientas")
                .contains("escena sangrienta", "escena sangrientas");
    }

    @Test
    void leavesShortFunctionWordsOfAPhraseAlone() {
        assertThat(Inflections.formsOf("pez espada", "es")).containsExactly("pez espada", "pez espadas");
    }

    @Test
    void capsTheFormsOfLongPhrases() {
        assertThat(Inflections.formsOf("desnudo desnudo desnudo desnudo desnudo", "es"))
                .hasSize(Inflections.MAX_FORMS_PER_TERM);
    }

    @Test
    void leavesOtherLanguagesUninflected() {
        assertThat(Inflections.formsOf("epee", "fr")).containsExactly("epee");
    }
}

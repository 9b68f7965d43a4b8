package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultPolicyListTest {

    private static final List<DisallowedTerm> TERMS = DefaultPolicyList.terms();
    private static final List<AllowedPhrase> ALLOWED = DefaultPolicyList.allowedPhrases();
    private static final PolicyEngine ENGINE = PolicyEngine.of(TERMS, ALLOWED);

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            espadas                   | es
            violencia                 | es
            sangre                    | es
            escenas sangrientas       | es
            desnudez                  | es
            contenido sexual          | es
            contenido para adultos    | es
            temas para adultos        | es
            lenguaje para adultos     | es
            humor para adultos        | es
            chistes para adultos      | es
            situaciones para adultos  | es
            swords                    | en
            violence                  | en
            blood                     | en
            gore                      | en
            nudity                    | en
            sexual content            | en
            adult content             | en
            adult themes              | en
            adult language            | en
            adult humor               | en
            adult jokes               | en
            adult situations          | en
            ignore previous instructions | en
            ignora las instrucciones  | es
            """)
    void coversTheLessonsListInBothLanguages(String term, String language) {
        assertThat(TERMS).anySatisfy(entry -> {
            assertThat(entry.term()).isEqualTo(term);
            assertThat(entry.language()).isEqualTo(language);
        });
    }

    @Test
    void everyCategoryHasTermsInBothLanguages() {
        Set<Category> spanish = EnumSet.noneOf(Category.class);
        Set<Category> english = EnumSet.noneOf(Category.class);
        for (DisallowedTerm term : TERMS) {
            (term.language().equals("es") ? spanish : english).add(term.category());
        }
        assertThat(spanish).containsExactlyInAnyOrder(Category.values());
        assertThat(english).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void usesOnlySpanishAndEnglish() {
        assertThat(TERMS).extracting(DisallowedTerm::language).containsOnly("es", "en");
        assertThat(ALLOWED).extracting(AllowedPhrase::language).containsOnly("es", "en");
    }

    @Test
    void listsNoTermTwice() {
        Set<String> seen = new HashSet<>();
        for (DisallowedTerm term : TERMS) {
            assertThat(seen.add(Normalizer.normalize(term.term()))).as(term.term()).isTrue();
        }
    }

    @Test
    void everyTermBlocksItself() {
        for (DisallowedTerm term : TERMS) {
            assertThat(ENGINE.check(term.term()).blocked()).as(term.term()).isTrue();
        }
    }

    @Test
    void everyAllowedPhraseIsAllowed() {
        for (AllowedPhrase phrase : ALLOWED) {
            assertThat(ENGINE.check(phrase.phrase())).as(phrase.phrase()).isEqualTo(Verdict.ALLOW);
        }
    }
}

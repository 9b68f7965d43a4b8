package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's contract, on small lists built for each test. */
class PolicyEngineTest {

    private static final DisallowedTerm DEFAULT_SWORDS = new DisallowedTerm("swords", "en", Category.WEAPONS);
    private static final DisallowedTerm DEFAULT_ESPADAS = new DisallowedTerm("espadas", "es", Category.WEAPONS);
    private static final DisallowedTerm DEFAULT_ADULT_CONTENT =
            new DisallowedTerm("contenido para adultos", "es", Category.ADULT);
    private static final AllowedPhrase DEFAULT_PEZ_ESPADA = new AllowedPhrase("pez espada", "es");

    private final PolicyEngine engine = PolicyEngine.of(
            List.of(DEFAULT_SWORDS, DEFAULT_ESPADAS, DEFAULT_ADULT_CONTENT), List.of(DEFAULT_PEZ_ESPADA));

    @Test
    void blockReportsCategoryTermAsListedLanguageAndRule() {
        assertThat(engine.check("two swords")).isEqualTo(
                new Verdict.Block(Category.WEAPONS, "swords", "en", MatchRule.EXACT));
    }

    @Test
    void anInflectedFormReportsTheInflectionRule() {
        assertThat(engine.check("una espada")).isEqualTo(
                new Verdict.Block(Category.WEAPONS, "espadas", "es", MatchRule.INFLECTION));
    }

    @Test
    void splitLettersReportTheCollapsedRule() {
        assertThat(engine.check("e s p a d a")).isEqualTo(
                new Verdict.Block(Category.WEAPONS, "espadas", "es", MatchRule.COLLAPSED));
    }

    @Test
    void phrasesMatchAsWholeWordsInsideLongerText() {
        assertThat(engine.check("un vídeo con contenido para adultos y más").blocked()).isTrue();
        assertThat(engine.check("contenido para adultosmayores").blocked()).isFalse();
    }

    @Test
    void anAllowedPhraseOverridesOnlyTheMatchesInsideIt() {
        assertThat(engine.check("un pez espada")).isEqualTo(Verdict.ALLOW);
        assertThat(engine.check("un pez espada y una espada").blocked()).isTrue();
    }

    @Test
    void theEarliestMatchIsReported() {
        Verdict verdict = engine.check("espadas and swords");

        assertThat(((Verdict.Block) verdict).term()).isEqualTo("espadas");
    }

    @Test
    void evaluateAlsoReturnsTheNormalisedText() {
        Evaluation evaluation = engine.evaluate("Un niño con 3*5*p*4*d*4");

        assertThat(evaluation.normalized()).isEqualTo("un nino con e s p a d a");
        assertThat(evaluation.verdict().blocked()).isTrue();
    }

    @Test
    void emptyTextIsAllowed() {
        assertThat(engine.check("")).isEqualTo(Verdict.ALLOW);
        assertThat(engine.check("!!! ...")).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void termsAreNormalisedLikePrompts() {
        PolicyEngine accented = PolicyEngine.of(List.of(new DisallowedTerm("PUÑAL", "es", Category.WEAPONS)), List.of());

        assertThat(accented.check("un punal").blocked()).isTrue();
        assertThat(accented.check("un puñal").blocked()).isTrue();
    }

    @Test
    void aTermWithoutLettersIsRejected() {
        assertThatThrownBy(() -> PolicyEngine.of(List.of(new DisallowedTerm("!!!", "en", Category.WEAPONS)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("!!!");
    }

    @Test
    void anEngineKeepsItsListsWhenTheCallersListsChange() {
        List<DisallowedTerm> terms = new ArrayList<>(List.of(DEFAULT_SWORDS));
        PolicyEngine snapshot = PolicyEngine.of(terms, List.of());
        terms.add(DEFAULT_ESPADAS);

        assertThat(snapshot.terms()).containsExactly(DEFAULT_SWORDS);
        assertThat(snapshot.check("espada")).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aNewEngineTakesEffectForTheNextCheck() {
        PolicyEngine before = PolicyEngine.of(List.of(DEFAULT_SWORDS), List.of());
        PolicyEngine after = PolicyEngine.of(List.of(DEFAULT_SWORDS), List.of(new AllowedPhrase("sword lily", "en")));

        assertThat(before.check("a sword lily").blocked()).isTrue();
        assertThat(after.check("a sword lily").blocked()).isFalse();
    }

    @Test
    void oneEngineCanBeSharedByManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String prompt = i % 2 == 0 ? "5w0rd number " + i : "un pez espada " + i;
                boolean shouldBlock = i % 2 == 0;
                results.add(pool.submit(() -> engine.check(prompt).blocked() == shouldBlock));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listEntriesAreValidated() {
        assertThatThrownBy(() -> new DisallowedTerm(" ", "es", Category.GORE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisallowedTerm("sangre", "es", null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new DisallowedTerm(" sangre ", "ES", Category.GORE))
                .isEqualTo(new DisallowedTerm("sangre", "es", Category.GORE));
    }
}

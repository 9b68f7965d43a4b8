package org.edu4all.studio.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.edu4all.studio.generation.TransientGenerationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The thresholds per category against the documented analysis answer. */
class SafetyAnalysisTest {

    private static final Map<String, Integer> CHILDREN = Map.of("Hate", 2, "Sexual", 2, "Violence", 2, "SelfHarm", 2);
    private static final Map<String, Integer> VIOLENCE_FROM_4 = Map.of("Hate", 2, "Sexual", 2, "Violence", 4,
            "SelfHarm", 2);

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} → [{4}] (children), [{5}] (violence from 4)")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "0|0|0|0|-|-",
            "2|0|0|0|Hate:2|Hate:2",
            "0|4|0|0|SelfHarm:4|SelfHarm:4",
            "0|0|6|0|Sexual:6|Sexual:6",
            "0|0|0|2|Violence:2|-",
            "0|0|0|4|Violence:4|Violence:4",
            "2|0|0|6|Hate:2,Violence:6|Hate:2,Violence:6" })
    void aCategoryIsFlaggedFromItsThresholdOn(int hate, int selfHarm, int sexual, int violence, String children,
            String violenceFrom4) throws TransientGenerationException {
        SafetyAnalysis analysis = SafetyAnalysis.parse("""
                {"blocklistsMatch": [], "categoriesAnalysis": [
                  {"category": "Hate", "severity": %d}, {"category": "SelfHarm", "severity": %d},
                  {"category": "Sexual", "severity": %d}, {"category": "Violence", "severity": %d}]}"""
                .formatted(hate, selfHarm, sexual, violence));

        assertThat(String.join(",", analysis.flagged(CHILDREN))).isEqualTo(children == null ? "" : children);
        assertThat(String.join(",", analysis.flagged(VIOLENCE_FROM_4)))
                .isEqualTo(violenceFrom4 == null ? "" : violenceFrom4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "{}", "not json", "{\"categoriesAnalysis\": 3}" })
    void anAnswerWithoutAnalysisIsTransientNeverAPass(String body) {
        assertThatThrownBy(() -> SafetyAnalysis.parse(body)).isInstanceOf(TransientGenerationException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "<script>|4|Other:4", "Weapons|2|Weapons:2" })
    void anUnknownCategoryIsJudgedByTheStrictestThresholdAndStoredOnlyAsAPlainName(String category, int severity,
            String flagged) throws TransientGenerationException {
        SafetyAnalysis analysis = SafetyAnalysis.parse("{\"categoriesAnalysis\":[{\"category\":\"" + category
                + "\",\"severity\":" + severity + "}]}");

        assertThat(analysis.flagged(VIOLENCE_FROM_4)).containsExactly(flagged);
    }
}

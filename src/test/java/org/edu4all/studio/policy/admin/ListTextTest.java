package org.edu4all.studio.policy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyListFormat;
import org.junit.jupiter.api.Test;

/** Line-by-line reading of an imported list: PolicyListFormat's rules, with every bad line reported. */
class ListTextTest {

    @Test
    void readsTsvCsvCommentsAndHeadersLikePolicyListFormat() throws IOException {
        String text = "\uFEFFterm\tlanguage\tcategory\r\n# comment\r\nespada\tES\tweapons\r\n\r\n"
                + "\"sexual content\",en,sexual\rself harm,en,self-harm\n";

        ListText.Parsed<DisallowedTerm> parsed = ListText.terms(text);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.entries()).containsExactly(new DisallowedTerm("espada", "es", Category.WEAPONS),
                new DisallowedTerm("sexual content", "en", Category.SEXUAL),
                new DisallowedTerm("self harm", "en", Category.SELF_HARM));
        assertThat(parsed.entries()).isEqualTo(PolicyListFormat.readTerms(new StringReader(text), "same"));
    }

    @Test
    void reportsEveryBadLineWithItsNumberAndReason() {
        String text = "espada\tes\tWEAPONS\nsolo\tes\nx\tes\tNOPE\n \tes\tGORE\nhola\tde\tGORE\n"
                + "y".repeat(201) + "\tes\tGORE\n";

        List<LineError> errors = ListText.terms(text).errors();

        assertThat(errors).extracting(LineError::line, LineError::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "reason_fields_terms"),
                org.assertj.core.groups.Tuple.tuple(3, "reason_category"),
                org.assertj.core.groups.Tuple.tuple(4, "reason_blank"),
                org.assertj.core.groups.Tuple.tuple(5, "reason_language"),
                org.assertj.core.groups.Tuple.tuple(6, "reason_too_long"));
        assertThat(errors.get(4).text()).hasSize(121).endsWith("…");
    }

    @Test
    void readsAllowedPhrases() {
        ListText.Parsed<AllowedPhrase> parsed = ListText
                .phrases("phrase\tlanguage\npez espada\tes\nsword lily,en\nmal\n");

        assertThat(parsed.entries()).containsExactly(new AllowedPhrase("pez espada", "es"),
                new AllowedPhrase("sword lily", "en"));
        assertThat(parsed.errors()).extracting(LineError::line, LineError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "reason_fields_phrases"));
    }

    @Test
    void csvFieldsAreQuotedSoThatTheyReadBack() throws IOException {
        for (String term : List.of("plain", "with, comma", "with \"quotes\"", "#hashtag")) {
            String line = ListExport.csv(term) + ",es,HATE";
            assertThat(PolicyListFormat.readTerms(new StringReader(line), "csv"))
                    .as(line).containsExactly(new DisallowedTerm(term, "es", Category.HATE));
        }
    }

    @Test
    void promptLinesFollowThePolicyCheckRules() {
        PromptLines lines = PromptLines
                .parse("\uFEFF# header\nblock\tslice\tuna espada\n\n  \nun gato\r\nun perro\n", 2);

        assertThat(lines.prompts()).containsExactly("una espada", "un gato");
        assertThat(lines.total()).isEqualTo(3);
        assertThat(lines.capped()).isTrue();
    }
}

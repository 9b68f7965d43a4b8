package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyListFormatTest {

    @Test
    void readsTabSeparatedTermsSkippingCommentsBlankLinesAndHeader() throws IOException {
        String text = "\uFEFFterm\tlanguage\tcategory\n# weapons\n\nespadas\tes\tWEAPONS\nsexual content\ten\tsexual\n";

        List<DisallowedTerm> terms = PolicyListFormat.readTerms(new StringReader(text), "test");

        assertThat(terms).containsExactly(
                new DisallowedTerm("espadas", "es", Category.WEAPONS),
                new DisallowedTerm("sexual content", "en", Category.SEXUAL));
    }

    @Test
    void readsCsvLines() throws IOException {
        String text = "term,language,category\n\"sexual content\",en,sexual\nself harm,en,self-harm\n";

        assertThat(PolicyListFormat.readTerms(new StringReader(text), "test")).containsExactly(
                new DisallowedTerm("sexual content", "en", Category.SEXUAL),
                new DisallowedTerm("self harm", "en", Category.SELF_HARM));
    }

    @Test
    void namesTheLineOfABadEntry() {
        String text = "espadas\tes\tWEAPONS\nsangre\tes\tBLOODY\n";

        assertThatThrownBy(() -> PolicyListFormat.readTerms(new StringReader(text), "list.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("list.tsv:2")
                .hasMessageContaining("BLOODY");
    }

    @Test
    void rejectsALineWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> PolicyListFormat.readTerms(new StringReader("espadas\tes\n"), "list.tsv"))
                .hasMessageContaining("list.tsv:1: expected 3 fields");
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<DisallowedTerm> terms = List.of(new DisallowedTerm("árbol", "es", Category.NUDITY));
        List<AllowedPhrase> phrases = List.of(new AllowedPhrase("pez espada", "es"));

        assertThat(PolicyListFormat.readTerms(new StringReader(PolicyListFormat.writeTerms(terms)), "t"))
                .isEqualTo(terms);
        assertThat(PolicyListFormat.readAllowedPhrases(
                new StringReader(PolicyListFormat.writeAllowedPhrases(phrases)), "p")).isEqualTo(phrases);
    }

    @Test
    void splitsCsvWithQuotesInsideQuotedFields() {
        assertThat(PolicyListFormat.splitCsv("\"say \"\"no\"\"\",en,adult"))
                .containsExactly("say \"no\"", "en", "adult");
    }
}

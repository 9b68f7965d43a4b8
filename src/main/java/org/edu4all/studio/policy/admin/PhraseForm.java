package org.edu4all.studio.policy.admin;

import java.util.Map;

import org.edu4all.studio.policy.AllowedPhrase;
import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** "Add a phrase" on the allowlist; the same rules as {@link TermForm}. */
public record PhraseForm(
        @RestForm @NotBlank(message = "error_phrase_required")
        @Size(max = ListText.MAX_PHRASE, message = "error_phrase_too_long")
        @Pattern(regexp = "(?!\\s*#)[^\\t\\r\\n]*", message = "error_term_format") String phrase,
        @RestForm @NotBlank(message = "error_language")
        @Pattern(regexp = "es|en", message = "error_language") String phraseLanguage) {

    public AllowedPhrase toPhrase() {
        return new AllowedPhrase(phrase, phraseLanguage);
    }

    public Map<String, String> values() {
        return Map.of("phrase", TermForm.orEmpty(phrase), "phraseLanguage", TermForm.orEmpty(phraseLanguage));
    }
}

package org.edu4all.studio.edit;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The edit page's multipart form: the student's edit words, the mask the page painted (a PNG, transparent = change
 * here), and the form's idempotency key. The words are checked like any prompt, by the generation service.
 */
public record EditForm(
        @RestForm String prompt,
        @RestForm String requestKey,
        @RestForm FileUpload mask) {

    public String promptOrEmpty() {
        return prompt == null ? "" : prompt;
    }
}

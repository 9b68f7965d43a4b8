package org.edu4all.studio.policy.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** The dry-run tester's batch form: prompts pasted one a line, or a file of them (one of the two). */
public record TesterForm(
        @RestForm @Size(max = 60_000, message = "error_prompts_too_long") String prompts,
        @RestForm FileUpload file) {

    @AssertTrue(message = "error_prompts_source")
    public boolean isPrompts() {
        return (prompts != null && !prompts.isBlank()) != UploadedText.isPresent(file);
    }
}

package org.edu4all.studio.policy.admin;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A bulk import: which list, added to it or replacing it, and the lines, pasted or as a file (one of the two).
 * Replacing a whole list is the one change here that can silently drop many entries, so it must be confirmed.
 */
public record ImportForm(
        @RestForm @NotNull(message = "error_import_list")
        @Pattern(regexp = "terms|allowlist", message = "error_import_list") String list,
        @RestForm @NotNull(message = "error_import_mode")
        @Pattern(regexp = "add|replace", message = "error_import_mode") String mode,
        @RestForm String confirmReplace,
        @RestForm @Size(max = 60_000, message = "error_import_text_too_long") String text,
        @RestForm FileUpload file) {

    @AssertTrue(message = "error_import_confirm")
    public boolean isConfirmReplace() {
        return !replace() || (confirmReplace != null && !confirmReplace.isBlank());
    }

    @AssertTrue(message = "error_import_source")
    public boolean isText() {
        return hasText() != UploadedText.isPresent(file);
    }

    public boolean replace() {
        return "replace".equals(mode);
    }

    public boolean terms() {
        return "terms".equals(list);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** What was typed, to fill the form in again; a chosen file cannot be given back (browsers do not allow it). */
    public Map<String, String> values() {
        return Map.of("list", TermForm.orEmpty(list), "mode", TermForm.orEmpty(mode), "text", TermForm.orEmpty(text));
    }
}

package org.edu4all.studio.classroom;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The student's "join a class" form. */
public record JoinForm(
        @RestForm @NotBlank(message = "error_join_code_required") @Size(max = 32, message = "error_join_code_unknown") String code) {

    public Map<String, String> values() {
        return Map.of("code", code == null ? "" : code);
    }
}

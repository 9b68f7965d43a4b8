package org.edu4all.studio.classroom;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The teacher's "new class" form. */
public record NewClassForm(
        @RestForm @NotBlank(message = "error_class_name_required") @Size(max = 120, message = "error_class_name_too_long") String name) {

    public Map<String, String> values() {
        return Map.of("name", name == null ? "" : name);
    }
}

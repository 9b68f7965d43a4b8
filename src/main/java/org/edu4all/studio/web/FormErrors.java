package org.edu4all.studio.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Validates a form record and returns its errors as field name to message-bundle key. Constraint messages in form
 * records are bundle keys (for example {@code @NotBlank(message = "error_prompt_required")}), so that the page shows
 * them in the user's language.
 */
@ApplicationScoped
public class FormErrors {

    @Inject
    Validator validator;

    public Map<String, String> of(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : violations) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }
}

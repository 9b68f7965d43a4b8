package org.edu4all.studio.web;

import java.util.Map;

/**
 * What a page shows after a redirect: a message (a bundle key, with at most one argument), the values the user typed and
 * the field errors (bundle keys), so that a form can be shown again exactly as it was sent.
 */
public record FlashData(String level, String messageKey, String messageArg, Map<String, String> values,
        Map<String, String> errors) {

    public static final FlashData EMPTY = new FlashData(null, null, null, Map.of(), Map.of());

    public static FlashData success(String messageKey) {
        return new FlashData("success", messageKey, null, Map.of(), Map.of());
    }

    public static FlashData success(String messageKey, String arg) {
        return new FlashData("success", messageKey, arg, Map.of(), Map.of());
    }

    public static FlashData errorMessage(String messageKey) {
        return new FlashData("error", messageKey, null, Map.of(), Map.of());
    }

    /** A rejected form: a summary message, what was typed, and which field is wrong and why. */
    public static FlashData invalidForm(String messageKey, Map<String, String> values, Map<String, String> errors) {
        return new FlashData("error", messageKey, null, values, errors);
    }

    public boolean hasMessage() {
        return messageKey != null;
    }

    /** What the user typed in a field, or "" (so templates can always write {flash.value('x')}). */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The error bundle key of a field, or {@code null}. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }
}

package org.edu4all.studio.policy.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.edu4all.studio.web.FlashData;

/**
 * Flash data for the admin pages. The layout shows a flash message from the shared {@code msg} bundle only, and our
 * texts live in our own {@code adm} bundle: so the message key travels in the flash values instead, the layout sees
 * no message, and our pages show it ({@code PolicyAdminResource/nav.html}).
 */
final class AdminNotice {

    static final String KEY = "_notice";
    static final String ARG = "_noticeArg";

    private AdminNotice() {
    }

    static FlashData success(String key) {
        return of("success", key, null, Map.of(), Map.of());
    }

    static FlashData success(String key, String arg) {
        return of("success", key, arg, Map.of(), Map.of());
    }

    static FlashData success(String key, Map<String, String> values) {
        return of("success", key, null, values, Map.of());
    }

    static FlashData error(String key) {
        return of("error", key, null, Map.of(), Map.of());
    }

    /** An error that gives back what was typed, for example a list import with bad lines. */
    static FlashData error(String key, Map<String, String> values, String arg) {
        return of("error", key, arg, values, Map.of());
    }

    /** A rejected form: the summary, what was typed, and which field is wrong (bundle keys of {@code adm}). */
    static FlashData invalidForm(Map<String, String> values, Map<String, String> errors) {
        return of("error", "form_invalid", null, values, errors);
    }

    private static FlashData of(String level, String key, String arg, Map<String, String> values,
            Map<String, String> errors) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put(KEY, key);
        if (arg != null) {
            all.put(ARG, arg);
        }
        return new FlashData(level, null, null, all, errors);
    }
}

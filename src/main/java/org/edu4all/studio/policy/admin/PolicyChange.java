package org.edu4all.studio.policy.admin;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of policy change the audit log records, by the code stored in {@code policy_audit.action}. */
enum PolicyChange {
    SEED_DEFAULTS("seed-defaults"),
    TERM_ADD("term-add"),
    TERM_REMOVE("term-remove"),
    PHRASE_ADD("allowed-add"),
    PHRASE_REMOVE("allowed-remove"),
    TERMS_IMPORT_ADD("terms-import-add"),
    TERMS_IMPORT_REPLACE("terms-import-replace"),
    PHRASES_IMPORT_ADD("allowlist-import-add"),
    PHRASES_IMPORT_REPLACE("allowlist-import-replace"),
    META_PROMPT("meta-prompt");

    final String code;

    PolicyChange(String code) {
        this.code = code;
    }

    /** The {@code adm} bundle key of the change's name, for example {@code action_term_add}. */
    String messageKey() {
        return "action_" + name().toLowerCase(Locale.ROOT);
    }

    /** The change with this stored code, or {@code null} for a code written by some other version of the app. */
    static PolicyChange ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst().orElse(null);
    }
}

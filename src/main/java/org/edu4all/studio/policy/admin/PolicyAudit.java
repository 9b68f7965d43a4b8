package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyAuditEntry;
import org.edu4all.studio.security.AppUser;

/**
 * Writes the audit entry of a policy change. It must be called inside the change's own transaction: the entry's id
 * is the policy's version, which other instances watch, so a change without its entry would never reach them.
 *
 * <p>List changes are stored as a readable diff, one entry a line: {@code - espada (es, WEAPONS)} in "before" for what
 * went, {@code + espada (es, WEAPONS)} in "after" for what came.
 */
final class PolicyAudit {

    private PolicyAudit() {
    }

    static void record(long actorId, PolicyChange change, String before, String after) {
        PolicyAuditEntry entry = new PolicyAuditEntry();
        entry.actor = AppUser.findById(actorId);
        entry.at = Instant.now();
        entry.action = change.code;
        entry.beforeText = before;
        entry.afterText = after;
        entry.persist();
    }

    static String removed(DisallowedTerm term) {
        return "- " + describe(term);
    }

    static String added(DisallowedTerm term) {
        return "+ " + describe(term);
    }

    static String removed(AllowedPhrase phrase) {
        return "- " + describe(phrase);
    }

    static String added(AllowedPhrase phrase) {
        return "+ " + describe(phrase);
    }

    static String describe(DisallowedTerm term) {
        return term.term() + " (" + term.language() + ", " + term.category().name() + ")";
    }

    static String describe(AllowedPhrase phrase) {
        return phrase.phrase() + " (" + phrase.language() + ")";
    }

    /** The diff lines as one text, or {@code null} when there are none (nothing went, or nothing came). */
    static String lines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}

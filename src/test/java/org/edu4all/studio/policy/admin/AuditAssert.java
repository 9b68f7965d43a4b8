package org.edu4all.studio.policy.admin;

import java.util.List;

import org.edu4all.studio.policy.PolicyAuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the audit log for tests: the newest entries, with their actor loaded. */
final class AuditAssert {

    record Seen(String actor, String action, String before, String after) {
    }

    private AuditAssert() {
    }

    static long latestId() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PolicyAuditEntry> newest = PolicyAuditEntry.newestFirst(1);
            return newest.isEmpty() ? 0L : newest.get(0).id;
        });
    }

    /** The entries written after {@code afterId}, oldest first. */
    static List<Seen> since(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> PolicyAuditEntry
                .<PolicyAuditEntry>find("from PolicyAuditEntry a left join fetch a.actor where a.id > ?1 order by a.id",
                        afterId)
                .list().stream()
                .map(e -> new Seen(e.actor == null ? null : e.actor.displayName, e.action, e.beforeText, e.afterText))
                .toList());
    }
}

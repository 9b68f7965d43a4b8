package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.PolicyAuditEntry;
import org.edu4all.studio.web.PageSpan;

/** One page of the audit log, newest first. */
public record AuditPage(List<Row> rows, PageSpan span, long total) {

    static final int SIZE = 20;

    /**
     * @param who       the admin's display name, or {@code null} for the app's own seeding
     * @param actionKey the {@code adm} bundle key of the change, or {@code null} for an unknown code
     */
    public record Row(long id, String who, Instant at, String actionKey, String action, String before, String after) {

        /** A short diff is shown as it is; the seeded list (hundreds of lines) stays folded. */
        public boolean beforeShort() {
            return isShort(before);
        }

        public boolean afterShort() {
            return isShort(after);
        }

        private static boolean isShort(String text) {
            return text != null && text.lines().count() <= SHORT_LINES;
        }
    }

    static final int SHORT_LINES = 6;

    /** @param requested the {@code ?page=} parameter as typed (see {@link PageSpan#of}) */
    static AuditPage load(String requested) {
        long total = PolicyAuditEntry.count();
        PageSpan span = PageSpan.of(requested, total, SIZE);
        List<PolicyAuditEntry> entries = PolicyAuditEntry
                .<PolicyAuditEntry>find("from PolicyAuditEntry a left join fetch a.actor order by a.id desc")
                .page(span.index(), SIZE).list();
        return new AuditPage(entries.stream().map(AuditPage::row).toList(), span, total);
    }

    private static Row row(PolicyAuditEntry entry) {
        PolicyChange change = PolicyChange.ofCode(entry.action);
        return new Row(entry.id, entry.actor == null ? null : entry.actor.displayName, entry.at,
                change == null ? null : change.messageKey(), entry.action, entry.beforeText, entry.afterText);
    }
}

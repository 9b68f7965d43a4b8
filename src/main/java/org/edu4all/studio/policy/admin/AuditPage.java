package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.PolicyAuditEntry;

/**
 * One page of the audit log, newest first.
 *
 * @param page  the page shown, from 1
 * @param pages how many pages there are (at least 1)
 */
public record AuditPage(List<Row> rows, int page, int pages, long total) {

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

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** @param requested the page asked for; anything out of range shows the nearest page that exists */
    static AuditPage load(int requested) {
        long total = PolicyAuditEntry.count();
        int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        List<PolicyAuditEntry> entries = PolicyAuditEntry
                .<PolicyAuditEntry>find("from PolicyAuditEntry a left join fetch a.actor order by a.id desc")
                .page(page - 1, SIZE).list();
        return new AuditPage(entries.stream().map(AuditPage::row).toList(), page, pages, total);
    }

    private static Row row(PolicyAuditEntry entry) {
        PolicyChange change = PolicyChange.ofCode(entry.action);
        return new Row(entry.id, entry.actor == null ? null : entry.actor.displayName, entry.at,
                change == null ? null : change.messageKey(), entry.action, entry.beforeText, entry.afterText);
    }
}

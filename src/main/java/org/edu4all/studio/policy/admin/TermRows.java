package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyTermEntry;

/** The disallow list's table, for {@link ListSync}. */
final class TermRows extends ListSync<DisallowedTerm> {

    @Override
    List<Row<DisallowedTerm>> rows() {
        return PolicyTermEntry.<PolicyTermEntry>list("order by id").stream()
                .map(e -> new Row<>(e.id, e.toTerm())).toList();
    }

    @Override
    String text(DisallowedTerm entry) {
        return entry.term();
    }

    @Override
    String language(DisallowedTerm entry) {
        return entry.language();
    }

    @Override
    void insert(DisallowedTerm term) {
        PolicyTermEntry entry = new PolicyTermEntry();
        entry.createdAt = Instant.now();
        copy(term, entry);
        entry.persist();
    }

    @Override
    void update(long id, DisallowedTerm term) {
        copy(term, PolicyTermEntry.findById(id));
    }

    @Override
    void deleteAll(List<Long> ids) {
        PolicyTermEntry.delete("id in ?1", ids);
    }

    @Override
    String added(DisallowedTerm entry) {
        return PolicyAudit.added(entry);
    }

    @Override
    String removed(DisallowedTerm entry) {
        return PolicyAudit.removed(entry);
    }

    private static void copy(DisallowedTerm term, PolicyTermEntry entry) {
        entry.term = term.term();
        entry.language = term.language();
        entry.category = term.category();
    }
}

package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.AllowedPhraseEntry;

/** The allowlist's table, for {@link ListSync}. */
final class PhraseRows extends ListSync<AllowedPhrase> {

    @Override
    List<Row<AllowedPhrase>> rows() {
        return AllowedPhraseEntry.<AllowedPhraseEntry>list("order by id").stream()
                .map(e -> new Row<>(e.id, e.toPhrase())).toList();
    }

    @Override
    String text(AllowedPhrase entry) {
        return entry.phrase();
    }

    @Override
    String language(AllowedPhrase entry) {
        return entry.language();
    }

    @Override
    void insert(AllowedPhrase phrase) {
        AllowedPhraseEntry entry = new AllowedPhraseEntry();
        entry.phrase = phrase.phrase();
        entry.language = phrase.language();
        entry.createdAt = Instant.now();
        entry.persist();
    }

    @Override
    void update(long id, AllowedPhrase phrase) {
        AllowedPhraseEntry entry = AllowedPhraseEntry.findById(id);
        entry.phrase = phrase.phrase();
    }

    @Override
    void deleteAll(List<Long> ids) {
        AllowedPhraseEntry.delete("id in ?1", ids);
    }

    @Override
    String added(AllowedPhrase entry) {
        return PolicyAudit.added(entry);
    }

    @Override
    String removed(AllowedPhrase entry) {
        return PolicyAudit.removed(entry);
    }
}

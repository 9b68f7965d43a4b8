package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.AllowedPhraseEntry;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.PolicyTermEntry;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One entry at a time: adds and removes terms of the disallow list and phrases of the allowlist. Each change and its
 * audit entry commit together; the live policy is rebuilt right after the commit, so the next prompt sees it.
 */
@ApplicationScoped
public class PolicyListService {

    @Inject
    PolicyService policy;

    /** @return false when the term is already on the list (in any case: "Espada" is "espada" to the engine) */
    public boolean addTerm(long actorId, DisallowedTerm term) {
        boolean added = QuarkusTransaction.requiringNew().call(() -> {
            boolean exists = PolicyTermEntry.<PolicyTermEntry>list("language", term.language()).stream()
                    .anyMatch(e -> sameText(e.term, term.term()));
            if (exists) {
                return false;
            }
            PolicyTermEntry entry = new PolicyTermEntry();
            entry.term = term.term();
            entry.language = term.language();
            entry.category = term.category();
            entry.createdAt = Instant.now();
            entry.persist();
            PolicyAudit.record(actorId, PolicyChange.TERM_ADD, null, PolicyAudit.added(term));
            return true;
        });
        return reloadIf(added, PolicyChange.TERM_ADD, actorId);
    }

    /** @return the removed term, or empty when it was not there (already removed in another tab) */
    public Optional<DisallowedTerm> removeTerm(long actorId, long id) {
        Optional<DisallowedTerm> removed = QuarkusTransaction.requiringNew().call(() -> {
            PolicyTermEntry entry = PolicyTermEntry.findById(id);
            if (entry == null) {
                return Optional.<DisallowedTerm>empty();
            }
            DisallowedTerm term = entry.toTerm();
            entry.delete();
            PolicyAudit.record(actorId, PolicyChange.TERM_REMOVE, PolicyAudit.removed(term), null);
            return Optional.of(term);
        });
        reloadIf(removed.isPresent(), PolicyChange.TERM_REMOVE, actorId);
        return removed;
    }

    /** @return false when the phrase is already on the allowlist */
    public boolean addPhrase(long actorId, AllowedPhrase phrase) {
        boolean added = QuarkusTransaction.requiringNew().call(() -> {
            boolean exists = AllowedPhraseEntry.<AllowedPhraseEntry>list("language", phrase.language()).stream()
                    .anyMatch(e -> sameText(e.phrase, phrase.phrase()));
            if (exists) {
                return false;
            }
            AllowedPhraseEntry entry = new AllowedPhraseEntry();
            entry.phrase = phrase.phrase();
            entry.language = phrase.language();
            entry.createdAt = Instant.now();
            entry.persist();
            PolicyAudit.record(actorId, PolicyChange.PHRASE_ADD, null, PolicyAudit.added(phrase));
            return true;
        });
        return reloadIf(added, PolicyChange.PHRASE_ADD, actorId);
    }

    /** @return the removed phrase, or empty when it was not there */
    public Optional<AllowedPhrase> removePhrase(long actorId, long id) {
        Optional<AllowedPhrase> removed = QuarkusTransaction.requiringNew().call(() -> {
            AllowedPhraseEntry entry = AllowedPhraseEntry.findById(id);
            if (entry == null) {
                return Optional.<AllowedPhrase>empty();
            }
            AllowedPhrase phrase = entry.toPhrase();
            entry.delete();
            PolicyAudit.record(actorId, PolicyChange.PHRASE_REMOVE, PolicyAudit.removed(phrase), null);
            return Optional.of(phrase);
        });
        reloadIf(removed.isPresent(), PolicyChange.PHRASE_REMOVE, actorId);
        return removed;
    }

    /** Compared in Java, not with SQL lower(): the database's collation may only fold ASCII ("NIÑO"). */
    static boolean sameText(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private boolean reloadIf(boolean changed, PolicyChange change, long actorId) {
        if (changed) {
            Log.infof("Policy change %s by user %d", change.code, actorId);
            policy.reload();
        }
        return changed;
    }
}

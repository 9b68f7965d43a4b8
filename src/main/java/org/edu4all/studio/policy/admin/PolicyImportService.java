package org.edu4all.studio.policy.admin;

import java.util.List;
import java.util.concurrent.Callable;

import org.edu4all.studio.policy.AllowedPhrase;
import org.edu4all.studio.policy.DisallowedTerm;
import org.edu4all.studio.policy.PolicyService;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bulk import into the disallow list or the allowlist, added to it or replacing it. The lines were all read before
 * (a bad line changes nothing); the change and its one audit entry commit together, then the live policy is rebuilt.
 * An import that changes nothing writes no audit entry, so the policy's version stays.
 */
@ApplicationScoped
public class PolicyImportService {

    @Inject
    PolicyService policy;

    public ListSync.Result importTerms(long actorId, List<DisallowedTerm> terms, boolean replace) {
        PolicyChange change = replace ? PolicyChange.TERMS_IMPORT_REPLACE : PolicyChange.TERMS_IMPORT_ADD;
        return run(actorId, change, () -> new TermRows().apply(terms, replace));
    }

    public ListSync.Result importPhrases(long actorId, List<AllowedPhrase> phrases, boolean replace) {
        PolicyChange change = replace ? PolicyChange.PHRASES_IMPORT_REPLACE : PolicyChange.PHRASES_IMPORT_ADD;
        return run(actorId, change, () -> new PhraseRows().apply(phrases, replace));
    }

    private ListSync.Result run(long actorId, PolicyChange change, Callable<ListSync.Result> sync) {
        ListSync.Result result = QuarkusTransaction.requiringNew().call(() -> {
            ListSync.Result applied = sync.call();
            if (applied.changed()) {
                PolicyAudit.record(actorId, change, PolicyAudit.lines(applied.minus()),
                        PolicyAudit.lines(applied.plus()));
            }
            return applied;
        });
        if (result.changed()) {
            Log.infof("Policy change %s by user %d: %d added, %d updated, %d removed", change.code, actorId,
                    result.added(), result.updated(), result.removed());
            policy.reload();
        }
        return result;
    }
}

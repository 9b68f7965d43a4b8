package org.edu4all.studio.policy.admin;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.policy.MetaPrompt;
import org.edu4all.studio.policy.MetaPromptSettings;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.PolicyTermEntry;
import org.edu4all.studio.security.AppUser;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads and saves the meta prompt; a save and its audit entry commit together, then the live policy is rebuilt. */
@ApplicationScoped
public class MetaPromptAdminService {

    /** The saved meta prompt, with who saved it last ({@code null} for the seeded default). */
    public record Saved(MetaPrompt metaPrompt, Instant updatedAt, String updatedBy) {
    }

    @Inject
    PolicyService policy;

    public Saved saved() {
        return QuarkusTransaction.requiringNew().call(() -> {
            MetaPromptSettings settings = MetaPromptSettings.find(
                    "from MetaPromptSettings m left join fetch m.updatedBy where m.id = ?1", MetaPromptSettings.ID)
                    .firstResult();
            if (settings == null) {
                return new Saved(MetaPrompt.DEFAULT, null, null);
            }
            return new Saved(settings.toMetaPrompt(), settings.updatedAt,
                    settings.updatedBy == null ? null : settings.updatedBy.displayName);
        });
    }

    /** The words {disallowed} lists when the template includes them, as the live policy writes them. */
    public List<String> disallowedWords() {
        return QuarkusTransaction.requiringNew().call(() -> PolicyTermEntry.<PolicyTermEntry>listAll().stream()
                .map(t -> t.term).toList());
    }

    /** @return false when nothing changed (no audit entry then: the policy's version stays) */
    public boolean save(long actorId, MetaPrompt changed) {
        boolean saved = QuarkusTransaction.requiringNew().call(() -> {
            MetaPromptSettings settings = MetaPromptSettings.findById(MetaPromptSettings.ID);
            MetaPrompt before = settings == null ? null : settings.toMetaPrompt();
            if (changed.equals(before)) {
                return false;
            }
            if (settings == null) {
                settings = new MetaPromptSettings();
                settings.id = MetaPromptSettings.ID;
            }
            settings.template = changed.template();
            settings.includeDisallowedTerms = changed.includeDisallowedTerms();
            settings.updatedAt = Instant.now();
            settings.updatedBy = AppUser.findById(actorId);
            settings.persist();
            PolicyAudit.record(actorId, PolicyChange.META_PROMPT, before == null ? null : auditText(before),
                    auditText(changed));
            return true;
        });
        if (saved) {
            Log.infof("Policy change %s by user %d", PolicyChange.META_PROMPT.code, actorId);
            policy.reload();
        }
        return saved;
    }

    /** The audit keeps the whole text, and the one switch on its first line, so "before" and "after" compare. */
    static String auditText(MetaPrompt metaPrompt) {
        return "include-disallowed-terms: " + metaPrompt.includeDisallowedTerms() + "\n\n" + metaPrompt.template();
    }
}

package org.edu4all.studio.policy;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.DatabaseOutage;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The live safety policy of this app instance: the engine built from the admins' lists, and the meta prompt.
 *
 * <p>The engine is immutable; a change builds a new one and swaps it in. Every instance compares the newest audit
 * id (the policy's version) with its own every few seconds, so an admin's change takes effect everywhere without a
 * restart.
 */
@ApplicationScoped
public class PolicyService {

    /** What one version of the policy is made of. */
    record Snapshot(long version, PolicyEngine engine, MetaPrompt metaPrompt, List<String> disallowedWords) {
    }

    @Inject
    EntityManager em;

    private volatile Snapshot current;
    private final DatabaseOutage outage = new DatabaseOutage("the safety policy's refresh");

    void start(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::seedIfFresh);
        reload();
    }

    /** Allow, or block with the category, term, language and rule. Runs before any provider call. */
    public Verdict check(String text) {
        return snapshot().engine().check(text);
    }

    /** The verdict and the normalised form, for the admins' dry-run tester. */
    public Evaluation evaluate(String text) {
        return snapshot().engine().evaluate(text);
    }

    /** The prompt a provider gets: the student's text wrapped in the meta prompt. */
    public String finalPrompt(String studentPrompt, Aspect aspect, List<String> extraLines) {
        Snapshot snapshot = snapshot();
        return snapshot.metaPrompt().wrap(studentPrompt, aspect, extraLines, snapshot.disallowedWords());
    }

    public MetaPrompt metaPrompt() {
        return snapshot().metaPrompt();
    }

    @Scheduled(every = "${edu4all.policy.refresh-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshIfChanged() {
        // If the database is away, the last policy loaded stays in force.
        outage.run("Could not look for changes to the safety policy", () -> {
            long version = QuarkusTransaction.requiringNew().call(this::latestVersion);
            if (current == null || version != current.version()) {
                reload();
            }
        });
    }

    /** Builds the engine from the database now; called after every admin change on this instance. */
    public synchronized void reload() {
        QuarkusTransaction.requiringNew().run(this::load);
    }

    private void load() {
        long version = latestVersion();
        List<PolicyTermEntry> terms = PolicyTermEntry.listAll();
        List<AllowedPhraseEntry> allowed = AllowedPhraseEntry.listAll();
        MetaPromptSettings settings = MetaPromptSettings.findById(MetaPromptSettings.ID);
        PolicyEngine engine = PolicyEngine.of(terms.stream().map(PolicyTermEntry::toTerm).toList(),
                allowed.stream().map(AllowedPhraseEntry::toPhrase).toList());
        current = new Snapshot(version, engine, settings == null ? MetaPrompt.DEFAULT : settings.toMetaPrompt(),
                terms.stream().map(t -> t.term).toList());
        Log.infof("Safety policy version %d: %d terms, %d allowed phrases", version, terms.size(), allowed.size());
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            reload();
            snapshot = current;
        }
        return snapshot;
    }

    private long latestVersion() {
        Number max = (Number) em.createNativeQuery("select coalesce(max(id), 0) from policy_audit").getSingleResult();
        return max.longValue();
    }

    /**
     * A fresh install (no policy history at all) gets the default lists and the lesson's meta prompt. An advisory
     * lock makes sure that two instances starting together seed once.
     */
    private void seedIfFresh() {
        em.createNativeQuery("select pg_advisory_xact_lock(7441)").getSingleResult();
        if (PolicyAuditEntry.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        for (DisallowedTerm term : DefaultPolicyList.terms()) {
            PolicyTermEntry entry = new PolicyTermEntry();
            entry.term = term.term();
            entry.language = term.language();
            entry.category = term.category();
            entry.createdAt = now;
            entry.persist();
        }
        for (AllowedPhrase phrase : DefaultPolicyList.allowedPhrases()) {
            AllowedPhraseEntry entry = new AllowedPhraseEntry();
            entry.phrase = phrase.phrase();
            entry.language = phrase.language();
            entry.createdAt = now;
            entry.persist();
        }
        if (MetaPromptSettings.findById(MetaPromptSettings.ID) == null) {
            MetaPromptSettings settings = new MetaPromptSettings();
            settings.id = MetaPromptSettings.ID;
            settings.template = MetaPrompt.DEFAULT_TEMPLATE;
            settings.updatedAt = now;
            settings.persist();
        }
        PolicyAuditEntry seeded = new PolicyAuditEntry();
        seeded.at = now;
        seeded.action = "seed-defaults";
        seeded.afterText = PolicyListFormat.writeTerms(DefaultPolicyList.terms());
        seeded.persist();
        Log.infof("Seeded the default safety policy: %d terms", DefaultPolicyList.terms().size());
    }
}

package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.edu4all.studio.generation.Aspect;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The live policy: seeded from the default files on a fresh install, and picking up changes without a restart. */
@QuarkusTest
class PolicyServiceTest {

    @Inject
    PolicyService policy;

    @Test
    void freshInstallIsSeededWithExactlyTheDefaultList() {
        long terms = QuarkusTransaction.requiringNew().call(() -> PolicyTermEntry.count("language in ('es', 'en')"));
        assertThat(terms).isGreaterThanOrEqualTo(DefaultPolicyList.terms().size());
        PolicyAuditEntry seeding = QuarkusTransaction.requiringNew()
                .call(() -> PolicyAuditEntry.find("action", "seed-defaults").firstResult());
        assertThat(seeding.actor).isNull();
        assertThat(policy.check("espada delante de la Casa Blanca").blocked()).isTrue();
        assertThat(policy.check("Perro junto a la Torre Eiffel a primera hora de la mañana").blocked()).isFalse();
    }

    @Test
    void aChangeMadeByAnotherInstanceIsPickedUpWithoutARestart() {
        assertThat(policy.check("un zzqfoo en el parque").blocked()).isFalse();
        long termId = QuarkusTransaction.requiringNew().call(() -> {
            PolicyTermEntry term = new PolicyTermEntry();
            term.term = "zzqfoo";
            term.language = "es";
            term.category = Category.WEAPONS;
            term.createdAt = Instant.now();
            term.persist();
            audit("test-add");
            return term.id;
        });
        try {
            policy.refreshIfChanged();
            assertThat(policy.check("un zzqfoo en el parque")).isInstanceOf(Verdict.Block.class);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                PolicyTermEntry.deleteById(termId);
                audit("test-remove");
            });
            policy.refreshIfChanged();
        }
        assertThat(policy.check("un zzqfoo en el parque").blocked()).isFalse();
    }

    @Test
    void finalPromptUsesTheStoredTemplateWithoutListingTheWordsByDefault() {
        String finalPrompt = policy.finalPrompt("Un faro", Aspect.LANDSCAPE, java.util.List.of());
        assertThat(finalPrompt).startsWith("You are an assistant designer that creates images for children.")
                .contains("landscape format").doesNotContain("espada").endsWith("Un faro");
    }

    private static void audit(String action) {
        PolicyAuditEntry entry = new PolicyAuditEntry();
        entry.at = Instant.now();
        entry.action = action;
        entry.persist();
    }
}

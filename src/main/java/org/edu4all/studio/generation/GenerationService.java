package org.edu4all.studio.generation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.web.FormErrors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Takes a student's prompt: checks it, and saves it as a QUEUED request in one transaction. Nothing here waits for
 * a provider; {@link GenerationWorker} does the generating in the background.
 */
@ApplicationScoped
public class GenerationService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    GenerationConfig config;

    @Inject
    FormErrors formErrors;

    @Inject
    EntityManager em;

    @Inject
    Event<RequestQueued> queued;

    @Inject
    PolicyService policy;

    @Transactional
    public SubmitResult submit(AppUser student, Assignment assignment, PromptForm form) {
        Optional<GenerationRequest> repeated = Optional.ofNullable(form.parsedKey())
                .flatMap(GenerationRequest::findByIdempotencyKey);
        if (repeated.isPresent()) {
            // The same form sent twice (double click, browser retry): show the request it already made.
            return repeated.get().student.id.equals(student.id)
                    ? new SubmitResult.Saved(repeated.get().id)
                    : new SubmitResult.Rejected(Map.of(), "error_form_expired", null);
        }
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return new SubmitResult.Rejected(errors, "error_form_invalid", null);
        }
        if (form.prompt().strip().length() > config.maxPromptLength()) {
            return new SubmitResult.Rejected(Map.of("prompt", "error_prompt_too_long"), "error_prompt_too_long",
                    Integer.toString(config.maxPromptLength()));
        }
        long left = assignment.imagesPerStudent - GenerationRequest.imagesUsed(assignment, student);
        if (left <= 0) {
            return new SubmitResult.Rejected(Map.of("count", "error_quota_used_up"), "error_quota_used_up", null);
        }
        if (form.parsedCount() > left) {
            return new SubmitResult.Rejected(Map.of("count", "error_quota_assignment"), "error_quota_assignment",
                    Long.toString(left));
        }
        long id = insertQueued(student, assignment, form);
        queued.fire(new RequestQueued(id));
        return new SubmitResult.Saved(id);
    }

    /**
     * Inserts the request; a concurrent duplicate of the same form (same idempotency key) inserts nothing and gets
     * the first one's id.
     */
    private long insertQueued(AppUser student, Assignment assignment, PromptForm form) {
        String finalPrompt = policy.finalPrompt(form.prompt(), form.parsedAspect(), assignment.metaPromptLines());
        @SuppressWarnings("unchecked")
        List<Number> inserted = em.createNativeQuery("""
                insert into generation_request (assignment_id, student_id, prompt, aspect, image_count, final_prompt,
                                                seed, status, idempotency_key, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'QUEUED', ?8, ?9)
                on conflict (idempotency_key) do nothing
                returning id""")
                .setParameter(1, assignment.id)
                .setParameter(2, student.id)
                .setParameter(3, form.prompt().strip())
                .setParameter(4, form.parsedAspect().name())
                .setParameter(5, form.parsedCount())
                .setParameter(6, finalPrompt)
                .setParameter(7, SEEDS.nextLong())
                .setParameter(8, form.parsedKey())
                .setParameter(9, Instant.now())
                .getResultList();
        return inserted.isEmpty()
                ? GenerationRequest.findByIdempotencyKey(form.parsedKey()).orElseThrow().id
                : inserted.get(0).longValue();
    }
}

package org.edu4all.studio.generation;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.limits.DailyQuotas;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.policy.Cooldowns;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.Verdict;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.web.FormErrors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Takes a student's prompt: checks it (form, length, cool-down, quota, then the safety policy), and saves it as a
 * QUEUED request, or a BLOCKED one, in one transaction. Nothing here waits for
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

    @Inject
    Cooldowns cooldowns;

    @Inject
    DailyQuotas dailyQuotas;

    @Transactional
    public SubmitResult submit(AppUser student, Assignment assignment, PromptForm form) {
        return submit(student, assignment, form, null, null);
    }

    /**
     * An edit of one of the student's images, with a mask that has already been checked: the edit prompt goes
     * through exactly the checks a new prompt does (closed assignment, cool-down, quota, the policy).
     */
    @Transactional
    public SubmitResult submitEdit(AppUser student, Assignment assignment, PromptForm form, EditSource edit) {
        return submit(student, assignment, form, null, edit);
    }

    /**
     * "More like this": one more image from the same final prompt. No image API has variations for these models (and
     * none takes a temperature), so variety comes from generating again; offline, from a new seed. It goes through
     * every check a new prompt does (closed assignment, cool-down, quota, the current policy).
     */
    @Transactional
    public SubmitResult moreLikeThis(AppUser student, GenerationRequest original, String requestKey) {
        PromptForm form = new PromptForm(original.prompt, original.aspect.name(), "1", requestKey);
        // More like an edit is the same edit again (same image, same mask) with a new seed.
        EditSource sameEdit = original.isEdit() && original.sourceImage != null
                ? EditMask.of(original.id).map(mask -> new EditSource(original.sourceImage.id, mask)).orElse(null)
                : null;
        return submit(student, original.assignment, form, original.finalPrompt, sameEdit);
    }

    private SubmitResult submit(AppUser student, Assignment assignment, PromptForm form, String sameFinalPrompt,
            EditSource edit) {
        Optional<GenerationRequest> repeated = Optional.ofNullable(form.parsedKey())
                .flatMap(GenerationRequest::findByIdempotencyKey);
        if (repeated.isPresent()) {
            // The same form sent twice (double click, browser retry): show the request it already made.
            GenerationRequest earlier = repeated.get();
            if (!earlier.student.id.equals(student.id)) {
                return new SubmitResult.Rejected(Map.of(), "error_form_expired", null);
            }
            return earlier.verdictCategory != null ? blockedResult(earlier.verdictCategory)
                    : new SubmitResult.Saved(earlier.id);
        }
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return new SubmitResult.Rejected(errors, "error_form_invalid", null);
        }
        if (assignment.isClosed()) {
            return new SubmitResult.Rejected(Map.of(), "error_assignment_closed", null);
        }
        // An edit keeps its source image's shape, even if the teacher has since narrowed the shapes for new images.
        if (edit == null && !assignment.allows(form.parsedAspect())) {
            return new SubmitResult.Rejected(Map.of("aspect", "error_aspect_invalid"), "error_form_invalid", null);
        }
        if (form.prompt().strip().length() > config.maxPromptLength()) {
            return new SubmitResult.Rejected(Map.of("prompt", "error_prompt_too_long"), "error_prompt_too_long",
                    Integer.toString(config.maxPromptLength()));
        }
        Optional<Instant> coolingDown = cooldowns.activeUntil(student);
        if (coolingDown.isPresent()) {
            long minutes = Math.max(1, Duration.between(Instant.now(), coolingDown.get()).toSeconds() / 60 + 1);
            return new SubmitResult.Rejected(Map.of(), "error_cooldown", Long.toString(minutes));
        }
        // Counting and saving under the quota lock: concurrent submits of this student or class wait their turn.
        dailyQuotas.lock(student.id, assignment.schoolClass.id);
        long left = assignment.imagesPerStudent - GenerationRequest.imagesUsed(assignment, student);
        if (left <= 0) {
            return new SubmitResult.Rejected(Map.of("count", "error_quota_used_up"), "error_quota_used_up", null);
        }
        if (form.parsedCount() > left) {
            return new SubmitResult.Rejected(Map.of("count", "error_quota_assignment"), "error_quota_assignment",
                    Long.toString(left));
        }
        Optional<DailyQuotas.Exceeded> daily = dailyQuotas.check(student.id, assignment.schoolClass.id,
                form.parsedCount());
        if (daily.isPresent()) {
            String key = daily.get().messageKey();
            return new SubmitResult.Rejected(Map.of("count", key), key, daily.get().messageArg());
        }
        // The policy decides before anything else happens: a blocked prompt costs nothing and calls nothing,
        // but it is kept (BLOCKED, with its verdict) for the teacher's moderation log.
        Verdict verdict = policy.check(form.prompt());
        if (verdict instanceof Verdict.Block block) {
            insert(student, assignment, form, block, sameFinalPrompt, edit);
            cooldowns.recordBlocked(student, assignment);
            return blockedResult(block.category());
        }
        long id = insert(student, assignment, form, null, sameFinalPrompt, edit);
        queued.fire(new RequestQueued(id));
        return new SubmitResult.Saved(id);
    }

    /** A kind explanation that names the category (never the matched word) and keeps the text for rephrasing. */
    private static SubmitResult.Rejected blockedResult(Category category) {
        String key = policyMessageKey(category);
        return new SubmitResult.Rejected(Map.of("prompt", key), key, null);
    }

    public static String policyMessageKey(Category category) {
        return "policy_blocked_" + category.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Inserts the request, QUEUED, or BLOCKED with its verdict; a concurrent duplicate of the same form (same
     * idempotency key) inserts nothing and gets the first one's id.
     */
    private long insert(AppUser student, Assignment assignment, PromptForm form, Verdict.Block block,
            String sameFinalPrompt, EditSource edit) {
        String finalPrompt = sameFinalPrompt != null ? sameFinalPrompt
                : policy.finalPrompt(form.prompt(), form.parsedAspect(), assignment.metaPromptLines());
        @SuppressWarnings("unchecked")
        List<Number> inserted = em.createNativeQuery("""
                insert into generation_request (assignment_id, student_id, prompt, aspect, image_count, final_prompt,
                                                seed, status, idempotency_key, created_at, error_code, finished_at,
                                                verdict_category, verdict_term, verdict_language, verdict_rule,
                                                kind, source_image_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?10, ?8, ?9, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
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
                .setParameter(10, block == null ? RequestStatus.QUEUED.name() : RequestStatus.BLOCKED.name())
                .setParameter(11, block == null ? null : policyMessageKey(block.category()))
                .setParameter(12, block == null ? null : Instant.now())
                .setParameter(13, block == null ? null : block.category().name())
                .setParameter(14, block == null ? null : block.term())
                .setParameter(15, block == null ? null : block.language())
                .setParameter(16, block == null ? null : block.rule().label())
                .setParameter(17, (edit == null ? RequestKind.GENERATE : RequestKind.EDIT).name())
                .setParameter(18, edit == null ? null : edit.imageId())
                .getResultList();
        if (inserted.isEmpty()) {
            return GenerationRequest.findByIdempotencyKey(form.parsedKey()).orElseThrow().id;
        }
        long id = inserted.get(0).longValue();
        if (edit != null && block == null) {
            EditMask.save(id, edit.mask()); // a blocked edit never runs, so its mask is not kept
        }
        return id;
    }
}

package org.edu4all.studio.generation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.edu4all.studio.generation.cost.CostEstimates;
import org.edu4all.studio.image.ImageStore;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.SafetyVerdict;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The queue's state machine, in the database. Claims use {@code FOR UPDATE SKIP LOCKED}, so any number of workers,
 * in any number of app instances, share one queue without taking the same request twice.
 */
@ApplicationScoped
public class GenerationJobs {

    @Inject
    EntityManager em;

    @Inject
    GenerationConfig config;

    @Inject
    ImageStore images;

    @Inject
    ProviderCaps providerCaps;

    @Inject
    CostEstimates costs;

    /**
     * Takes the oldest request that may run now (QUEUED, or WAITING_RETRY whose wait is over) and marks it RUNNING
     * (a lease that expires), or nothing: also nothing while the provider asked everyone to wait (a 429), and
     * nothing while the provider's caps are reached (then the request just stays queued, no attempt used). The
     * oldest request goes first: a younger, smaller one never overtakes it to fit the images-per-minute cap.
     * The job says whether other requests were waiting then (as this statement saw them: rows that concurrent
     * claims are taking count too, so it errs on the side of one more look). {@code started_at} is the moment of the
     * claim itself ({@code clock_timestamp()}, not the transaction's start): a claim made after a store, in the
     * store's transaction ({@link #completeAndClaimNext}), starts then.
     */
    @Transactional
    public Optional<Job> claimNext(String provider) {
        ProviderCapsConfig.Caps caps = providerCaps.of(provider);
        if (ProviderCaps.capped(caps)) {
            providerCaps.lock(provider);
        }
        // "status in (...)" is what lets PostgreSQL use the claimable index (V12), already in claim order: with the
        // OR alone it walked every request ever made. The other conditions are checked on the rows that index gives.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update generation_request r
                   set status = 'RUNNING', started_at = clock_timestamp(), attempts = r.attempts + 1, not_before = null,
                       provider = ?1
                  from app_user u
                 where r.id = (select id from generation_request
                                where status in ('QUEUED', 'WAITING_RETRY')
                                  and (status = 'QUEUED' or not_before <= now())
                                  and not exists (select 1 from provider_pause p
                                                   where p.provider = ?1 and p.until > now())
                                order by created_at, id
                                for update skip locked limit 1)
                   and u.id = r.student_id
                   and (?2 = 0 or (select count(*) from generation_request g
                                    where g.status = 'RUNNING' and g.provider = ?1) < ?2)
                   and (?3 = 0 or (with recent as (select coalesce(sum(c.images), 0) as images from provider_call c
                                                    where c.provider = ?1
                                                      and c.started_at > clock_timestamp() - ?4 * interval '1 millisecond')
                                   select recent.images = 0 or recent.images + r.image_count <= ?3 from recent))
                returning r.id, r.attempts, r.final_prompt, r.prompt, r.aspect, r.image_count, r.seed, u.pseudonym,
                          u.id, r.kind,
                          exists (select 1 from generation_request w
                                   where w.status in ('QUEUED', 'WAITING_RETRY') and w.id <> r.id
                                     and (w.status = 'QUEUED' or w.not_before <= now())) as more""")
                .setParameter(1, provider)
                .setParameter(2, caps.maxRunning())
                .setParameter(3, caps.imagesPerMinute())
                .setParameter(4, providerCaps.windowMillis())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (ProviderCaps.capped(caps)) {
            providerCaps.recordCall(provider, ((Number) row[5]).intValue());
        }
        return Optional.of(new Job(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2],
                (String) row[3], Aspect.valueOf((String) row[4]), ((Number) row[5]).intValue(),
                ((Number) row[6]).longValue(), (UUID) row[7], ((Number) row[8]).longValue(),
                RequestKind.valueOf((String) row[9]), (Boolean) row[10]));
    }

    /**
     * Stores the images and marks the request SUCCEEDED, but only if this worker still holds it: a worker whose
     * lease expired (it was presumed dead) must not store a second copy.
     */
    @Transactional
    public boolean complete(Job job, List<PreparedImage> prepared, GenerationResult result, String provider,
            String model) {
        return complete(job, prepared, prepared.stream().map(p -> SafetyVerdict.CLEAR).toList(), result, provider,
                model);
    }

    /**
     * As above, with the second safety layer's verdict per image: a flagged image is stored HELD. On the answer path
     * of every generation, so it is few statements and no entity loaded: one insert per image, then one conditional
     * update that is the lease check, the row lock and the new state at once. The update comes last so that
     * {@code finished_at} says when the images were stored, not when the answer came: the generation's time on the
     * usage dashboard and in the queue benchmark includes storing them (only the commit is left out).
     *
     * <p>If another worker took the request over meanwhile (this one was presumed dead), the update finds no row it
     * may change and the whole transaction is rolled back, the images with it. A taken-over worker storing at the
     * same moment as its successor cannot store a second copy either: {@code unique (request_id, position)} stops
     * one of the two inserts.
     */
    @Transactional
    public boolean complete(Job job, List<PreparedImage> prepared, List<SafetyVerdict> verdicts,
            GenerationResult result, String provider, String model) {
        try {
            for (int position = 0; position < prepared.size(); position++) {
                images.store(job.requestId(), job.studentId(), position, prepared.get(position),
                        verdicts.get(position));
            }
        } catch (ConstraintViolationException storedAlready) {
            // The worker that took the request over has stored its images (or the request is gone): drop this result.
            return dropped(job);
        }
        // Only a SUCCEEDED request is priced; blocked and failed ones keep no estimate (see README, "Limits and cost").
        BigDecimal cost = costs.of(model, result).orElse(null);
        int held = em.createNativeQuery("""
                update generation_request
                   set status = 'SUCCEEDED', provider_request = ?1, input_tokens = ?2, output_tokens = ?3,
                       revised_prompt = ?4, provider = ?5, model = ?6, estimated_cost_usd = ?7, error_code = null,
                       finished_at = clock_timestamp()
                 where id = ?8 and status = 'RUNNING' and attempts = ?9""")
                .setParameter(1, result.requestJson())
                .setParameter(2, result.usage().map(GenerationResult.TokenUsage::inputTokens).orElse(null))
                .setParameter(3, result.usage().map(GenerationResult.TokenUsage::outputTokens).orElse(null))
                .setParameter(4, result.revisedPrompt().orElse(null))
                .setParameter(5, provider).setParameter(6, model).setParameter(7, cost)
                .setParameter(8, job.requestId()).setParameter(9, job.attempt())
                .executeUpdate();
        if (held == 0) {
            return dropped(job); // the lease check: another worker holds the request now
        }
        return true;
    }

    /**
     * What a worker does when an answer came: stores it ({@link #complete}) and, if it was stored and {@code claim}
     * is set, claims the next request ({@link #claimNext}) in the same transaction. One transaction and one database
     * turn per generation instead of two: one commit less per image, and one wait for a turn less when a burst of
     * answers comes back together. A claim that fails takes the store with it; the worker then treats the request as
     * after any failed store (retried, never stored twice).
     *
     * @param claim false while the worker is stopping: it must not take a request it will not run
     */
    @Transactional
    public Completed completeAndClaimNext(Job job, List<PreparedImage> prepared, List<SafetyVerdict> verdicts,
            GenerationResult result, String provider, String model, boolean claim) {
        if (!complete(job, prepared, verdicts, result, provider, model)) {
            return new Completed(false, Optional.empty()); // rolled back: nothing may be claimed in this transaction
        }
        return new Completed(true, claim ? claimNext(provider) : Optional.empty());
    }

    /**
     * @param stored whether this worker's images were stored (false: the request was taken over, nothing was claimed)
     * @param next   the request claimed in the same transaction, if one was waiting
     */
    public record Completed(boolean stored, Optional<Job> next) {
    }

    /** Rolls back what this worker stored for a request it no longer holds. */
    private static boolean dropped(Job job) {
        QuarkusTransaction.setRollbackOnly();
        Log.warnf("Request %d was taken over while generating; its result is dropped", job.requestId());
        return false;
    }

    /** A provider refusal: final, never retried, kept with the provider's categories for the moderation log. */
    @Transactional
    public void blockedByProvider(Job job, String provider, List<String> categories) {
        finish(job, RequestStatus.BLOCKED, "error_blocked_by_provider", provider);
        em.createQuery("update GenerationRequest set providerCategories = ?1 where id = ?2")
                .setParameter(1, categories.isEmpty() ? null : String.join(",", categories))
                .setParameter(2, job.requestId()).executeUpdate();
    }

    /** Ends a request without images (blocked, failed), keeping the prompt and saying why. */
    @Transactional
    public void finish(Job job, RequestStatus status, String errorCode, String provider) {
        em.createQuery("update GenerationRequest set status = ?1, errorCode = ?2, provider = ?3, finishedAt = ?4"
                + " where id = ?5 and status = ?6 and attempts = ?7")
                .setParameter(1, status).setParameter(2, errorCode).setParameter(3, provider)
                .setParameter(4, Instant.now()).setParameter(5, job.requestId())
                .setParameter(6, RequestStatus.RUNNING).setParameter(7, job.attempt())
                .executeUpdate();
    }

    /**
     * After a transient failure: WAITING_RETRY until the provider's Retry-After, or an exponential back-off, or FAILED
     * when the attempts are used up. A provider's Retry-After also pauses the whole provider, on every instance.
     */
    @Transactional
    public void retryOrFail(Job job, String errorCode, String provider, Optional<Duration> retryAfter) {
        if (job.attempt() >= config.maxAttempts()) {
            finish(job, RequestStatus.FAILED, errorCode, provider);
            return;
        }
        Duration wait = retryAfter.orElse(config.retryBackoff().multipliedBy(1L << Math.min(job.attempt() - 1, 6)));
        Instant notBefore = Instant.now().plus(wait);
        em.createQuery("update GenerationRequest set status = ?1, errorCode = ?2, notBefore = ?3 where id = ?4"
                + " and status = ?5 and attempts = ?6")
                .setParameter(1, RequestStatus.WAITING_RETRY).setParameter(2, errorCode).setParameter(3, notBefore)
                .setParameter(4, job.requestId()).setParameter(5, RequestStatus.RUNNING)
                .setParameter(6, job.attempt())
                .executeUpdate();
        if (retryAfter.isPresent()) {
            em.createNativeQuery("insert into provider_pause (provider, until) values (?1, ?2) on conflict (provider)"
                    + " do update set until = greatest(provider_pause.until, excluded.until)")
                    .setParameter(1, provider).setParameter(2, notBefore).executeUpdate();
        }
    }

    /**
     * Requests whose worker vanished (crash, kill -9) go back to the queue, or fail when out of attempts. Run every
     * poll (2 s) on every instance, so the state is a literal, which always matches the partial index of RUNNING
     * requests (V7). Bound as a parameter, only a plan made for the value can use it; a generic plan, which the plan
     * cache may settle on, reads every request ever made (53.6 ms against 0.07 ms with 100,000 finished requests).
     */
    @Transactional
    public int reclaimExpiredLeases() {
        Instant now = Instant.now();
        Instant expired = now.minus(config.lease());
        int failed = em.createNativeQuery("""
                update generation_request set status = 'FAILED', error_code = 'error_generation_failed',
                       finished_at = ?1
                 where status = 'RUNNING' and started_at < ?2 and attempts >= ?3""")
                .setParameter(1, now).setParameter(2, expired).setParameter(3, config.maxAttempts())
                .executeUpdate();
        int requeued = em.createNativeQuery("""
                update generation_request set status = 'QUEUED' where status = 'RUNNING' and started_at < ?1""")
                .setParameter(1, expired)
                .executeUpdate();
        return failed + requeued;
    }
}

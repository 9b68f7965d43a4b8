package org.edu4all.studio.generation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.policy.Category;
import org.edu4all.studio.security.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A student's request for images. It is saved (QUEUED) before anything is generated, so a child's prompt is never
 * lost, whatever happens to the provider or the app afterwards.
 */
@Entity
@Table(name = "generation_request")
public class GenerationRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    public AppUser student;

    /** Exactly what the student typed. */
    @Column(nullable = false)
    public String prompt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aspect aspect;

    @Column(name = "image_count", nullable = false)
    public int imageCount;

    /** The prompt as sent to the provider, after the meta prompt wrapped it. */
    @Column(name = "final_prompt", nullable = false)
    public String finalPrompt;

    @Column(nullable = false)
    public long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    public String provider;

    public String model;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public UUID idempotencyKey;

    @Column(nullable = false)
    public int attempts;

    /** A message-bundle key that explains a failure to people, never a raw provider message. */
    @Column(name = "error_code")
    public String errorCode;

    /** Why our own policy blocked the prompt (null when it did not, or when the provider refused it). */
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_category")
    public Category verdictCategory;

    /** The list entry that matched: for teachers, never shown to the student. */
    @Column(name = "verdict_term")
    public String verdictTerm;

    @Column(name = "verdict_language")
    public String verdictLanguage;

    @Column(name = "verdict_rule")
    public String verdictRule;

    /** A WAITING_RETRY request is not tried again before this. */
    @Column(name = "not_before")
    public Instant notBefore;

    /** The exact request body sent to the provider (the key is a header, never in here). */
    @Column(name = "provider_request")
    public String providerRequest;

    @Column(name = "input_tokens")
    public Long inputTokens;

    @Column(name = "output_tokens")
    public Long outputTokens;

    /** The prompt as the provider rewrote it, when it says so. */
    @Column(name = "revised_prompt")
    public String revisedPrompt;

    /** The provider's safety categories when it refused the prompt, comma-separated. */
    @Column(name = "provider_categories")
    public String providerCategories;

    /** What the call is estimated to have cost, in USD, from the prices when it SUCCEEDED; null otherwise. */
    @Column(name = "estimated_cost_usd", precision = 12, scale = 6)
    public java.math.BigDecimal estimatedCostUsd;

    /** A new generation, or an edit of {@link #sourceImage} with a mask (see {@link EditMask}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestKind kind = RequestKind.GENERATE;

    /** The student's own image an edit starts from; null for a generation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_image_id")
    public StoredImage sourceImage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean isEdit() {
        return kind == RequestKind.EDIT;
    }

    public static Optional<GenerationRequest> findByIdempotencyKey(UUID key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** Blocked attempts in a class, by our policy or by the provider, newest first: the teacher's moderation log. */
    public static List<GenerationRequest> blockedInClass(Long classId, int limit) {
        return find("from GenerationRequest r join fetch r.student join fetch r.assignment a"
                + " where a.schoolClass.id = ?1 and r.status = ?2 order by r.createdAt desc", classId,
                RequestStatus.BLOCKED).page(0, limit).list();
    }

    /** 1-based place in the queue (requests ahead across the whole app, which share one provider), or 0 if not waiting. */
    public Long queuePosition() {
        if (status != RequestStatus.QUEUED && status != RequestStatus.WAITING_RETRY) {
            return 0L;
        }
        // The states are written out, not bound: only then can PostgreSQL count along the claimable index (V12),
        // which holds just the waiting requests in claim order, instead of going through the whole history.
        Number ahead = (Number) getEntityManager().createNativeQuery("select count(*) from generation_request"
                + " where status in ('QUEUED', 'WAITING_RETRY') and (created_at, id) < (?1, ?2)")
                .setParameter(1, createdAt).setParameter(2, id).getSingleResult();
        return 1 + ahead.longValue();
    }

    /** Requests of a class that are not finished yet, oldest first: the teacher's view of the queue. */
    public static List<GenerationRequest> pendingInClass(Long classId) {
        return list("from GenerationRequest r join fetch r.student join fetch r.assignment a"
                + " where a.schoolClass.id = ?1 and r.status in ?2 order by r.createdAt", classId,
                List.of(RequestStatus.QUEUED, RequestStatus.RUNNING, RequestStatus.WAITING_RETRY));
    }

    public static List<GenerationRequest> ofStudent(Assignment assignment, AppUser student) {
        return list("assignment = ?1 and student = ?2 order by createdAt desc", assignment, student);
    }

    /**
     * Images requested so far that count against the assignment's allowance (failed and blocked ones don't). Run on
     * every submission and every view of the student's assignment page. The two statuses are two parameters, not a
     * list: Hibernate cannot keep the SQL it translated for a query with a list parameter (its SQL depends on the
     * list's length), and translating it again took 0.9 ms of CPU per call in a profile of the queue benchmark.
     */
    public static long imagesUsed(Assignment assignment, AppUser student) {
        return find("select coalesce(sum(r.imageCount), 0) from GenerationRequest r"
                + " where r.assignment = ?1 and r.student = ?2 and r.status <> ?3 and r.status <> ?4",
                assignment, student, RequestStatus.FAILED, RequestStatus.BLOCKED)
                .project(Long.class).firstResult();
    }
}

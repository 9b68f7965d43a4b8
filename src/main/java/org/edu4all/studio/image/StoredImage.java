package org.edu4all.studio.image;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.generation.GenerationRequest;
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

/** The metadata of one generated image. Its bytes are in {@link ImageData}, loaded only when served. */
@Entity
@Table(name = "image")
public class StoredImage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public GenerationRequest request;

    /** 0-based index within its request; unique per request, so a retried worker cannot store it twice. */
    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public AppUser owner;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "byte_size", nullable = false)
    public int byteSize;

    @Column(name = "thumb_width", nullable = false)
    public int thumbWidth;

    @Column(name = "thumb_height", nullable = false)
    public int thumbHeight;

    @Column(nullable = false)
    public String sha256;

    /** Whether its thumbnail is made; thumbWidth and thumbHeight are right even while it is not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "thumbnail_state", nullable = false)
    public ThumbnailState thumbnailState = ThumbnailState.READY;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The second safety layer's verdict and the teacher's decision; see {@link SafetyStatus}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "safety_status", nullable = false)
    public SafetyStatus safetyStatus = SafetyStatus.CLEAR;

    /** What the safety check flagged, such as {@code Violence:4,Hate:2}: for the teacher only. */
    @Column(name = "safety_categories")
    public String safetyCategories;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "safety_reviewed_by")
    public AppUser safetyReviewedBy;

    @Column(name = "safety_reviewed_at")
    public Instant safetyReviewedAt;

    /** 1-based, for people. */
    public int number() {
        return position + 1;
    }

    public static List<StoredImage> ofRequest(GenerationRequest request) {
        return list("request = ?1 order by position", request);
    }

    /** The images of a request its maker may see: not held, not hidden by the teacher. */
    public static List<StoredImage> shownToStudentOf(GenerationRequest request) {
        return list("request = ?1 and safetyStatus in ?2 order by position", request, SafetyStatus.SHOWN_TO_STUDENTS);
    }

    /** Images of a class that the safety check flagged, newest first: the teacher's review list. */
    public static List<StoredImage> flaggedInClass(Long classId, int limit) {
        return find("from StoredImage i join fetch i.request r join fetch r.student join fetch r.assignment a"
                + " where a.schoolClass.id = ?1 and i.safetyStatus <> ?2 order by i.createdAt desc, i.id desc",
                classId, SafetyStatus.CLEAR).page(0, limit).list();
    }

    public boolean shownToStudents() {
        return safetyStatus.shownToStudents();
    }
}

package org.edu4all.studio.image;

import java.time.Instant;
import java.util.List;

import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.security.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** 1-based, for people. */
    public int number() {
        return position + 1;
    }

    public static List<StoredImage> ofRequest(GenerationRequest request) {
        return list("request = ?1 order by position", request);
    }
}

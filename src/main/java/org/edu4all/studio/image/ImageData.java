package org.edu4all.studio.image;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an image and of its thumbnail, in their own table so that lists never load them. */
@Entity
@Table(name = "image_data")
public class ImageData extends PanacheEntityBase {

    @Id
    @Column(name = "image_id")
    public Long imageId;

    /** Exactly as received from the provider: never re-encoded, so provenance metadata survives. */
    @Column(nullable = false)
    public byte[] bytes;

    /** Null until {@link ThumbnailWorker} has made it (see {@link StoredImage#thumbnailState}). */
    public byte[] thumbnail;

    @Column(name = "thumbnail_media_type")
    public String thumbnailMediaType;

    /** The original's bytes alone. */
    public static byte[] originalOf(long imageId) {
        return getEntityManager().createQuery("select d.bytes from ImageData d where d.imageId = ?1", byte[].class)
                .setParameter(1, imageId).getSingleResult();
    }

    /** The thumbnail and its media type, without loading the original's 1-3 MB. */
    public static Served thumbnailOf(long imageId) {
        Object[] row = getEntityManager().createQuery("select d.thumbnail, d.thumbnailMediaType from ImageData d"
                + " where d.imageId = ?1", Object[].class).setParameter(1, imageId).getSingleResult();
        return new Served((byte[]) row[0], (String) row[1]);
    }

    /** Bytes to send, with their media type. */
    public record Served(byte[] bytes, String mediaType) {
    }
}

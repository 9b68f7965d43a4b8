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

    @Column(nullable = false)
    public byte[] thumbnail;

    @Column(name = "thumbnail_media_type", nullable = false)
    public String thumbnailMediaType;
}

package org.edu4all.studio.generation;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The mask a student painted for an edit request, already validated; in its own table so lists never load it. */
@Entity
@Table(name = "edit_mask")
public class EditMask extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public Long requestId;

    /** A PNG with alpha, the size of the source image: fully transparent pixels mark the area to change. */
    @Column(nullable = false)
    public byte[] bytes;

    public static Optional<byte[]> of(long requestId) {
        return EditMask.<EditMask> findByIdOptional(requestId).map(mask -> mask.bytes);
    }

    public static void save(long requestId, byte[] bytes) {
        EditMask mask = new EditMask();
        mask.requestId = requestId;
        mask.bytes = bytes;
        mask.persist();
    }
}

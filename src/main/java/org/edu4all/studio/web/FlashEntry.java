package org.edu4all.studio.web;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored {@link FlashData}, waiting for the page the user is redirected to. */
@Entity
@Table(name = "flash_scope")
public class FlashEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The {@link FlashData} as JSON. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

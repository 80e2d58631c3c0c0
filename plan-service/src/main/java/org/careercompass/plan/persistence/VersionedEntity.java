package org.careercompass.plan.persistence;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What plans, goals and actions share: creation and change times, and the optimistic-locking version (the ETag). */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        // PostgreSQL keeps microseconds: the answer of a write shows exactly what later reads will show
        updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}

package org.careercompass.plan.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ownerId;

    public String ownerName;

    public String title;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public String calendarToken;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}

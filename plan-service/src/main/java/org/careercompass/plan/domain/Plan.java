package org.careercompass.plan.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.careercompass.plan.persistence.VersionedEntity;

@Entity
public class Plan extends VersionedEntity {

    @Id
    public UUID id;

    public String ownerId;

    public String ownerName;

    public String title;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public String calendarToken;
}

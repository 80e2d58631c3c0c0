package org.careercompass.plan.sharing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class PlanComment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID planId;

    public String author;

    public String body;

    public OffsetDateTime createdAt;
}

package org.careercompass.plan.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a plan's timeline. Append-only: immutable here, and a database trigger refuses updates. */
@Entity
@Immutable
public class PlanEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID planId;

    public OffsetDateTime at;

    public String actor;

    public String kind;

    public UUID subjectId;

    public String detail;
}

package org.careercompass.catalog.path;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One directed edge of the career-path graph. */
@Entity
public class CareerPathStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String fromCode;

    public String toCode;

    @Enumerated(EnumType.STRING)
    public StepKind kind;

    public BigDecimal typicalYears;

    public Short addedEducation;

    public String addedCertification;

    public String notes;

    /** Written by people (admin or curated layer) rather than derived from the data on import. */
    public boolean curated = true;

    /** O*NET relatedness index (1 = most related) of a derived step; null for curated steps. */
    public Short relatedness;

    @Version
    public long version;
}

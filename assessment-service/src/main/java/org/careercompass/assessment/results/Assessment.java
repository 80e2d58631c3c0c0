package org.careercompass.assessment.results;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One completed instrument. Immutable once stored: taking an instrument again adds a new row (history). */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ownerId;

    public String ownerName;

    public String instrumentId;

    public int instrumentVersion;

    @Enumerated(EnumType.STRING)
    public InstrumentKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    public AssessmentResult result;

    public OffsetDateTime takenAt;
}

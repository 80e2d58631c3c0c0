package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.careercompass.catalog.domain.Cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An occupation keyed by its O*NET-SOC code. Internal: the API speaks {@link OccupationDetail} and friends. */
@Entity
public class Occupation extends PanacheEntityBase {

    @Id
    public String code;

    public String title;

    public String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "soc_group_id")
    public Cluster socGroup;

    @ManyToMany
    @JoinTable(name = "occupation_cluster", joinColumns = @JoinColumn(name = "occupation_code"), inverseJoinColumns = @JoinColumn(name = "cluster_id"))
    public Set<Cluster> careerClusters = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "alternate_title", joinColumns = @JoinColumn(name = "occupation_code"))
    @Column(name = "title")
    public Set<String> alternateTitles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "occupation_skill", joinColumns = @JoinColumn(name = "occupation_code"))
    public Set<SkillRating> skills = new LinkedHashSet<>();

    public Short jobZone;

    public Short entryEducation;

    public String workExperience;

    public String onTheJobTraining;

    public String certificationNotes;

    @Column(name = "interest_realistic")
    public Float interestRealistic;
    @Column(name = "interest_investigative")
    public Float interestInvestigative;
    @Column(name = "interest_artistic")
    public Float interestArtistic;
    @Column(name = "interest_social")
    public Float interestSocial;
    @Column(name = "interest_enterprising")
    public Float interestEnterprising;
    @Column(name = "interest_conventional")
    public Float interestConventional;

    public Float valueAchievement;
    public Float valueWorkingConditions;
    public Float valueRecognition;
    public Float valueRelationships;
    public Float valueSupport;
    public Float valueIndependence;

    public Integer payAnnualMedian;
    public Integer payAnnualP10;
    public Integer payAnnualP25;
    public Integer payAnnualP75;
    public Integer payAnnualP90;
    public BigDecimal payHourlyMedian;
    public Short payYear;
    public String paySource;

    /** Imported facts that admin edits do not change (BLS projections, OEWS extras, O*NET interest high points). */
    public String typicalEducation;
    public String typicalExperience;
    public String typicalTraining;
    public Integer employmentBase;
    public Integer employmentProjected;
    public Integer employmentChange;
    @Column(name = "employment_change_pct")
    public BigDecimal employmentChangePct;
    public Integer annualOpenings;
    public String projectionPeriod;
    public Integer employmentOews;
    public Integer payAnnualMean;
    public boolean payTopCoded;
    public String interestHighPoints;
    public Float apprenticeshipImportance;

    @Version
    public long version;

    public OffsetDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** One O*NET skill element rated for this occupation: importance 1-5, level 0-7. */
    @Embeddable
    public static class SkillRating {

        @Column(name = "element_id")
        public String elementId;

        public float importance;

        public float level;

        public SkillRating() {
        }

        public SkillRating(String elementId, float importance, float level) {
            this.elementId = elementId;
            this.importance = importance;
            this.level = level;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkillRating other && other.elementId.equals(elementId);
        }

        @Override
        public int hashCode() {
            return elementId.hashCode();
        }
    }
}

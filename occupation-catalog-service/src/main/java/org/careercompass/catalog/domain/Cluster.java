package org.careercompass.catalog.domain;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Cluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ClusterScheme scheme;

    public String code;

    public String title;

    public String description;

    @Version
    public long version;

    public static Optional<Cluster> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The SOC major group of an O*NET-SOC or SOC code: 43-6014.00 belongs to 43-0000. */
    public static String socGroupCodeOf(String occupationCode) {
        return occupationCode.substring(0, 2) + "-0000";
    }
}

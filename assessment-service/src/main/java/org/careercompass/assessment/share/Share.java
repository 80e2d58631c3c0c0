package org.careercompass.assessment.share;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person lets one counselor read their assessments and matches. */
@Entity
public class Share extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ownerId;

    public String ownerName;

    public String counselorName;

    public OffsetDateTime createdAt;

    public static boolean exists(String ownerId, String counselorName) {
        return count("ownerId = ?1 and counselorName = ?2", ownerId, counselorName) > 0;
    }
}

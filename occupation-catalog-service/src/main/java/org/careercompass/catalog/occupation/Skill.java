package org.careercompass.catalog.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An O*NET skill (2.A, 2.B) or knowledge (2.C) element, e.g. 2.A.1.a Reading Comprehension. */
@Entity
public class Skill extends PanacheEntityBase {

    @Id
    public String elementId;

    public String name;

    public String category;

    public String description;

    /** SKILL or KNOWLEDGE. */
    public String kind;
}

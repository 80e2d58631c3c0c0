package org.careercompass.commons.vocabulary;

import java.util.Optional;

/**
 * Typical entry education, ordered from least to most. The category numbers are those of the O*NET "Required Level of
 * Education" (RL) scale, so imported data maps one to one.
 */
public enum EducationLevel {
    LESS_THAN_HIGH_SCHOOL(1, "Less than a high school diploma"), HIGH_SCHOOL(2, "High school diploma or equivalent"),
    POSTSECONDARY_CERTIFICATE(3, "Post-secondary certificate"), SOME_COLLEGE(4, "Some college courses"),
    ASSOCIATE(5, "Associate's degree"), BACHELOR(6, "Bachelor's degree"),
    POST_BACCALAUREATE_CERTIFICATE(7, "Post-baccalaureate certificate"), MASTER(8, "Master's degree"),
    POST_MASTER_CERTIFICATE(9, "Post-master's certificate"), FIRST_PROFESSIONAL(10, "First professional degree"),
    DOCTORAL(11, "Doctoral degree"), POST_DOCTORAL(12, "Post-doctoral training");

    private final int category;
    private final String label;

    EducationLevel(int category, String label) {
        this.category = category;
        this.label = label;
    }

    public int category() {
        return category;
    }

    public String label() {
        return label;
    }

    public static Optional<EducationLevel> ofCategory(Integer category) {
        if (category == null) {
            return Optional.empty();
        }
        for (EducationLevel level : values()) {
            if (level.category == category) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}

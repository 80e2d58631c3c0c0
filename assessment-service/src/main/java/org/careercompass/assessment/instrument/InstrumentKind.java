package org.careercompass.assessment.instrument;

/** What an instrument measures. */
public enum InstrumentKind {
    /** Holland RIASEC interest inventory. */
    INTERESTS,
    /** Self-rated levels of the O*NET skill elements. */
    SKILLS,
    /** Importance of the six O*NET work values. */
    VALUES
}

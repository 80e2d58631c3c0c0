package org.careercompass.catalog.path;

/** How one occupation leads to the next. */
public enum StepKind {
    /** Moving up in the same line of work, usually with experience. */
    PROMOTION,
    /** A move at a similar level into related work, using transferable skills. */
    LATERAL,
    /** The move needs more formal education first. */
    REQUIRES_EDUCATION
}

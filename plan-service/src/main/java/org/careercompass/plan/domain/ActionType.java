package org.careercompass.plan.domain;

/** The kinds of step a plan is made of. */
public enum ActionType {
    COURSE, CERTIFICATION, EDUCATION_PROGRAM, NETWORKING, INTERNSHIP, INFORMATIONAL_INTERVIEW, MOCK_INTERVIEW,
    JOB_APPLICATION, JOB_INTERVIEW, CONTINUING_EDUCATION, READING,
    /** Time working in a related occupation, which some occupations require before entry (BLS "work experience"). */
    WORK_EXPERIENCE;

    /** Types for which cost, provider and accreditation make sense. */
    public boolean isLearning() {
        return this == COURSE || this == CERTIFICATION || this == EDUCATION_PROGRAM || this == CONTINUING_EDUCATION;
    }

    /** Types that have an outcome and lessons learned. */
    public boolean isInterview() {
        return this == MOCK_INTERVIEW || this == JOB_INTERVIEW || this == INFORMATIONAL_INTERVIEW;
    }
}

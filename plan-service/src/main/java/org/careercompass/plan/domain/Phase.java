package org.careercompass.plan.domain;

/** Where a person stands in the career-management cycle. */
public enum Phase {
    SELF_ASSESSMENT, EXPLORATION, GOAL_SETTING, PREPARATION, JOB_SEARCH, ON_THE_JOB
}

package org.careercompass.plan.domain;

public enum GoalStatus {
    DRAFT, ACTIVE, ACHIEVED, ABANDONED
}

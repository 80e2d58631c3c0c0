package org.careercompass.plan.goal;

public enum GoalStatus {
    DRAFT, ACTIVE, ACHIEVED, ABANDONED
}

package org.careercompass.plan.domain;

public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}

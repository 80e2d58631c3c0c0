package org.careercompass.plan.action;

public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}

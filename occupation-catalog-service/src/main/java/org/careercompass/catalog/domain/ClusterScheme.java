package org.careercompass.catalog.domain;

/** The two classification schemes an occupation is grouped by. */
public enum ClusterScheme {
    /** SOC 2018 major groups, as used by the BLS Occupational Outlook Handbook (e.g. 43-0000). */
    SOC_GROUP,
    /** The national Career Clusters framework (e.g. business-management-administration). */
    CAREER_CLUSTER
}

package org.careercompass.catalog.cluster;

import org.careercompass.catalog.domain.ClusterScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cluster with the number of occupations in it")
public record ClusterSummary(@Schema(examples = "43-0000") String code, ClusterScheme scheme,
        @Schema(examples = "Office and Administrative Support Occupations") String title,
        @Schema(nullable = true) String description, @Schema(examples = "12") long occupationCount) {
}

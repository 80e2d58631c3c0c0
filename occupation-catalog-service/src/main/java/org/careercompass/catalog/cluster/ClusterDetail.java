package org.careercompass.catalog.cluster;

import org.careercompass.catalog.domain.ClusterScheme;
import org.careercompass.catalog.occupation.OccupationSummary;
import org.careercompass.commons.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cluster and one page of its occupations, ordered by title")
public record ClusterDetail(@Schema(examples = "business-management-administration") String code, ClusterScheme scheme,
        @Schema(examples = "Business Management & Administration") String title,
        @Schema(nullable = true) String description, Page<OccupationSummary> occupations) {
}

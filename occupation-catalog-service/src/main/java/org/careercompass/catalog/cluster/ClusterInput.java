package org.careercompass.catalog.cluster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careercompass.catalog.domain.ClusterScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster to create or replace. SOC groups use codes like 43-0000; Career Clusters use lower-case slugs. */
@Schema(description = "A cluster to create or replace")
public record ClusterInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^(\\d{2}-0000|[a-z0-9]+(-[a-z0-9]+)*)$", message = "must be a SOC major group code (43-0000) or a lower-case slug") @Schema(examples = "green-energy") String code,
        @NotNull ClusterScheme scheme, @NotBlank @Size(max = 200) @Schema(examples = "Green Energy") String title,
        @Size(max = 2000) String description) {
}

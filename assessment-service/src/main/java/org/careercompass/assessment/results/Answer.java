package org.careercompass.assessment.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The answer to one item")
public record Answer(@NotBlank @Size(max = 20) @Schema(examples = "R1") String item,
        @NotNull @Schema(examples = "4") Integer value) {
}

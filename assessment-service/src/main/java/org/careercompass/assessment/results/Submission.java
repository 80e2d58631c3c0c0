package org.careercompass.assessment.results;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Answers to every item of one instrument")
public record Submission(@NotBlank @Size(max = 40) @Schema(examples = "riasec-v1") String instrument,
        @NotNull @Size(max = 200) List<@Valid Answer> answers) {
}

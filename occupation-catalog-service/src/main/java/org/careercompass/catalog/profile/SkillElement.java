package org.careercompass.catalog.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An O*NET skill element")
public record SkillElement(@Schema(examples = "2.A.1.b") String elementId,
        @Schema(examples = "Active Listening") String name, @Schema(examples = "Content") String category,
        String description) {
}

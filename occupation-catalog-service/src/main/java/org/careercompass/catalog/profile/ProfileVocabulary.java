package org.careercompass.catalog.profile;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The names behind the ids of the profiles export: knowledge areas and Detailed Work Activities. */
@Schema(description = "Names of the knowledge areas and Detailed Work Activities the profiles refer to by id, in id order")
public record ProfileVocabulary(List<Named> knowledge, List<Named> activities) {

    @Schema(name = "ProfileVocabularyEntry")
    public record Named(@Schema(examples = "2.C.1.b") String id, @Schema(examples = "Clerical") String name) {
    }
}

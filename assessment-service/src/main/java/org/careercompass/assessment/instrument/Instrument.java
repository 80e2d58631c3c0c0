package org.careercompass.assessment.instrument;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A versioned questionnaire. Items never change within a version; a new wording or item set is a new version, so stored
 * answers always keep their meaning.
 */
@Schema(description = "A versioned questionnaire and its items")
public record Instrument(@Schema(examples = "riasec-v1") String id, InstrumentKind kind,
        @Schema(examples = "1") int version, @Schema(examples = "Career interests (RIASEC)") String title,
        String instructions, Scale scale, List<Item> items) {

    @Schema(description = "Answer scale shared by every item: integers from min to max")
    public record Scale(@Schema(examples = "1") int min, @Schema(examples = "5") int max,
            @Schema(description = "Label of each point, from min to max") List<String> labels) {
    }

    /** One question. {@code dimension} is the RIASEC area, skill element id or work value it scores into. */
    @Schema(description = "One item")
    public record Item(@Schema(examples = "R3") String id, @Schema(examples = "Operate heavy machinery") String text,
            @Schema(examples = "REALISTIC") String dimension) {
    }

    public Item item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}

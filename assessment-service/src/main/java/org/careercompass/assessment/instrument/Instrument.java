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
        String instructions, Scale scale, List<Item> items,
        @Schema(nullable = true, description = "Whose instrument it is, the notices to show with it and how it is scored; null for Career Compass's own instruments") Attribution attribution) {

    @Schema(description = "Answer scale shared by every item: integers from min to max")
    public record Scale(@Schema(examples = "1") int min, @Schema(examples = "5") int max,
            @Schema(description = "Label of each point, from min to max") List<String> labels,
            @Schema(description = "Points each answer adds to its dimension's score, from min to max", examples = "[0, 1, 2, 3, 4]") List<Integer> points) {

        /** A scale whose answers count their own value. */
        public Scale(int min, int max, List<String> labels) {
            this(min, max, labels, java.util.stream.IntStream.rangeClosed(min, max).boxed().toList());
        }

        public int points(int value) {
            return points.get(value - min);
        }

        public int lowestPoints() {
            return points.get(0);
        }

        public int highestPoints() {
            return points.get(points.size() - 1);
        }
    }

    /** One question. {@code dimension} is the RIASEC area, skill element id or work value it scores into. */
    @Schema(description = "One item")
    public record Item(@Schema(examples = "R3") String id, @Schema(examples = "Operate heavy machinery") String text,
            @Schema(examples = "REALISTIC") String dimension) {
    }

    @Schema(description = "An instrument published by someone else: its notices must be shown wherever its items are")
    public record Attribution(
            @Schema(examples = "U.S. Department of Labor, Employment and Training Administration") String owner,
            @Schema(description = "Copyright and trademark notices, verbatim") List<String> notices,
            @Schema(description = "Where the items were taken from, and how they differ from the owner's current release") String source,
            @Schema(description = "How answers become scores, and the documentation it follows") String scoring) {
    }

    public Instrument(String id, InstrumentKind kind, int version, String title, String instructions, Scale scale,
            List<Item> items) {
        this(id, kind, version, title, instructions, scale, items, null);
    }

    public Item item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}

package org.careercompass.assessment.results;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A completed assessment and its scores")
public record AssessmentView(UUID id, @Schema(examples = "riasec-v1") String instrument,
        @Schema(examples = "1") int instrumentVersion, InstrumentKind kind,
        @Schema(description = "Username of the person assessed", examples = "alice") String person,
        OffsetDateTime takenAt, AssessmentResult result) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.instrumentId, a.instrumentVersion, a.kind, a.ownerName, a.takenAt, a.result);
    }
}

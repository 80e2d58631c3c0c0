package org.careercompass.assessment.matching;

import jakarta.ws.rs.QueryParam;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The weight parameters of a match request, parsed so that each bad one is named. */
public class WeightQuery {

    @Parameter(description = "Weight of interest fit, 0-1 (default 0.5)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    @QueryParam("interestWeight")
    String interestWeight;

    @Parameter(description = "Weight of skill fit, 0-1 (default 0.3)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    @QueryParam("skillWeight")
    String skillWeight;

    @Parameter(description = "Weight of work-values fit, 0-1 (default 0.2)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    @QueryParam("valueWeight")
    String valueWeight;

    /** Parses the weights, recording each bad one in {@code params}. */
    Matcher.Weights weights(AssessmentConfig.Matching defaults, QueryParams params) {
        double wi = params.decimal("interestWeight", interestWeight, defaults.interestWeight(), 0, 1);
        double ws = params.decimal("skillWeight", skillWeight, defaults.skillWeight(), 0, 1);
        double wv = params.decimal("valueWeight", valueWeight, defaults.valueWeight(), 0, 1);
        if (wi + ws + wv <= 0) {
            params.reject("interestWeight", "at least one weight must be above 0");
        }
        return new Matcher.Weights(wi, ws, wv);
    }

    /** Parses the weights alone; throws one 400 problem naming each bad one. */
    public Matcher.Weights parseWeights(AssessmentConfig.Matching defaults) {
        QueryParams params = new QueryParams();
        Matcher.Weights weights = weights(defaults, params);
        params.validate();
        return weights;
    }
}

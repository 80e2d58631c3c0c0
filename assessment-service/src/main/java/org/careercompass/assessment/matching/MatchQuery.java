package org.careercompass.assessment.matching;

import jakarta.ws.rs.QueryParam;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.ClusterCodes;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a match request, parsed so that each bad one is named. */
public class MatchQuery extends WeightQuery {

    @Parameter(description = "Lowest job zone, 1-5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
    @QueryParam("jobZoneMin")
    String jobZoneMin;

    @Parameter(description = "Highest job zone, 1-5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
    @QueryParam("jobZoneMax")
    String jobZoneMax;

    @Parameter(description = "Highest typical entry education", schema = @Schema(implementation = EducationLevel.class))
    @QueryParam("maxEducation")
    String maxEducation;

    @Parameter(description = "Minimum annual median pay (USD)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @QueryParam("minMedianPay")
    String minMedianPay;

    @Parameter(description = "Career Cluster code or name (health-science, Health Science), or SOC group code (29-0000, 29); one no occupation belongs to is a 400", example = "health-science")
    @QueryParam("cluster")
    String cluster;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("size")
    String size;

    /** The parsed request. */
    public record Parsed(Matcher.Weights weights, Matcher.Filters filters, PageRequest page) {
    }

    /** Parses every parameter; throws one 400 problem naming each bad one. */
    public Parsed parse(AssessmentConfig.Matching defaults) {
        QueryParams params = new QueryParams();
        Matcher.Weights weights = weights(defaults, params);
        Integer zoneMin = params.integer("jobZoneMin", jobZoneMin, null, 1, 5);
        Integer zoneMax = params.integer("jobZoneMax", jobZoneMax, null, 1, 5);
        if (zoneMin != null && zoneMax != null && zoneMin > zoneMax) {
            params.reject("jobZoneMin", "must not exceed jobZoneMax");
        }
        EducationLevel education = params.enumeration("maxEducation", maxEducation, EducationLevel.class);
        Integer pay = params.integer("minMedianPay", minMedianPay, null, 0, Integer.MAX_VALUE);
        String clusterCode = ClusterCodes.canonical(params.text("cluster", cluster, 64));
        PageRequest pageRequest = PageRequest.parse(params, page, size);
        return new Parsed(weights, new Matcher.Filters(zoneMin, zoneMax,
                education == null ? null : education.category(), pay, clusterCode), pageRequest);
    }
}

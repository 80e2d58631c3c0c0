package org.careercompass.assessment.matching;

import jakarta.ws.rs.QueryParam;

import org.careercompass.commons.vocabulary.ClusterCodes;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters on the occupations a ranking lists, and the area pay is read in: one set for matches and moves. */
public class TargetFilters {

    @Parameter(description = "Lowest job zone, 1-5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
    @QueryParam("jobZoneMin")
    String jobZoneMin;

    @Parameter(description = "Highest job zone, 1-5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
    @QueryParam("jobZoneMax")
    String jobZoneMax;

    @Parameter(description = "Highest typical entry education (occupations with none known are left out)", schema = @Schema(implementation = EducationLevel.class))
    @QueryParam("maxEducation")
    String maxEducation;

    @Parameter(description = "Minimum national annual median pay (USD)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @QueryParam("minMedianPay")
    String minMedianPay;

    @Parameter(description = "Career Cluster code or name (health-science, Health Science), or SOC group code (29-0000, 29); one no occupation belongs to is a 400", example = "health-science")
    @QueryParam("cluster")
    String cluster;

    @Parameter(description = "BLS area code (the catalog's GET /api/v1/areas): pay in that area beside the national figures", example = "10420")
    @QueryParam("area")
    String area;

    @Parameter(description = "With `area`: minimum annual median pay in that area (USD); occupations without a published median there are left out", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @QueryParam("minLocalPay")
    String minLocalPay;

    /** The parsed filters, the area (null: none) and the minimum local median. */
    public record Parsed(Matcher.Filters filters, String area, Integer minLocalPay) {
    }

    /** Parses these parameters, adding each bad one to {@code params}. */
    Parsed parse(QueryParams params) {
        Integer zoneMin = params.integer("jobZoneMin", jobZoneMin, null, 1, 5);
        Integer zoneMax = params.integer("jobZoneMax", jobZoneMax, null, 1, 5);
        if (zoneMin != null && zoneMax != null && zoneMin > zoneMax) {
            params.reject("jobZoneMin", "must not exceed jobZoneMax");
        }
        EducationLevel education = params.enumeration("maxEducation", maxEducation, EducationLevel.class);
        Integer pay = params.integer("minMedianPay", minMedianPay, null, 0, Integer.MAX_VALUE);
        String clusterCode = ClusterCodes.canonical(params.text("cluster", cluster, 64));
        String areaCode = params.text("area", area, 7);
        Integer minLocal = params.integer("minLocalPay", minLocalPay, null, 0, Integer.MAX_VALUE);
        if (areaCode == null && minLocal != null) {
            params.reject("minLocalPay", "needs an area (area=<BLS area code>)");
        }
        return new Parsed(new Matcher.Filters(zoneMin, zoneMax, education == null ? null : education.category(), pay,
                clusterCode), areaCode, minLocal);
    }
}

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

    @Parameter(description = "BLS area code (the catalog's GET /api/v1/areas): each match then carries localMedianPay, the occupation's median there", example = "10420")
    @QueryParam("area")
    String area;

    @Parameter(description = "With `area`: minimum annual median pay in that area (USD); occupations without a published median there are left out", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @QueryParam("minLocalPay")
    String minLocalPay;

    @Parameter(description = "fit (default: best fit first) or -localPay (with `area`: highest local median first, then by fit; occupations without one there last)", schema = @Schema(type = SchemaType.STRING, enumeration = {
            "fit", "-localPay" }, defaultValue = "fit"))
    @QueryParam("sort")
    String sort;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("size")
    String size;

    /** Pay where the person lives, as asked: the area (null: none), a minimum local median, ranking by it. */
    public record LocalQuery(String area, Integer minLocalPay, boolean byLocalPay) {

        public static final LocalQuery NONE = new LocalQuery(null, null, false);
    }

    /** The parsed request. */
    public record Parsed(Matcher.Weights weights, Matcher.Filters filters, LocalQuery local, PageRequest page) {
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
        String areaCode = params.text("area", area, 7);
        Integer minLocal = params.integer("minLocalPay", minLocalPay, null, 0, Integer.MAX_VALUE);
        boolean byLocalPay = false;
        if (sort != null && !sort.isBlank()) {
            switch (sort.strip()) {
            case "fit" -> byLocalPay = false;
            case "-localPay" -> byLocalPay = true;
            default -> params.reject("sort", "must be fit or -localPay");
            }
        }
        if (areaCode == null && byLocalPay) {
            params.reject("sort", "-localPay needs an area (area=<BLS area code>)");
        }
        if (areaCode == null && minLocal != null) {
            params.reject("minLocalPay", "needs an area (area=<BLS area code>)");
        }
        PageRequest pageRequest = PageRequest.parse(params, page, size);
        return new Parsed(weights, new Matcher.Filters(zoneMin, zoneMax,
                education == null ? null : education.category(), pay, clusterCode),
                new LocalQuery(areaCode, minLocal, byLocalPay), pageRequest);
    }
}

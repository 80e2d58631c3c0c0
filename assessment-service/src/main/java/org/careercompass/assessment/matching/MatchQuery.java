package org.careercompass.assessment.matching;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a match request, parsed so that each bad one is named. */
public class MatchQuery extends WeightQuery {

    @BeanParam
    TargetFilters targets;

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
        TargetFilters.Parsed targeted = targets.parse(params);
        String areaCode = targeted.area();
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
        PageRequest pageRequest = PageRequest.parse(params, page, size);
        return new Parsed(weights, targeted.filters(), new LocalQuery(areaCode, targeted.minLocalPay(), byLocalPay),
                pageRequest);
    }
}

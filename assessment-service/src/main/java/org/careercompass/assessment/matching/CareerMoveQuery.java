package org.careercompass.assessment.matching;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a career-move request. */
public class CareerMoveQuery {

    @Parameter(required = true, description = "The O*NET-SOC code of the occupation you work in (13-2011.00, 13-2011 or 132011)", example = "43-4171.00")
    @QueryParam("from")
    String from;

    @Parameter(description = "true: start from your latest skills assessment instead of O*NET's skill levels for your occupation (409 when you have none)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @QueryParam("useMySkills")
    String useMySkills;

    @BeanParam
    TargetFilters targets;

    @Parameter(description = "Moves down in pay or preparation: LAST (default: after every other move), INCLUDE (ranked by similarity with the rest) or EXCLUDE", schema = @Schema(implementation = CareerMoves.DownMoves.class, defaultValue = "LAST"))
    @QueryParam("downMoves")
    String downMoves;

    @Parameter(description = "Only moves of these feasibility classes (repeat or comma-separate; moves whose class is unknown are left out)", schema = @Schema(type = SchemaType.ARRAY, implementation = CareerMoves.Feasibility.class))
    @QueryParam("feasibility")
    java.util.List<String> feasibility;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("size")
    String size;

    /** The parsed request. */
    public record Parsed(String from, boolean useMySkills, Matcher.Filters filters, String area, Integer minLocalPay,
            CareerMoves.DownMoves downMoves, java.util.Set<CareerMoves.Feasibility> feasibility, PageRequest page) {
    }

    /** Parses every parameter; throws one 400 problem naming each bad one. */
    public Parsed parse() {
        QueryParams params = new QueryParams();
        String code = null;
        String raw = params.text("from", from, 12);
        if (from == null || from.isBlank()) {
            params.reject("from", "is required: the O*NET-SOC code of the occupation you work in, e.g. 43-4171.00");
        } else if (raw != null) {
            code = OccupationCodes.canonical(raw);
            if (code == null) {
                params.reject("from", "'" + raw + "' is not an O*NET-SOC code (e.g. 43-4171.00)");
            }
        }
        Boolean mine = params.bool("useMySkills", useMySkills);
        TargetFilters.Parsed targeted = targets.parse(params);
        CareerMoves.DownMoves down = params.enumeration("downMoves", downMoves, CareerMoves.DownMoves.class);
        java.util.List<CareerMoves.Feasibility> wanted = params.enumerations("feasibility", feasibility,
                CareerMoves.Feasibility.class);
        PageRequest pageRequest = PageRequest.parse(params, page, size);
        return new Parsed(code, Boolean.TRUE.equals(mine), targeted.filters(), targeted.area(), targeted.minLocalPay(),
                down == null ? CareerMoves.DownMoves.LAST : down,
                wanted == null || wanted.isEmpty() ? null : java.util.EnumSet.copyOf(wanted), pageRequest);
    }
}

package org.careercompass.assessment.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.buffer.Buffer;

@Path("/api/v1/career-moves")
@Tag(name = "Career moves")
@Produces(MediaType.APPLICATION_JSON)
public class CareerMoveResource {

    @Inject
    CareerMoveService moves;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "listCareerMoves", summary = "Where you could move from the occupation you work in", description = """
            Ranks every other occupation by how close it is to yours: the similarity of O*NET's skill and knowledge \
            levels and of the Detailed Work Activities the two share (0.4 skills + 0.3 knowledge + 0.3 activities; \
            the formula is in `formula` and docs/assessment-service.md, reproducible from the catalog's \
            /api/v1/profiles). Each move says what it takes (skills and knowledge to raise, the education step, job \
            zones, new activities), a feasibility class, the pay change (in your area with `area`) and the outlook. \
            Moves down in pay or preparation come after all others unless `downMoves` says otherwise. To plan a \
            move, ask the plan service for a proposal: GET /api/v1/plans/{id}/proposals?occupation=<move>&from=<yours>.""")
    @APIResponse(responseCode = "200", description = "One page of moves", headers = @Header(name = "ETag", description = "Weak: the same for the same page of the same catalog data, query and skills assessment, whenever the catalog last confirmed its profiles (catalog.confirmedAt)", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CareerMoveViews.MovePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the same page as the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Missing, unknown or unrated `from`, or an invalid filter, area or paging; the problem names it")
    @APIResponse(responseCode = "409", description = "useMySkills=true and you have no skills assessment")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles are cached (with `area`: or that area's wages were never read)", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public RestResponse<Buffer> moves(@BeanParam CareerMoveQuery query, @Context HttpHeaders headers) {
        return moves.movesAnswer(caller.id(), caller.bearer(), query.parse()).conditionalGet(headers);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "getCareerMove", summary = "One move from the occupation you work in", description = """
            The same explanation as in the ranking for the move from `from` to this occupation, with its rank in your             unfiltered ranking from `from` (moves down last): what a plan proposal for the move uses.""")
    @APIResponse(responseCode = "200", description = "The move", content = @Content(schema = @Schema(implementation = CareerMoveViews.OneMove.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or unrated `from` (or the same as the target), or an invalid area; the problem names it")
    @APIResponse(responseCode = "404", description = "The catalog has no such occupation")
    @APIResponse(responseCode = "409", description = "The catalog does not rate the target's skills, knowledge or activities, or useMySkills=true without a skills assessment")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles are cached", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public CareerMoveViews.OneMove move(@Parameter(example = "43-6014.00") @PathParam("code") String code,
            @Parameter(required = true, description = "The O*NET-SOC code of the occupation you work in", example = "43-4171.00") @QueryParam("from") String from,
            @Parameter(description = "true: start from your latest skills assessment", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("useMySkills") String useMySkills,
            @Parameter(description = "BLS area code: pay compared in that area where both medians are published there", example = "10420") @QueryParam("area") String area) {
        QueryParams params = new QueryParams();
        String fromCode = null;
        if (from == null || from.isBlank()) {
            params.reject("from", "is required: the O*NET-SOC code of the occupation you work in, e.g. 43-4171.00");
        } else {
            fromCode = OccupationCodes.canonical(from);
            if (fromCode == null) {
                params.reject("from", "'" + from.strip() + "' is not an O*NET-SOC code (e.g. 43-4171.00)");
            }
        }
        Boolean mine = params.bool("useMySkills", useMySkills);
        String areaCode = params.text("area", area, 7);
        params.validate();
        String target = OccupationCodes.canonical(code);
        if (target == null) {
            throw ProblemException.notFound("Occupation", code);
        }
        return moves.move(caller.id(), caller.bearer(), target, fromCode, Boolean.TRUE.equals(mine), areaCode);
    }
}

package org.careercompass.assessment.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @APIResponse(responseCode = "200", description = "One page of moves", content = @Content(schema = @Schema(implementation = CareerMoveViews.MovePage.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or unrated `from`, or an invalid filter, area or paging; the problem names it")
    @APIResponse(responseCode = "409", description = "useMySkills=true and you have no skills assessment")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles are cached (with `area`: or that area's wages were never read)", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public CareerMoveViews.MovePage moves(@BeanParam CareerMoveQuery query) {
        return moves.moves(caller.id(), caller.bearer(), query.parse());
    }
}

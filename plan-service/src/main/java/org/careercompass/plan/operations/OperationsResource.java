package org.careercompass.plan.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.plan.domain.Action;
import org.careercompass.plan.domain.Goal;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.security.PlanRoles;
import org.careercompass.plan.timeline.PlanEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What plan-admin may see: aggregate counts, no personal data. Plans themselves stay with their owners. */
@Path("/api/v1/operations")
@Tag(name = "Operations")
@RolesAllowed(PlanRoles.PLAN_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Schema(name = "PlanStats")
    public record Stats(@Schema(examples = "120") long plans, @Schema(examples = "310") long goals,
            @Schema(examples = "1450") long actions, @Schema(examples = "5200") long timelineEvents) {
    }

    @GET
    @Path("stats")
    @Operation(operationId = "getOperationsStats", summary = "Aggregate counts (plan-admin)")
    @APIResponse(responseCode = "200", description = "Counts", content = @Content(schema = @Schema(implementation = Stats.class)))
    public Stats stats() {
        return new Stats(Plan.count(), Goal.count(), Action.count(), PlanEvent.count());
    }
}

package org.careercompass.plan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.PlanViews.PlanView;
import org.careercompass.plan.plans.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{id}/document")
@Tag(name = "Plans")
public class DocumentResource {

    @Inject
    Clock clock;

    @Inject
    PlanService plans;

    @Inject
    Catalog catalog;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getPlanDocument", summary = "The plan as a document to print or hand to a counselor", description = "Self-contained HTML: goals with target occupation (median pay, typical entry education, certification, from the catalog, with its release), progress and track, and every action with dates and status. Without the catalog the occupation facts are left out, never the plan.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public String document(@PathParam("id") UUID id) {
        PlanView plan = plans.read(id);
        Map<String, CatalogOccupation> occupations = new HashMap<>();
        for (GoalView goal : plan.goals()) {
            String code = goal.targetOccupation();
            if (code != null && !occupations.containsKey(code)) {
                try {
                    catalog.occupation(caller.bearer(), code).ifPresent(o -> occupations.put(code, o));
                } catch (ProblemException unavailable) {
                    // the document still carries the plan; the occupation facts are left out and it says so
                }
            }
        }
        return PlanDocument.html(plan, occupations, LocalDate.now(clock));
    }
}

package org.careercompass.plan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.PlanViews.PlanView;
import org.careercompass.plan.plans.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(operationId = "getPlanDocument", summary = "The plan as a document to print or hand to a counselor", description = "Self-contained HTML: goals with target occupation (median pay, nationally and with `area` in that area, typical entry education, certification, from the catalog, with its release), progress and track, and every action with dates and status. Without the catalog the occupation facts are left out, never the plan.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`area` is no BLS area code of the catalog; the problem names it")
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public String document(@PathParam("id") UUID id,
            @Parameter(description = "BLS area code where the person lives or means to work (the catalog's GET /api/v1/areas): each target's median pay there beside the national one", example = "10420") @QueryParam("area") String area) {
        QueryParams params = new QueryParams();
        String areaCode = params.text("area", area, 7);
        params.validate();
        PlanView plan = plans.read(id);
        Map<String, CatalogOccupation> occupations = new HashMap<>();
        for (GoalView goal : plan.goals()) {
            String code = goal.targetOccupation();
            if (code != null && !occupations.containsKey(code)) {
                try {
                    catalog.occupation(caller.bearer(), code, areaCode).ifPresent(o -> occupations.put(code, o));
                } catch (ClientErrorException e) {
                    throw Catalog.refused(e, areaCode);
                } catch (ProblemException unavailable) {
                    // the document still carries the plan; the occupation facts are left out and it says so
                }
            }
        }
        return PlanDocument.html(plan, occupations, LocalDate.now(clock));
    }
}

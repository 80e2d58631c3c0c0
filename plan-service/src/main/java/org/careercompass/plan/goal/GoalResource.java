package org.careercompass.plan.goal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.Idempotent;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.plan.domain.GoalStatus;
import org.careercompass.plan.domain.PlanViews.GoalInput;
import org.careercompass.plan.domain.PlanViews.GoalPatch;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/plans/{planId}/goals")
@Tag(name = "Goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    @Inject
    GoalService goals;

    @POST
    @Idempotent
    @RolesAllowed(Caller.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGoal", summary = "Add a goal", description = "A target occupation (checked against the catalog) or a free-text aim, a measurable outcome and a target date; actions may come along, e.g. an accepted proposal. All or nothing.")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new goal", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")) }, content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, unknown occupation")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public RestResponse<GoalView> create(@PathParam("planId") UUID planId, @Valid @NotNull GoalInput body,
            @Context UriInfo uri) {
        GoalView created = goals.create(planId, body);
        return ResponseBuilder.<GoalView> created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.ofVersion(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "listGoals", summary = "A plan's goals", description = "By target date; optionally of one status.")
    @APIResponse(responseCode = "200", description = "One page of goals")
    @APIResponse(responseCode = "400", description = "Invalid status or paging")
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public Page<GoalView> list(@PathParam("planId") UUID planId,
            @Parameter(schema = @Schema(implementation = GoalStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        GoalStatus parsed = params.enumeration("status", status, GoalStatus.class);
        return goals.list(planId, parsed, PageRequest.parse(params, page, size));
    }

    @GET
    @Path("{goalId}")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getGoal", summary = "Read a goal with its actions and progress")
    @APIResponse(responseCode = "200", description = "The goal", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "404", description = "No such goal visible to you")
    public RestResponse<GoalView> read(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId) {
        GoalView goal = goals.read(planId, goalId);
        return ResponseBuilder.ok(goal).tag(EntityTags.ofVersion(goal.version())).build();
    }

    @PATCH
    @Path("{goalId}")
    @RolesAllowed(Caller.USER)
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateGoal", summary = "Change a goal", description = "Send only what changes; guard with If-Match (412) or version (409). Status changes go on the timeline.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such goal of yours")
    @APIResponse(responseCode = "409", description = "Stale version, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public RestResponse<GoalView> patch(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull GoalPatch body) {
        GoalView goal = goals.patch(planId, goalId, body, ifMatch);
        return ResponseBuilder.ok(goal).tag(EntityTags.ofVersion(goal.version())).build();
    }

    @DELETE
    @Path("{goalId}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "deleteGoal", summary = "Delete a goal with its actions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such goal of yours")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public void delete(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        goals.delete(planId, goalId, ifMatch);
    }
}

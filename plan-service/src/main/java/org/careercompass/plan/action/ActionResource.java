package org.careercompass.plan.action;

import java.time.LocalDate;
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
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.Idempotent;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.ActionType;
import org.careercompass.plan.domain.PlanViews.ActionInput;
import org.careercompass.plan.domain.PlanViews.ActionPatch;
import org.careercompass.plan.domain.PlanViews.ActionView;
import org.careercompass.plan.starter.Roi;
import org.careercompass.plan.starter.RoiService;
import org.careercompass.plan.starter.StudyDurations;
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

@Path("/api/v1/plans/{planId}/goals/{goalId}/actions")
@Tag(name = "Actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @Inject
    ActionService actions;

    @Inject
    RoiService roi;

    @POST
    @Idempotent
    @RolesAllowed(Caller.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAction", summary = "Add an action to a goal")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new action", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")) }, content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, each field named")
    @APIResponse(responseCode = "404", description = "No such goal of yours")
    public RestResponse<ActionView> create(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @Valid @NotNull ActionInput body, @Context UriInfo uri) {
        ActionView created = actions.create(planId, goalId, body);
        return ResponseBuilder.<ActionView> created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.ofVersion(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "listActions", summary = "A goal's actions", description = "By due date; filter by status, type and due before a date.")
    @APIResponse(responseCode = "200", description = "One page of actions")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "404", description = "No such goal visible to you")
    public Page<ActionView> list(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @Parameter(schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ActionType.class)) @QueryParam("type") String type,
            @Parameter(description = "Only actions due before this date", example = "2027-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("dueBefore") String dueBefore,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        ActionStatus parsedStatus = params.enumeration("status", status, ActionStatus.class);
        ActionType parsedType = params.enumeration("type", type, ActionType.class);
        LocalDate due = params.date("dueBefore", dueBefore);
        PageRequest paging = PageRequest.parse(params, page, size);
        return actions.list(planId, goalId, parsedStatus, parsedType, due, paging);
    }

    @GET
    @Path("{actionId}")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getAction", summary = "Read an action")
    @APIResponse(responseCode = "200", description = "The action", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No such action visible to you")
    public RestResponse<ActionView> read(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @PathParam("actionId") UUID actionId) {
        ActionView action = actions.read(planId, goalId, actionId);
        return ResponseBuilder.ok(action).tag(EntityTags.ofVersion(action.version())).build();
    }

    @PATCH
    @Path("{actionId}")
    @RolesAllowed(Caller.USER)
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateAction", summary = "Change an action", description = "E.g. {\"status\": \"DONE\"}; DONE records today's date unless completedOn is given. Guard with If-Match (412) or version (409).")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such action of yours")
    @APIResponse(responseCode = "409", description = "Stale version, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public RestResponse<ActionView> patch(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @PathParam("actionId") UUID actionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionPatch body) {
        ActionView action = actions.patch(planId, goalId, actionId, body, ifMatch);
        return ResponseBuilder.ok(action).tag(EntityTags.ofVersion(action.version())).build();
    }

    @DELETE
    @Path("{actionId}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "deleteAction", summary = "Delete an action")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such action of yours")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public void delete(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @PathParam("actionId") UUID actionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        actions.delete(planId, goalId, actionId, ifMatch);
    }

    @GET
    @Path("{actionId}/roi")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getActionRoi", summary = "Return on an education action", description = """
            Credited only to the requirement gap: the education between yours and the target occupation's typical \
            entry education, plus its certification or licence. Cost = the fees of those actions in the goal plus, \
            for full-time study, the earnings given up; payback = cost / (target median - your pay), in years after \
            you qualify. Anything else (a course, another level, a gap item with no action or no cost) answers \
            computable=false with the reason. Give your current occupation or current annual pay. With `area`, pay \
            is the area's where BLS publishes it there, and the assumptions say which.""")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = Roi.Result.class)))
    @APIResponse(responseCode = "400", description = "Not a learning action, no target occupation, neither currentOccupation nor currentAnnualPay, or an area the catalog does not know; the problem names it")
    @APIResponse(responseCode = "404", description = "No such action visible to you")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public Roi.Result roi(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = "Your current occupation; its median pay is used", example = "43-4171.00") @QueryParam("currentOccupation") String currentOccupation,
            @Parameter(description = "Your current annual pay, instead of an occupation", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("currentAnnualPay") String currentAnnualPay,
            @Parameter(description = "Your highest completed education, default HIGH_SCHOOL", schema = @Schema(implementation = EducationLevel.class)) @QueryParam("currentEducation") String currentEducation,
            @Parameter(description = "FULL_TIME (default: no earnings while studying) or PART_TIME", schema = @Schema(implementation = StudyDurations.StudyMode.class)) @QueryParam("studyMode") String studyMode,
            @Parameter(description = "BLS area code where you live or mean to work (the catalog's GET /api/v1/areas): the target's and your current occupation's pay there, where BLS publishes it", example = "10420") @QueryParam("area") String area) {
        QueryParams params = new QueryParams();
        String occupation = params.text("currentOccupation", currentOccupation, 10);
        Integer pay = params.integer("currentAnnualPay", currentAnnualPay, null, 0, 10_000_000);
        // Only when neither was given: a given but invalid value already has its own error
        if ((currentOccupation == null || currentOccupation.isBlank())
                && (currentAnnualPay == null || currentAnnualPay.isBlank())) {
            params.reject("currentOccupation", "give currentOccupation or currentAnnualPay");
        }
        EducationLevel has = params.enumeration("currentEducation", currentEducation, EducationLevel.class);
        StudyDurations.StudyMode mode = params.enumeration("studyMode", studyMode, StudyDurations.StudyMode.class);
        String areaCode = params.text("area", area, 7);
        params.validate();
        return roi.of(planId, goalId, actionId, occupation, pay, has == null ? EducationLevel.HIGH_SCHOOL : has,
                mode == null ? StudyDurations.StudyMode.FULL_TIME : mode, areaCode);
    }
}

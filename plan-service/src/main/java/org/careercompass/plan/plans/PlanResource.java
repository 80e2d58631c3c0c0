package org.careercompass.plan.plans;

import java.time.Clock;
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
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.Idempotent;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanAccess;
import org.careercompass.plan.domain.PlanViews.PlanInput;
import org.careercompass.plan.domain.PlanViews.PlanPatch;
import org.careercompass.plan.domain.PlanViews.PlanSummary;
import org.careercompass.plan.domain.PlanViews.PlanView;
import org.careercompass.plan.domain.Progress;
import org.careercompass.plan.progress.Agenda;
import org.careercompass.plan.starter.StarterPlanner;
import org.careercompass.plan.starter.StarterService;
import org.careercompass.plan.starter.StudyDurations;
import org.careercompass.plan.timeline.Timeline;
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

@Path("/api/v1/plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    Clock clock;

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    PlanService plans;

    @Inject
    PlanAccess access;

    @Inject
    Timeline timeline;

    @Inject
    StarterService starter;

    @POST
    @Idempotent
    @RolesAllowed(Caller.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Start a plan")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")) }, content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    public RestResponse<PlanView> create(@Valid @NotNull PlanInput body, @Context UriInfo uri) {
        PlanView created = plans.create(body);
        return ResponseBuilder.<PlanView> created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.ofVersion(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "listPlans", summary = "Your plans", description = "Most recently changed first, with progress.")
    @APIResponse(responseCode = "200", description = "One page of your plans")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<PlanSummary> mine(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return plans.mine(PageRequest.parse(new QueryParams(), page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getPlan", summary = "Read a plan", description = "Yours, or one shared with you as a counselor. The ETag is the plan's version, for If-Match on PATCH.")
    @APIResponse(responseCode = "200", description = "The plan with goals, actions and progress", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public RestResponse<PlanView> read(@PathParam("id") UUID id) {
        PlanView plan = plans.read(id);
        return ResponseBuilder.ok(plan).tag(EntityTags.ofVersion(plan.version())).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Caller.USER)
    @Consumes({ MediaType.APPLICATION_JSON, MERGE_PATCH })
    @Operation(operationId = "updatePlan", summary = "Change a plan's title or phase", description = "Guard with If-Match (412 when stale) or a version in the body (409 when stale).")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    @APIResponse(responseCode = "409", description = "Stale version, or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public RestResponse<PlanView> patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanPatch body) {
        PlanView plan = plans.patch(id, body, ifMatch);
        return ResponseBuilder.ok(plan).tag(EntityTags.ofVersion(plan.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "deletePlan", summary = "Delete a plan with everything in it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getPlanProgress", summary = "Progress of a plan and its overdue actions")
    @APIResponse(responseCode = "200", description = "Progress over the actions of goals not abandoned", content = @Content(schema = @Schema(implementation = Progress.Summary.class)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public Progress.Summary progress(@PathParam("id") UUID id) {
        return plans.read(id).progress();
    }

    @GET
    @Path("{id}/agenda")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getPlanAgenda", summary = "What is due soon and what is overdue", description = "Open actions of goals neither achieved nor abandoned: those due in the next `days` days (default 14) and those overdue, earliest first. Each goal's `track` says whether it is on track.")
    @APIResponse(responseCode = "200", description = "The agenda", content = @Content(schema = @Schema(implementation = Agenda.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid days")
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public Agenda.View agenda(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366", defaultValue = "14")) @QueryParam("days") String days) {
        QueryParams params = new QueryParams();
        Integer window = params.integer("days", days, 14, 1, 366);
        params.validate();
        return Agenda.of(plans.read(id), LocalDate.now(clock), window);
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getPlanTimeline", summary = "The plan's timeline", description = "Append-only: created, status changed, completed, in order.")
    @APIResponse(responseCode = "200", description = "One page of events, oldest first")
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public Page<Timeline.Event> timeline(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        Plan plan = access.readable(id);
        return timeline.read(plan.id, PageRequest.parse(new QueryParams(), page, size));
    }

    @GET
    @Path("{id}/proposals")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "proposeGoal", summary = "Propose a starter goal for a target occupation", description = """
            Built from the catalog's requirements (education, certification, important skills) and, when you have \
            assessed your skills, your gaps from the assessment service. With `from`, the occupation you work in, it \
            plans that career move: the courses close the move's skill and knowledge gap and your education defaults \
            to your occupation's typical entry education (the schedule's assumptions say so). Nothing is stored: edit the proposal and \
            POST it to the plan's goals to accept it. The proposed goal is ACTIVE, so it is tracked from acceptance \
            (set its status to DRAFT to keep it untracked). Doctoral and professional occupations get their \
            profession's programme, residency and licence (MD/DO, DDS, PharmD, DVM, JD ...).""")
    @APIResponse(responseCode = "200", description = "A goal with proposed actions, and how its dates were chosen", content = @Content(schema = @Schema(implementation = StarterPlanner.Proposal.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown occupation, bad date, an area the catalog does not know, or a `from` that is not an occupation the assessment service can compare moves from; the problem names it")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public StarterPlanner.Proposal propose(@PathParam("id") UUID id,
            @Parameter(required = true, example = "43-1011.00") @QueryParam("occupation") String occupation,
            @Parameter(description = "Target date, default one year from today; a date too soon for the education and certification is replaced by the earliest feasible one, and the schedule says so", example = "2027-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("targetDate") String targetDate,
            @Parameter(description = "Your highest completed education; default HIGH_SCHOOL, or with `from` the typical entry education of the occupation you work in", schema = @Schema(implementation = EducationLevel.class)) @QueryParam("currentEducation") String currentEducation,
            @Parameter(description = "FULL_TIME (default) or PART_TIME (half the course load, twice as long)", schema = @Schema(implementation = StudyDurations.StudyMode.class)) @QueryParam("studyMode") String studyMode,
            @Parameter(description = "Years you have already worked in an occupation related to the target, default 0: counted against the work experience the target requires (BLS)", example = "1.5", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "50")) @QueryParam("experienceYears") String experienceYears,
            @Parameter(description = "The occupation you work in, for a career move to the target: the courses close the move's gap (the assessment service's GET /api/v1/career-moves/{occupation}?from=) unless you have assessed your skills, and currentEducation defaults to its typical entry education", example = "43-4171.00") @QueryParam("from") String from,
            @Parameter(description = "BLS area code where you live or mean to work (the catalog's GET /api/v1/areas): the goal's success criterion then names the target's median pay there beside the national one", example = "10420") @QueryParam("area") String area) {
        QueryParams params = new QueryParams();
        String code = OccupationCodes.canonical(params.text("occupation", occupation, 12));
        if (code == null) {
            params.reject("occupation", "is required");
        }
        LocalDate target = params.date("targetDate", targetDate);
        if (target != null && !target.isAfter(LocalDate.now(clock))) {
            params.reject("targetDate", "must be in the future");
        }
        EducationLevel has = params.enumeration("currentEducation", currentEducation, EducationLevel.class);
        StudyDurations.StudyMode mode = params.enumeration("studyMode", studyMode, StudyDurations.StudyMode.class);
        Double experience = params.decimal("experienceYears", experienceYears, 0.0, 0, 50);
        String fromCode = null;
        if (from != null && !from.isBlank()) {
            fromCode = OccupationCodes.canonical(from.length() > 12 ? "" : from);
            if (fromCode == null) {
                params.reject("from", "'" + from.strip() + "' is not an O*NET-SOC code (e.g. 43-4171.00)");
            } else if (fromCode.equals(code)) {
                params.reject("from", "is the target occupation: a move goes from the one you work in to another");
            }
        }
        String areaCode = params.text("area", area, 7);
        params.validate();
        return starter.propose(access.owned(id), code, target, has,
                mode == null ? StudyDurations.StudyMode.FULL_TIME : mode, experience, fromCode, areaCode);
    }

}

package org.careercompass.assessment.results;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.Idempotent;
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
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    Caller caller;

    @POST
    @Idempotent
    @RolesAllowed(Caller.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitAssessment", summary = "Take an instrument", description = "Every item must be answered exactly once with a value on the instrument's scale. The scores are returned and kept; taking an instrument again adds to your history.")
    @APIResponse(responseCode = "201", description = "Scored and stored", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown instrument, or answers missing, repeated, unknown or out of range; each named")
    public RestResponse<AssessmentView> submit(@Valid @NotNull Submission body, @Context UriInfo uri) {
        AssessmentView created = assessments.submit(caller.id(), caller.name(), body);
        return ResponseBuilder
                .<AssessmentView> created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "listAssessments", summary = "Your assessment history", description = "Newest first; optionally of one kind.")
    @APIResponse(responseCode = "200", description = "One page of your assessments")
    @APIResponse(responseCode = "400", description = "Invalid paging or kind")
    public Page<AssessmentView> history(
            @Parameter(schema = @Schema(implementation = InstrumentKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        InstrumentKind parsed = params.enumeration("kind", kind, InstrumentKind.class);
        return assessments.history(caller.id(), parsed, PageRequest.parse(params, page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getAssessment", summary = "Read one assessment", description = "Yours, or, for a counselor, one of a person who shared with you. Anything else is 404.")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment visible to you")
    public AssessmentView get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return assessments.read(id, caller.id(), caller.name(), security.isUserInRole(Caller.COUNSELOR));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "deleteAssessment", summary = "Delete one of your assessments")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such assessment of yours")
    public void delete(@PathParam("id") UUID id) {
        assessments.delete(id, caller.id());
    }
}

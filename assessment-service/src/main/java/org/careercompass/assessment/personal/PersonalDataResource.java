package org.careercompass.assessment.personal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Your data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalDataService data;

    @Inject
    AccessLog accessLog;

    @Inject
    Caller caller;

    @GET
    @Path("export")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(summary = "Everything this service holds about you, as one JSON document", description = "Your assessments with answers and scores, the counselors you share with, and as a counselor who shares with you. Nobody can export another person's data.")
    @APIResponse(responseCode = "200", description = "Your data", content = @Content(schema = @Schema(implementation = PersonalDataService.Export.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonalDataService.Export export() {
        return data.export();
    }

    @GET
    @Path("access-log")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(summary = "Who read your results", description = "Every read of your results by a counselor you shared them with (reader, request, time), newest first.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AccessLog.Entry> accessLog(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return accessLog.of(caller.id(), PageRequest.parse(new QueryParams(), page, size));
    }

    @DELETE
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(summary = "Erase everything this service holds about you", description = "In one transaction: your assessments (answers and scores), the shares you granted, shares naming you as a counselor, your counselor sign-in. Answers what was removed, by kind. Cannot be undone.")
    @APIResponse(responseCode = "200", description = "What was removed", content = @Content(schema = @Schema(implementation = PersonalDataService.Erased.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonalDataService.Erased erase() {
        return data.erase();
    }
}

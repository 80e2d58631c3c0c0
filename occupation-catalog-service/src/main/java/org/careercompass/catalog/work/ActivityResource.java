package org.careercompass.catalog.work;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.paging.PageRequest;
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

import io.quarkus.security.Authenticated;
import io.vertx.core.buffer.Buffer;

@Path("/api/v1/activities")
@Tag(name = "Work activities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    WorkService work;

    @GET
    @Operation(operationId = "listWorkActivities", summary = "Find Detailed Work Activities", description = "O*NET's Detailed Work Activities whose title has every word of `q` (word starts, and word forms up to two letters longer: \"analyzes financial records\" finds \"Analyze financial records...\"), the most widely performed first; without `q`, all of them by title. Each names its Intermediate Work Activity and how many occupations perform it.")
    @APIResponse(responseCode = "200", description = "One page of activities", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public RestResponse<Buffer> list(
            @Parameter(description = "Words of the activity", example = "analyze financial records") @QueryParam("q") String q,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String query = params.text("q", q, 200);
        PageRequest paging = PageRequest.parse(params, page, size);
        return work.findActivities(query, paging).conditionalGet(headers);
    }

    @Schema(name = "WorkActivityPage")
    static final class ActivityPage {
        public List<WorkView.Activity> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "12")
        public long totalItems;
        @Schema(examples = "1")
        public int totalPages;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkActivity", summary = "One Detailed Work Activity", description = "Its title, its Intermediate Work Activity and how many occupations perform it.")
    @APIResponse(responseCode = "200", description = "The activity")
    @APIResponse(responseCode = "404", description = "No Detailed Work Activity has this id")
    public WorkView.Activity get(
            @Parameter(description = "O*NET DWA ID", example = "4.A.2.a.4.I09.D03") @PathParam("id") String id) {
        return work.activity(id);
    }

    @GET
    @Path("{id}/occupations")
    @Operation(operationId = "listWorkActivityOccupations", summary = "Who else does this: the occupations that perform a Detailed Work Activity", description = "The occupations whose tasks O*NET links to the activity, those with the most linked tasks (then core tasks) first.")
    @APIResponse(responseCode = "200", description = "One page of occupations", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PerformerPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No Detailed Work Activity has this id")
    public RestResponse<Buffer> occupations(
            @Parameter(description = "O*NET DWA ID", example = "4.A.2.a.4.I09.D03") @PathParam("id") String id,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.parse(new QueryParams(), page, size);
        return work.performers(id, paging).conditionalGet(headers);
    }

    @Schema(name = "ActivityPerformerPage")
    static final class PerformerPage {
        public List<WorkView.Performer> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "43")
        public long totalItems;
        @Schema(examples = "3")
        public int totalPages;
    }
}

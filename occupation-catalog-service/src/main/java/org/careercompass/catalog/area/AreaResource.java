package org.careercompass.catalog.area;

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

@Path("/api/v1/areas")
@Tag(name = "Areas")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService areas;

    @GET
    @Operation(operationId = "listAreas", summary = "Find the areas local pay is published for", description = "BLS OEWS metropolitan (and, when imported, nonmetropolitan) areas by title. `q` matches word starts of the title (\"akron\", \"san fran\") or, when it is a two-letter code, the areas in that state (\"TX\"); `state` narrows to one state. Sorted by title. Use an area's code as `area` on occupation answers.")
    @APIResponse(responseCode = "200", description = "One page of areas", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AreaPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public RestResponse<Buffer> list(
            @Parameter(description = "Words of the area's title, or a two-letter state code", example = "akron") @QueryParam("q") String q,
            @Parameter(description = "Two-letter state or territory code", example = "OH") @QueryParam("state") String state,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String query = params.text("q", q, 200);
        PageRequest paging = PageRequest.parse(params, page, size);
        return areas.findAnswer(query, state, params, paging).conditionalGet(headers);
    }

    /** The page of areas as the OpenAPI document shows it. */
    @Schema(name = "AreaPage")
    static final class AreaPage {
        public List<AreaView.Summary> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "26")
        public long totalItems;
        @Schema(examples = "2")
        public int totalPages;
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getArea", summary = "One area", description = "Its title, kind, states, the all-occupations median and how many occupations have a published median there.")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "No area has this code")
    public AreaView.Summary get(
            @Parameter(description = "BLS area code", example = "10420") @PathParam("code") String code) {
        return areas.get(code);
    }

    @GET
    @Path("{code}/wages")
    @Operation(operationId = "listAreaWages", summary = "Every occupation's pay in one area", description = "The annual wage percentiles of every SOC occupation with a row in the area, in one answer (about 500 entries, some 40 KB; gzip when asked): what a client needs to filter or sort many occupations by local pay. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The area's wages", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AreaView.Wages.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No area has this code")
    public RestResponse<Buffer> wages(
            @Parameter(description = "BLS area code", example = "10420") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        return areas.wagesAnswer(code).conditionalGet(headers);
    }
}

package org.careercompass.catalog.area;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/areas")
@Tag(name = "Areas")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService areas;

    @GET
    @Operation(operationId = "listAreas", summary = "Find the areas local pay is published for", description = "BLS OEWS metropolitan (and, when imported, nonmetropolitan) areas by title. `q` matches word starts of the title (\"akron\", \"san fran\") or, when it is a two-letter code, the areas in that state (\"TX\"); `state` narrows to one state. Sorted by title. Use an area's code as `area` on occupation answers.")
    @APIResponse(responseCode = "200", description = "One page of areas")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public Page<AreaView.Summary> list(
            @Parameter(description = "Words of the area's title, or a two-letter state code", example = "akron") @QueryParam("q") String q,
            @Parameter(description = "Two-letter state or territory code", example = "OH") @QueryParam("state") String state,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = PageRequest.parse(params, page, size);
        return areas.find(q, state, params, paging);
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
}

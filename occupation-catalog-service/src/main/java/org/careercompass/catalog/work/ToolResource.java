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
import org.careercompass.commons.problem.ProblemException;
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

@Path("/api/v1/tools")
@Tag(name = "Tools")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ToolResource {

    @Inject
    WorkService work;

    @GET
    @Operation(operationId = "listToolCommodities", summary = "Find tools", description = "The UNSPSC commodities of O*NET Tools Used whose title or examples have every word of `q` (word starts, and word forms up to two letters longer), the most listed first; without `q`, all of them by title.")
    @APIResponse(responseCode = "200", description = "One page of tool commodities", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommodityPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public RestResponse<Buffer> list(
            @Parameter(description = "Words of the tool", example = "stethoscope") @QueryParam("q") String q,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String query = params.text("q", q, 200);
        PageRequest paging = PageRequest.parse(params, page, size);
        return work.findTools(query, paging).conditionalGet(headers);
    }

    @Schema(name = "ToolCommodityPage")
    static final class CommodityPage {
        public List<WorkView.Commodity> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "4")
        public long totalItems;
        @Schema(examples = "1")
        public int totalPages;
    }

    @GET
    @Path("{commodity}")
    @Operation(operationId = "getToolCommodity", summary = "One tool commodity", description = "Its UNSPSC title, how many occupations list it and how they word it.")
    @APIResponse(responseCode = "200", description = "The commodity")
    @APIResponse(responseCode = "400", description = "The commodity code is not an eight-digit UNSPSC code; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation lists a tool of this commodity")
    public WorkView.Commodity get(
            @Parameter(description = "UNSPSC commodity code (eight digits)", example = "42181701") @PathParam("commodity") String commodity) {
        return work.tool(code(commodity));
    }

    @GET
    @Path("{commodity}/occupations")
    @Operation(operationId = "listToolCommodityOccupations", summary = "Who else uses this tool: the occupations that list a tool of a commodity", description = "By occupation title, each with how it words the tool.")
    @APIResponse(responseCode = "200", description = "One page of occupations", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = UserPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation lists a tool of this commodity")
    public RestResponse<Buffer> occupations(
            @Parameter(description = "UNSPSC commodity code (eight digits)", example = "42181701") @PathParam("commodity") String commodity,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        int code = code(commodity);
        PageRequest paging = PageRequest.parse(new QueryParams(), page, size);
        return work.users(code, paging).conditionalGet(headers);
    }

    @Schema(name = "ToolUserPage")
    static final class UserPage {
        public List<WorkView.ToolUser> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "192")
        public long totalItems;
        @Schema(examples = "10")
        public int totalPages;
    }

    private static int code(String commodity) {
        String value = commodity == null ? "" : commodity.strip();
        if (!value.matches("\\d{8}")) {
            throw ProblemException.invalid("commodity",
                    "'" + value + "' is not a UNSPSC commodity code (eight digits, such as 42181701)");
        }
        return Integer.parseInt(value);
    }
}

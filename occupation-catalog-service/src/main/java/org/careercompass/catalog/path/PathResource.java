package org.careercompass.catalog.path;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.catalog.path.PathViews.CareerPaths;
import org.careercompass.catalog.path.PathViews.Step;
import org.careercompass.catalog.path.PathViews.StepInput;
import org.careercompass.catalog.security.Roles;
import org.careercompass.commons.paging.PageRequest;
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

import io.quarkus.security.Authenticated;
import io.vertx.core.buffer.Buffer;

@Path("/api/v1/paths")
@Tag(name = "Career paths")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PathResource {

    static final int DEFAULT_STEPS = 3;
    static final int MAX_STEPS = 6;

    @Inject
    PathService paths;

    @GET
    @Path("from/{code}")
    @Operation(operationId = "findPathsFrom", summary = "Career paths from an occupation", description = "The best paths of 1 to maxSteps steps that start at the occupation (at most 100: fewest steps first, then closest relations), a page at a time.")
    @APIResponse(responseCode = "200", description = "Paths found (possibly none)", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CareerPaths.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "maxSteps, paging or area invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "Unknown occupation")
    public RestResponse<Buffer> from(@Parameter(example = "43-4171.00") @PathParam("code") String code,
            @Parameter(description = "1-6", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "6", defaultValue = "3")) @QueryParam("maxSteps") String maxSteps,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "BLS area code (GET /api/v1/areas): each path and each of its steps then carries localPayChange, its pay change on that area's medians", example = "10420") @QueryParam("area") String area,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        int steps = steps(params, maxSteps);
        String areaCode = params.text("area", area, 7);
        PageRequest paging = PageRequest.parse(params, page, size);
        return paths.fromAnswer(code, steps, paging, areaCode).conditionalGet(headers);
    }

    @GET
    @Path("between")
    @Operation(operationId = "findPathsBetween", summary = "Career paths between two occupations", description = "Paths from one occupation to another within maxSteps (at most 100: fewest steps first, then closest relations), a page at a time. No paths means none exists within that many steps.")
    @APIResponse(responseCode = "200", description = "Paths found (possibly none)", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CareerPaths.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameter (area included); the problem names it")
    @APIResponse(responseCode = "404", description = "Unknown occupation")
    public RestResponse<Buffer> between(
            @Parameter(required = true, example = "43-4171.00") @QueryParam("from") String from,
            @Parameter(required = true, example = "11-3012.00") @QueryParam("to") String to,
            @Parameter(description = "1-6", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "6", defaultValue = "3")) @QueryParam("maxSteps") String maxSteps,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "BLS area code (GET /api/v1/areas): each path and each of its steps then carries localPayChange, its pay change on that area's medians", example = "10420") @QueryParam("area") String area,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String areaCode = params.text("area", area, 7);
        if (from == null || from.isBlank()) {
            params.reject("from", "is required");
        }
        if (to == null || to.isBlank()) {
            params.reject("to", "is required");
        }
        int steps = steps(params, maxSteps);
        PageRequest paging = PageRequest.parse(params, page, size);
        return paths.betweenAnswer(from.trim(), to.trim(), steps, paging, areaCode).conditionalGet(headers);
    }

    @GET
    @Path("steps")
    @Operation(operationId = "listPathSteps", summary = "List path steps", description = "Optionally only those leaving or entering one occupation (the ladder's next rungs: `from`); with `area`, each step's pay change in that area.")
    @APIResponse(responseCode = "200", description = "One page of steps", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = StepPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid paging or area; the problem names it")
    public RestResponse<Buffer> steps(@Parameter(example = "43-4171.00") @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "BLS area code (GET /api/v1/areas): each step then carries localPayChange, its pay change on that area's medians", example = "10420") @QueryParam("area") String area,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String fromCode = params.text("from", from, 10);
        String toCode = params.text("to", to, 10);
        String areaCode = params.text("area", area, 7);
        return paths.stepsAnswer(fromCode, toCode, PageRequest.parse(params, page, size), areaCode)
                .conditionalGet(headers);
    }

    @GET
    @Path("steps/{id}")
    @Operation(operationId = "getPathStep", summary = "Read one path step", description = "Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The step", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Step.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such step")
    public RestResponse<Buffer> step(@PathParam("id") long id, @Context HttpHeaders headers) {
        return paths.stepAnswer(id).conditionalGet(headers);
    }

    @POST
    @Idempotent
    @Path("steps")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPathStep", summary = "Create a path step (catalog-admin)")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "URL of the new step", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")), content = @Content(schema = @Schema(implementation = Step.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "The step exists")
    public RestResponse<Step> create(@Valid @NotNull StepInput body, @Context UriInfo uri) {
        Step created = paths.create(body);
        return ResponseBuilder.<Step> created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("steps/{id}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePathStep", summary = "Replace a path step (catalog-admin)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Step.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such step")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Step update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StepInput body) {
        return paths.update(id, body, ifMatch);
    }

    @DELETE
    @Path("steps/{id}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "deletePathStep", summary = "Delete a path step (catalog-admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such step")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        paths.delete(id, ifMatch);
    }

    @Schema(name = "PageStep", description = "One page of path steps")
    static final class StepPage {
        public List<Step> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "21")
        public long totalItems;
        @Schema(examples = "2")
        public int totalPages;
    }

    /** Reads maxSteps; an error is recorded in {@code params} and reported with the others by their validate. */
    private static int steps(QueryParams params, String raw) {
        return params.integer("maxSteps", raw, DEFAULT_STEPS, 1, MAX_STEPS);
    }
}

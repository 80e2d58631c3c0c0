package org.careercompass.catalog.cluster;

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

import org.careercompass.catalog.area.AreaService;
import org.careercompass.catalog.domain.ClusterScheme;
import org.careercompass.catalog.security.Roles;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.EducationLevel;
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

@Path("/api/v1/clusters")
@Tag(name = "Clusters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    ClusterService clusters;

    @Inject
    AreaService areas;

    @GET
    @Operation(operationId = "listClusters", summary = "List clusters", description = "SOC major groups and Career Clusters with their occupation counts.")
    @APIResponse(responseCode = "200", description = "Clusters, SOC groups first", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClusterSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Unknown scheme")
    public RestResponse<Buffer> list(
            @Parameter(description = "Only this scheme", schema = @Schema(implementation = ClusterScheme.class)) @QueryParam("scheme") String scheme,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        ClusterScheme parsed = params.enumeration("scheme", scheme, ClusterScheme.class);
        params.validate();
        return clusters.listAnswer(parsed).conditionalGet(headers);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCluster", summary = "Browse a cluster", description = "The cluster and one page of its occupations by title, optionally narrowed by preparation (job zone, entry education ceilings) and signals (Bright Outlook, apprenticeship), as on search; with `area`, each occupation's median there. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The cluster", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ClusterDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<Buffer> get(@Parameter(example = "43-0000") @PathParam("code") String code,
            @Parameter(description = "Highest job zone to include, 1-5", example = "2", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5")) @QueryParam("maxJobZone") String maxJobZone,
            @Parameter(description = "Highest typical entry education to include", example = "ASSOCIATE", schema = @Schema(implementation = EducationLevel.class)) @QueryParam("maxEducation") String maxEducation,
            @Parameter(description = "true: only O*NET Bright Outlook occupations; false: only those that are not", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("brightOutlook") String brightOutlook,
            @Parameter(description = "true: only occupations commonly entered through an apprenticeship; false: only those that are not", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("apprenticeship") String apprenticeship,
            @Parameter(description = "BLS area code (GET /api/v1/areas): each occupation then carries localMedianPay, its median in that area", example = "10420") @QueryParam("area") String area,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String areaCode = params.text("area", area, 7);
        areas.rejectUnknown(params, areaCode);
        ClusterService.Browse filter = new ClusterService.Browse(params.integer("maxJobZone", maxJobZone, null, 1, 5),
                params.enumeration("maxEducation", maxEducation, EducationLevel.class),
                params.bool("brightOutlook", brightOutlook), params.bool("apprenticeship", apprenticeship), areaCode);
        PageRequest paging = PageRequest.parse(params, page, size);
        return clusters.detail(code, filter, paging).conditionalGet(headers);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCluster", summary = "Create a cluster (catalog-admin)")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "URL of the new cluster", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")), content = @Content(schema = @Schema(implementation = ClusterSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "Code already used")
    public RestResponse<ClusterSummary> create(@Valid @NotNull ClusterInput body, @Context UriInfo uri) {
        ClusterSummary created = clusters.create(body);
        return ResponseBuilder.<ClusterSummary> created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCluster", summary = "Rename or redescribe a cluster (catalog-admin)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ClusterSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public ClusterSummary update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClusterInput body) {
        return clusters.update(code, body, ifMatch);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "deleteCluster", summary = "Delete a cluster (catalog-admin)", description = "A SOC group can be deleted only when empty.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "409", description = "SOC group still has occupations")
    public void delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        clusters.delete(code, ifMatch);
    }
}

package org.careercompass.catalog.occupation;

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

import org.careercompass.catalog.area.AreaService;
import org.careercompass.catalog.security.Roles;
import org.careercompass.catalog.work.WorkView;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.ClusterCodes;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.EntityTags;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.vertx.core.buffer.Buffer;

@Path("/api/v1/occupations")
@Tag(name = "Occupations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OccupationResource {

    @Inject
    OccupationService occupations;

    @Inject
    AreaService areas;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "searchOccupations", summary = "Search occupations", description = """
            Keyword search over titles, alternate and reported titles, descriptions and the software occupations use \
            (prefix matching, ranked: title hits first), with filters. A cluster or SOC group the catalog does not \
            have is a 400 naming the parameter. Lists within one filter are OR-ed; different filters are AND-ed.""")
    @APIResponse(responseCode = "200", description = "One page of matching occupations", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(ref = "PageOccupationSummary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public RestResponse<Buffer> search(
            @Parameter(description = "Keywords, or an occupation code or its start (29-1141, 291141, 29-11)", example = "administrative assistant") @QueryParam("q") String q,
            @Parameter(description = "Career Cluster code or name (health-science, Health Science), or SOC group code (43-0000, 43)", example = "business-management-administration") @QueryParam("cluster") String cluster,
            @Parameter(description = "SOC major group code (43-0000, or 43)", example = "43-0000") @QueryParam("socGroup") String socGroup,
            @Parameter(description = "Job zone(s) 1-5; repeat or comma-separate, e.g. 2,3", schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class)) @QueryParam("jobZone") List<String> jobZone,
            @Parameter(description = "Typical entry education level(s), e.g. BACHELOR", schema = @Schema(type = SchemaType.ARRAY, implementation = EducationLevel.class)) @QueryParam("education") List<String> education,
            @Parameter(description = "Highest typical entry education to include", example = "ASSOCIATE", schema = @Schema(implementation = EducationLevel.class)) @QueryParam("maxEducation") String maxEducation,
            @Parameter(description = "Highest job zone to include, 1-5 (occupations without a job zone are left out)", example = "3", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5")) @QueryParam("maxJobZone") String maxJobZone,
            @Parameter(description = "true: only O*NET Bright Outlook occupations (computed from the BLS projections); false: only those that are not (occupations without projections are left out either way)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("brightOutlook") String brightOutlook,
            @Parameter(description = "true: only occupations commonly entered through an apprenticeship; false: only those that are not", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("apprenticeship") String apprenticeship,
            @Parameter(description = "ISCO-08 code or its start (1-4 digits): occupations an ESCO occupation of that ISCO group maps to", example = "4226") @QueryParam("isco") String isco,
            @Parameter(description = "Minimum annual median pay (USD)", example = "40000", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("minMedianPay") String minMedianPay,
            @Parameter(description = "Maximum annual median pay (USD)", example = "90000", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("maxMedianPay") String maxMedianPay,
            @Parameter(description = "relevance (default with q), title (default without), -title, pay, -pay, jobZone, -jobZone, growth, -growth (projected national employment change, percent), openings, -openings (projected annual openings, national); with `area` also localPay, -localPay (occupations without a published median there last). Occupations without the figure come last.", example = "-pay") @QueryParam("sort") String sort,
            @Parameter(description = "BLS area code (GET /api/v1/areas): each hit then carries localMedianPay, the median in that area", example = "10420") @QueryParam("area") String area,
            @Parameter(description = "With `area`: minimum annual median pay in that area (USD); occupations without a published median there are left out", example = "45000", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("minLocalPay") String minLocalPay,
            @Parameter(description = "With `area`, true: only occupations BLS has estimates for in that area (a row in its OEWS area file, even where the figures are suppressed). With sort=-growth, the occupations of the area that are projected to grow most: the projections are national, as BLS publishes none by metropolitan area.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("inArea") String inArea,
            @Parameter(description = "Zero-based page index", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String keywords = params.text("q", q, 200);
        OccupationSort order = null;
        if (sort != null && !sort.isBlank()) {
            order = OccupationSort.parse(sort);
            if (order == null) {
                params.reject("sort", "must be one of " + OccupationSort.VALUES);
            }
        }
        String areaCode = params.text("area", area, 7);
        Integer minLocal = params.integer("minLocalPay", minLocalPay, null, 0, Integer.MAX_VALUE);
        Boolean onlyInArea = params.bool("inArea", inArea);
        if (areaCode == null) {
            if (Boolean.TRUE.equals(onlyInArea)) {
                params.reject("inArea", "needs an area (area=<BLS area code>)");
            }
            if (order == OccupationSort.LOCAL_PAY || order == OccupationSort.LOCAL_PAY_DESC) {
                params.reject("sort", "localPay needs an area (area=<BLS area code>)");
            }
            if (minLocal != null) {
                params.reject("minLocalPay", "needs an area (area=<BLS area code>)");
            }
        }
        areas.rejectUnknown(params, areaCode);
        Integer minPay = params.integer("minMedianPay", minMedianPay, null, 0, Integer.MAX_VALUE);
        Integer maxPay = params.integer("maxMedianPay", maxMedianPay, null, 0, Integer.MAX_VALUE);
        if (minPay != null && maxPay != null && minPay > maxPay) {
            params.reject("minMedianPay", "must not exceed maxMedianPay");
        }
        OccupationCriteria criteria = new OccupationCriteria(keywords,
                ClusterCodes.canonical(params.text("cluster", cluster, 64)),
                ClusterCodes.canonical(params.text("socGroup", socGroup, 7)), params.integers("jobZone", jobZone, 1, 5),
                params.enumerations("education", education, EducationLevel.class),
                params.enumeration("maxEducation", maxEducation, EducationLevel.class), minPay, maxPay, order, areaCode,
                minLocal, params.integer("maxJobZone", maxJobZone, null, 1, 5),
                params.bool("brightOutlook", brightOutlook), params.bool("apprenticeship", apprenticeship),
                iscoPrefix(params, isco), Boolean.TRUE.equals(onlyInArea));
        occupations.rejectUnknownGroups(criteria, cluster, socGroup, params);
        PageRequest paging = PageRequest.parse(params, page, size);
        return occupations.searchAnswer(criteria, paging).conditionalGet(headers);
    }

    private static String iscoPrefix(QueryParams params, String isco) {
        String value = params.text("isco", isco, 4);
        if (value != null && !value.matches("\\d{1,4}")) {
            params.reject("isco", "'" + value + "' is not an ISCO-08 code or its start (1-4 digits, such as 4226)");
            return null;
        }
        return value;
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getOccupation", summary = "Read one occupation", description = "Every facet: requirements, interests, values, skills, pay, related occupations; with `area`, also what it pays there (localPay). Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The occupation", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = OccupationDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "`area` is no BLS area code of the catalog; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public RestResponse<Buffer> get(
            @Parameter(description = "O*NET-SOC code; a SOC code (43-4171) or one without its hyphen (434171) means its .00 occupation", example = "43-4171.00") @PathParam("code") String code,
            @Parameter(description = "BLS area code (GET /api/v1/areas): the answer then carries localPay, what the occupation pays there beside the national pay", example = "10420") @QueryParam("area") String area,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String areaCode = params.text("area", area, 7);
        params.validate();
        return occupations.detail(code, areaCode).conditionalGet(headers);
    }

    @GET
    @Path("{code}/pay")
    @Operation(operationId = "getOccupationLocalPay", summary = "What an occupation pays in an area, beside the national pay", description = "One round trip for a \"pay near me\" view: the area's annual percentiles (BLS OEWS area estimates), the national ones, and their ratio. Where BLS published no median for the area, `local.published` is false, its note says so, and the national figures stand, labelled national.")
    @APIResponse(responseCode = "200", description = "Local and national pay", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = OccupationLocalPay.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "`area` is missing or no BLS area code of the catalog; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public RestResponse<Buffer> localPay(
            @Parameter(description = "O*NET-SOC code", example = "29-1141.00") @PathParam("code") String code,
            @Parameter(description = "BLS area code (GET /api/v1/areas)", required = true, example = "10420") @QueryParam("area") String area,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        String areaCode = params.text("area", area, 7);
        // only when none was given: a given but invalid value already has its own error
        if (area == null || area.isBlank()) {
            params.reject("area", "is required: a BLS area code (GET /api/v1/areas?q=<city or state> finds one)");
        }
        params.validate();
        return occupations.localPay(code, areaCode).conditionalGet(headers);
    }

    @GET
    @Path("{code}/tasks")
    @Operation(operationId = "listOccupationTasks", summary = "What workers in the occupation do: every task statement", description = "Core tasks (critical to the occupation) first, then supplemental ones, each in O*NET order.")
    @APIResponse(responseCode = "200", description = "One page of task statements")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public Page<OccupationDetail.Task> tasks(
            @Parameter(description = "O*NET-SOC code", example = "43-4171.00") @PathParam("code") String code,
            @Parameter(description = "true: core tasks only; false: supplemental only", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("core") String core,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Boolean coreOnly = params.bool("core", core);
        PageRequest paging = PageRequest.parse(params, page, size);
        return occupations.tasks(code, coreOnly, paging);
    }

    @GET
    @Path("{code}/activities")
    @Operation(operationId = "listOccupationWorkActivities", summary = "What workers in the occupation do: every Detailed Work Activity", description = "O*NET's Detailed Work Activities the occupation's tasks carry out, each with its Intermediate Work Activity: the most frequent first (linked to the most of the occupation's tasks, then core tasks). GET /api/v1/activities/{id}/occupations lists who else performs one. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "One page of work activities", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public RestResponse<Buffer> activities(
            @Parameter(description = "O*NET-SOC code", example = "13-2011.00") @PathParam("code") String code,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.parse(new QueryParams(), page, size);
        return occupations.activities(code, paging).conditionalGet(headers);
    }

    /** A page of an occupation's work activities as the OpenAPI document shows it. */
    @Schema(name = "OccupationWorkActivityPage")
    static final class ActivityPage {
        public List<WorkView.OccupationActivity> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "25")
        public long totalItems;
        @Schema(examples = "2")
        public int totalPages;
    }

    /** A page of an occupation's tools as the OpenAPI document shows it. */
    @Schema(name = "OccupationToolPage")
    static final class ToolPage {
        public List<WorkView.Tool> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "164")
        public long totalItems;
        @Schema(examples = "9")
        public int totalPages;
    }

    @GET
    @Path("{code}/tools")
    @Operation(operationId = "listOccupationTools", summary = "Tools used in the occupation", description = "O*NET Tools Used with their UNSPSC commodity, grouped by the category O*NET lists them under (commodity title): the category with the most of the occupation's examples first (ties: the commodity fewer occupations list), each category's examples by name. GET /api/v1/tools/{commodity}/occupations lists who else uses one. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "One page of tools", headers = @Header(name = "ETag", description = "Entity tag of this representation", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ToolPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public RestResponse<Buffer> tools(
            @Parameter(description = "O*NET-SOC code", example = "29-1141.00") @PathParam("code") String code,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.parse(new QueryParams(), page, size);
        return occupations.tools(code, paging).conditionalGet(headers);
    }

    @GET
    @Path("{code}/technology")
    @Operation(operationId = "listOccupationTechnology", summary = "Software and technology used in the occupation", description = "Hot technologies (frequent in job postings) first, then in-demand ones, then by name.")
    @APIResponse(responseCode = "200", description = "One page of technology examples")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    public Page<OccupationDetail.Technology> technology(
            @Parameter(description = "O*NET-SOC code", example = "15-1252.00") @PathParam("code") String code,
            @Parameter(description = "true: hot technologies only", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("hot") String hot,
            @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Boolean hotOnly = params.bool("hot", hot);
        PageRequest paging = PageRequest.parse(params, page, size);
        return occupations.technology(code, hotOnly, paging);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOccupation", summary = "Create an occupation (catalog-admin)")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "URL of the new occupation", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Entity tag of this answer", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(schema = @Schema(implementation = OccupationDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem lists each field")
    @APIResponse(responseCode = "409", description = "An occupation with this code exists")
    public RestResponse<OccupationDetail> create(@Valid @NotNull OccupationInput body, @Context UriInfo uri) {
        OccupationDetail created = occupations.create(body);
        return ResponseBuilder.<OccupationDetail> created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(EntityTags.of(mapper, created)).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceOccupation", summary = "Replace an occupation (catalog-admin)", description = "Send If-Match with the ETag you read to avoid overwriting someone else's change.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", description = "Entity tag of this answer", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = OccupationDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    @APIResponse(responseCode = "409", description = "Changed concurrently by another writer")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public RestResponse<OccupationDetail> update(@Parameter(example = "43-4171.00") @PathParam("code") String code,
            @Parameter(description = "ETag read earlier") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OccupationInput body) {
        OccupationDetail updated = occupations.update(code, body, ifMatch);
        return ResponseBuilder.ok(updated).tag(EntityTags.of(mapper, updated)).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "deleteOccupation", summary = "Delete an occupation (catalog-admin)", description = "Also removes its path steps, skills and titles.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No occupation has this code")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public void delete(@Parameter(example = "43-4171.00") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        occupations.delete(code, ifMatch);
    }
}

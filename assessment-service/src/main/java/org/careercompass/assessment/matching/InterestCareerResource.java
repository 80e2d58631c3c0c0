package org.careercompass.assessment.matching;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.security.Caller;
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

import io.vertx.core.buffer.Buffer;

@Path("/api/v1/assessments/{id}/careers")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class InterestCareerResource {

    @Inject
    InterestCareers careers;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "listInterestCareers", summary = "Careers that fit one interest assessment, in the job zone you choose", description = """
            As My Next Move presents an O*NET Interest Profiler result: the six area scores and high-point code, and \
            the occupations of one job zone (the preparation you have, or plan to get) ranked by how well their O*NET \
            interest profile fits yours, with the reasons. Interest fit alone: for a ranking that also weighs your \
            skills and work values, see /api/v1/matches. Works for any INTERESTS assessment (onet-ip-sf-v1 or \
            riasec-v1). Yours, or, for a counselor, one of a person who shared with you; anything else is 404.""")
    @APIResponse(responseCode = "200", description = "The scores and one page of careers, best fit first", headers = @Header(name = "ETag", description = "Weak: the same for the same page of the same assessment and catalog data, whenever the catalog last confirmed its profiles (catalog.confirmedAt)", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = InterestCareerViews.CareerPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the same page as the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Missing or invalid jobZone, an area the catalog does not know, or invalid paging; the problem names it")
    @APIResponse(responseCode = "404", description = "No such assessment visible to you")
    @APIResponse(responseCode = "409", description = "The assessment is not an interest assessment")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles (or, with `area`, none of that area's wages) are cached", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public RestResponse<Buffer> careers(@PathParam("id") UUID id,
            @Parameter(required = true, description = "O*NET job zone: 1 little or no preparation, 2 some (high school), 3 medium (vocational training, associate's), 4 considerable (bachelor's), 5 extensive (graduate)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5")) @QueryParam("jobZone") String jobZone,
            @Parameter(description = "BLS area code (the catalog's GET /api/v1/areas): each career then carries localMedianPay, its median in that area", example = "10420") @QueryParam("area") String area,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        Integer zone = params.integer("jobZone", jobZone, null, 1, 5);
        if (zone == null && (jobZone == null || jobZone.isBlank())) {
            params.reject("jobZone", "is required: the job zone of the preparation you have or plan, 1-5");
        }
        String areaCode = params.text("area", area, 7);
        PageRequest pageRequest = PageRequest.parse(params, page, size);
        params.validate();
        return careers.careersAnswer(id, caller.id(), caller.name(), security.isUserInRole(Caller.COUNSELOR),
                caller.bearer(), zone, areaCode, pageRequest).conditionalGet(headers);
    }
}

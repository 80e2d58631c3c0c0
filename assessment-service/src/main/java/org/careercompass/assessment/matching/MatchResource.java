package org.careercompass.assessment.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.security.Caller;
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

@Path("/api/v1/matches")
@Tag(name = "Matches")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    MatchService matches;

    @Inject
    Caller caller;

    @Inject
    AssessmentConfig config;

    @GET
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "listMatches", summary = "Occupations ranked for you", description = """
            Ranks every catalog occupation against your latest interest, skill and work-value results. Default \
            weights: interests 0.5, skills 0.3, values 0.2; override any of them; factors you have no result for are \
            left out and the rest renormalized. Each match explains itself: per-factor fit, the interest areas and \
            values that raise it most, and your skill gaps. With `area` (a BLS area code), each match also carries \
            its median in that area; `minLocalPay` filters by it and `sort=-localPay` ranks by it.""")
    @APIResponse(responseCode = "200", description = "One page of matches, best first", headers = @Header(name = "ETag", description = "Weak: the same for the same ranking, whenever the catalog last confirmed its profiles (catalog.confirmedAt)", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = MatchViews.MatchPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the same assessments, weights and catalog as the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid weight, filter, area, sort or paging; the problem names it")
    @APIResponse(responseCode = "409", description = "You have not taken any instrument yet")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles are cached (with `area`: or that area's wages were never read)", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public RestResponse<Buffer> mine(@BeanParam MatchQuery query, @Context HttpHeaders headers) {
        MatchQuery.Parsed parsed = query.parse(config.matching());
        return matches.matchesAnswer(caller.id(), caller.bearer(), parsed.weights(), parsed.filters(), parsed.local(),
                parsed.page()).conditionalGet(headers);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "getMatch", summary = "How one occupation fits you", description = """
            The same fit and explanation as in the ranking, for one occupation; rank is its position in your ranking \
            with these weights and no filters (null when the catalog does not rate it on a factor the ranking uses).""")
    @APIResponse(responseCode = "200", description = "The match", content = @Content(schema = @Schema(implementation = MatchViews.Match.class)))
    @APIResponse(responseCode = "400", description = "Invalid weight")
    @APIResponse(responseCode = "404", description = "The catalog has no such occupation")
    @APIResponse(responseCode = "409", description = "You have not taken any instrument yet")
    @APIResponse(responseCode = "503", description = "The catalog is unavailable and no profiles are cached", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public MatchViews.Match one(@Parameter(example = "43-4171.00") @PathParam("code") String code,
            @BeanParam WeightQuery query) {
        return matches.match(caller.id(), caller.bearer(), code, query.parseWeights(config.matching()));
    }
}

package org.careercompass.assessment.counselor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.matching.MatchQuery;
import org.careercompass.assessment.matching.MatchService;
import org.careercompass.assessment.matching.MatchViews;
import org.careercompass.assessment.results.AssessmentService;
import org.careercompass.assessment.results.AssessmentView;
import org.careercompass.assessment.share.ShareService;
import org.careercompass.assessment.share.ShareView;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A counselor's read-only view of the people who shared with them. Unshared people are 404, never data. */
@Path("/api/v1/clients")
@Tag(name = "Counselor")
@RolesAllowed(Caller.COUNSELOR)
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ShareService shares;

    @Inject
    AssessmentService assessments;

    @Inject
    MatchService matches;

    @Inject
    Caller caller;

    @Inject
    AssessmentConfig config;

    @GET
    @Operation(operationId = "listClients", summary = "People who shared their results with you")
    @APIResponse(responseCode = "200", description = "Your clients", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShareView.Client.class)))
    public List<ShareView.Client> clients() {
        return shares.clients(caller.name());
    }

    @GET
    @Path("{personId}/assessments")
    @Operation(operationId = "listClientAssessments", summary = "A client's assessment history")
    @APIResponse(responseCode = "200", description = "One page of the client's assessments")
    @APIResponse(responseCode = "400", description = "Invalid paging or kind")
    @APIResponse(responseCode = "404", description = "This person has not shared with you")
    public Page<AssessmentView> assessments(@PathParam("personId") String personId,
            @Parameter(schema = @Schema(implementation = InstrumentKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        shares.requireShared(personId, caller.name());
        QueryParams params = new QueryParams();
        InstrumentKind parsed = params.enumeration("kind", kind, InstrumentKind.class);
        return assessments.history(personId, parsed, PageRequest.parse(params, page, size));
    }

    @GET
    @Path("{personId}/matches")
    @Operation(operationId = "listClientMatches", summary = "A client's occupation matches", description = "The same ranking the client sees, with the same parameters.")
    @APIResponse(responseCode = "200", description = "One page of matches", content = @Content(schema = @Schema(implementation = MatchViews.MatchPage.class)))
    @APIResponse(responseCode = "404", description = "This person has not shared with you")
    @APIResponse(responseCode = "409", description = "The client has not taken any instrument")
    public MatchViews.MatchPage matches(@PathParam("personId") String personId, @BeanParam MatchQuery query) {
        shares.requireShared(personId, caller.name());
        MatchQuery.Parsed parsed = query.parse(config.matching());
        return matches.matches(personId, caller.bearer(), parsed.weights(), parsed.filters(), parsed.page());
    }
}

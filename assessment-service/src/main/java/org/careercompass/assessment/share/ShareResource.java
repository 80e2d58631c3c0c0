package org.careercompass.assessment.share;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/shares")
@Tag(name = "Sharing")
@RolesAllowed(Caller.USER)
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

    @Inject
    ShareService shares;

    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shareResults", summary = "Let a counselor read your results", description = "Idempotent. The counselor sees your assessments and matches, read-only. Only a counselor who has signed in to this service can be named.")
    @APIResponse(responseCode = "200", description = "Shared", content = @Content(schema = @Schema(implementation = ShareView.Granted.class)))
    @APIResponse(responseCode = "400", description = "Not a counselor known here (only people who signed in with the counselor role can receive a share), yourself, or not a username")
    public RestResponse<ShareView.Granted> grant(@Valid @NotNull ShareView.Request body) {
        return RestResponse.ok(shares.grant(caller.id(), caller.name(), body.counselor(), body.expiresAt()));
    }

    @GET
    @Operation(operationId = "listShares", summary = "Counselors you share with")
    @APIResponse(responseCode = "200", description = "Your shares", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShareView.Granted.class)))
    public List<ShareView.Granted> list() {
        return shares.granted(caller.id());
    }

    @DELETE
    @Path("{counselor}")
    @Operation(operationId = "unshareResults", summary = "Stop sharing with a counselor")
    @APIResponse(responseCode = "204", description = "No longer shared")
    @APIResponse(responseCode = "404", description = "You do not share with this counselor")
    public void revoke(@PathParam("counselor") String counselor) {
        shares.revoke(caller.id(), counselor);
    }
}

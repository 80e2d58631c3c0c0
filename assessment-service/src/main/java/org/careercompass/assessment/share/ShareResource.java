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
    @Operation(operationId = "shareResults", summary = "Let a counselor read your results", description = "Idempotent. The counselor sees your assessments and matches, read-only. A counselor who has signed in to this service gets the share at once (state ACTIVE). Any other username gets an invitation (state INVITED, `invitedUntil`, 30 days by default): it grants nothing until a person signed in with that username and the counselor role accepts it (`POST /api/v1/invitations/{personId}/accept`). Sharing again sets the end, renews a pending invitation, and makes it ACTIVE if the counselor has signed in since.")
    @APIResponse(responseCode = "200", description = "Shared (ACTIVE) or invited (INVITED)", content = @Content(schema = @Schema(implementation = ShareView.Granted.class)))
    @APIResponse(responseCode = "400", description = "Yourself, not a username, or an end that is not in the future")
    public RestResponse<ShareView.Granted> grant(@Valid @NotNull ShareView.Request body) {
        return RestResponse.ok(shares.grant(caller.id(), caller.name(), body.counselor(), body.expiresAt()));
    }

    @GET
    @Operation(operationId = "listShares", summary = "Counselors you share with", description = "With each share's state: ACTIVE, INVITED (waiting for the counselor) or EXPIRED.")
    @APIResponse(responseCode = "200", description = "Your shares", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShareView.Granted.class)))
    public List<ShareView.Granted> list() {
        return shares.granted(caller.id());
    }

    @DELETE
    @Path("{counselor}")
    @Operation(operationId = "unshareResults", summary = "Stop sharing with a counselor")
    @APIResponse(responseCode = "204", description = "No longer shared (an invitation is withdrawn)")
    @APIResponse(responseCode = "404", description = "You do not share with this counselor")
    public void revoke(@PathParam("counselor") String counselor) {
        shares.revoke(caller.id(), counselor);
    }
}

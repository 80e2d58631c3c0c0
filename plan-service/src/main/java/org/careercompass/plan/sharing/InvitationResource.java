package org.careercompass.plan.sharing;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** A counselor's answer to the plans people shared with them before they had signed in here. */
@Path("/api/v1/invitations")
@Tag(name = "Sharing")
@RolesAllowed(Caller.COUNSELOR)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    SharingService sharing;

    @GET
    @Operation(operationId = "listPlanInvitations", summary = "Plans you are invited to read (counselor)", description = "Open invitations addressed to your username, oldest first. Expired ones are not listed.")
    @APIResponse(responseCode = "200", description = "Open invitations", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SharingService.Invitation.class)))
    public List<SharingService.Invitation> invitations() {
        return sharing.invitations();
    }

    @POST
    @Idempotent
    @Path("{planId}/accept")
    @Operation(operationId = "acceptPlanInvitation", summary = "Accept an invitation to a plan (counselor)", description = "The share becomes ACTIVE: the plan is then listed in `/api/v1/shared-plans` and readable. Accepting an active share again changes nothing.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = SharingService.Shared.class)))
    @APIResponse(responseCode = "404", description = "No open invitation to this plan for you (none, withdrawn, declined or expired)")
    public RestResponse<SharingService.Shared> accept(@PathParam("planId") UUID planId) {
        return RestResponse.ok(sharing.accept(planId));
    }

    @DELETE
    @Path("{planId}")
    @Operation(operationId = "declinePlanInvitation", summary = "Decline an invitation to a plan (counselor)", description = "The share is removed; its owner sees it gone and the decline on the plan's timeline.")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "404", description = "No open invitation to this plan for you")
    public void decline(@PathParam("planId") UUID planId) {
        sharing.decline(planId);
    }
}

package org.careercompass.assessment.share;

import java.util.List;

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

/** A counselor's answer to the people who shared their results with them before they had signed in here. */
@Path("/api/v1/invitations")
@Tag(name = "Counselor")
@RolesAllowed(Caller.COUNSELOR)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    ShareService shares;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listInvitations", summary = "People who invite you to read their results", description = "Open invitations addressed to your username, oldest first. Expired ones are not listed.")
    @APIResponse(responseCode = "200", description = "Open invitations", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShareView.Invitation.class)))
    public List<ShareView.Invitation> invitations() {
        return shares.invitations(caller.name());
    }

    @POST
    @Idempotent
    @Path("{personId}/accept")
    @Operation(operationId = "acceptInvitation", summary = "Accept a person's invitation", description = "The share becomes ACTIVE: the person is then listed in `/api/v1/clients` and their results are readable. Accepting an active share again changes nothing.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = ShareView.Client.class)))
    @APIResponse(responseCode = "404", description = "No open invitation from this person for you (none, withdrawn, declined or expired)")
    public RestResponse<ShareView.Client> accept(@PathParam("personId") String personId) {
        return RestResponse.ok(shares.accept(personId, caller.name()));
    }

    @DELETE
    @Path("{personId}")
    @Operation(operationId = "declineInvitation", summary = "Decline a person's invitation", description = "The share is removed; the person sees it gone.")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "404", description = "No open invitation from this person for you")
    public void decline(@PathParam("personId") String personId) {
        shares.decline(personId, caller.name());
    }
}

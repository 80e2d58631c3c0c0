package org.careercompass.plan.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/plans/{id}/shares")
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
public class SharingResource {

    @Schema(name = "PlanShareRequest")
    public record ShareRequest(
            @NotBlank @Size(max = 255) @Pattern(regexp = "^[^\\s/]+$", message = "must be a username") @Schema(examples = "carol") String counselor,
            @jakarta.validation.constraints.Future @Schema(description = "Optional: the share ends then (ISO-8601 with offset); an expired share grants nothing. Sharing again replaces it.", examples = "2027-06-30T23:59:59Z") OffsetDateTime expiresAt) {
    }

    @Inject
    SharingService sharing;

    @POST
    @Idempotent
    @RolesAllowed(Caller.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sharePlan", summary = "Share a plan with a counselor", description = "Read-only for them, plus comments. Idempotent. A counselor who has signed in to this service gets the share at once (state ACTIVE). Any other username gets an invitation (state INVITED, `invitedUntil`, 30 days by default): it grants nothing until a person signed in with that username and the counselor role accepts it (`POST /api/v1/invitations/{planId}/accept`). Sharing again sets the end, renews a pending invitation, and makes it ACTIVE if the counselor has signed in since.")
    @APIResponse(responseCode = "200", description = "Shared (ACTIVE) or invited (INVITED)", content = @Content(schema = @Schema(implementation = SharingService.Granted.class)))
    @APIResponse(responseCode = "400", description = "Yourself, not a username, or an end that is not in the future")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    public RestResponse<SharingService.Granted> share(@PathParam("id") UUID id, @Valid @NotNull ShareRequest body) {
        return RestResponse.ok(sharing.grant(id, body.counselor(), body.expiresAt()));
    }

    @GET
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "listPlanShares", summary = "Counselors a plan is shared with", description = "With each share's state: ACTIVE, INVITED (waiting for the counselor) or EXPIRED.")
    @APIResponse(responseCode = "200", description = "Shares", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SharingService.Granted.class)))
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    public List<SharingService.Granted> shares(@PathParam("id") UUID id) {
        return sharing.granted(id);
    }

    @DELETE
    @Path("{counselor}")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "unsharePlan", summary = "Stop sharing a plan with a counselor")
    @APIResponse(responseCode = "204", description = "No longer shared (an invitation is withdrawn)")
    @APIResponse(responseCode = "404", description = "Not shared with this counselor")
    public void unshare(@PathParam("id") UUID id, @PathParam("counselor") String counselor) {
        sharing.revoke(id, counselor);
    }
}

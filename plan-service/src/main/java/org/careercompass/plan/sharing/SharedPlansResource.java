package org.careercompass.plan.sharing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/shared-plans")
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
public class SharedPlansResource {

    @Inject
    SharingService sharing;

    @GET
    @RolesAllowed(Caller.COUNSELOR)
    @Operation(operationId = "listSharedPlans", summary = "Plans shared with you (counselor)")
    @APIResponse(responseCode = "200", description = "Shared plans", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SharingService.Shared.class)))
    public List<SharingService.Shared> sharedWithMe() {
        return sharing.sharedWithMe();
    }

}

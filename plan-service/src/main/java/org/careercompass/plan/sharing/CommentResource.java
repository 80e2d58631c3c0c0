package org.careercompass.plan.sharing;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/plans/{id}/comments")
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Schema(name = "CommentInput")
    public record CommentInput(@NotBlank @Size(max = 4000) String body) {
    }

    @Inject
    SharingService sharing;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createComment", summary = "Comment on a plan", description = "The owner, or a counselor it is shared with.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = SharingService.Comment.class)))
    @APIResponse(responseCode = "400", description = "Empty or too long")
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public RestResponse<SharingService.Comment> comment(@PathParam("id") UUID id, @Valid @NotNull CommentInput body) {
        return ResponseBuilder.<SharingService.Comment> create(RestResponse.Status.CREATED)
                .entity(sharing.comment(id, body.body())).build();
    }

    @GET
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "listComments", summary = "Comments on a plan, oldest first")
    @APIResponse(responseCode = "200", description = "Comments", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SharingService.Comment.class)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public List<SharingService.Comment> comments(@PathParam("id") UUID id) {
        return sharing.comments(id);
    }
}

package org.careercompass.commons.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/**
 * Who the token says you are, as this service sees it (every service answers it). Frontends use it after sign-in; the
 * benchmarks use it as the authenticated request that does nothing else (token verification only).
 */
@Path("/api/v1/identity")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    @Schema(name = "Identity")
    public record Identity(@Schema(description = "The token subject: your id", examples = "a1b2c3") String subject,
            @Schema(examples = "alice") String username,
            @Schema(description = "Your roles here", examples = "[\"user\"]") List<String> roles) {
    }

    @Inject
    JsonWebToken jwt;

    @GET
    @Authenticated
    @Operation(operationId = "getIdentity", summary = "Who you are, from your token", description = "The subject, user name and roles the token carries, as this service sees them: what a frontend shows as the signed-in person and uses to offer the operations their roles allow.")
    @APIResponse(responseCode = "200", description = "Your identity")
    public Identity identity() {
        return new Identity(jwt.getSubject(), Caller.nameOf(jwt),
                jwt.getGroups() == null ? List.of() : jwt.getGroups().stream().sorted().toList());
    }
}

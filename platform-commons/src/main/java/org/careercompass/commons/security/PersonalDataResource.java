package org.careercompass.commons.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * A person's export and erasure, in every service that holds personal data ({@code careercompass.personal-data=true};
 * one endpoint for all of them). What is exported and erased is the service's {@link PersonalData}.
 */
@Path("/api/v1/me")
@Tag(name = "Your data")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "careercompass.personal-data", stringValue = "true")
public class PersonalDataResource {

    @Inject
    PersonalData data;

    @GET
    @Path("export")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "exportMyData", summary = "Everything this service holds about you, as one JSON document", description = "What this service holds is listed in the answer's schema (PersonalDataExport). Nobody can export another person's data.")
    @APIResponse(responseCode = "200", description = "Your data", content = @Content(schema = @Schema(ref = "PersonalDataExport")))
    public Object export() {
        return data.export();
    }

    @DELETE
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "eraseMyData", summary = "Erase everything this service holds about you", description = "In one transaction, everything the export lists, including the answers kept for Idempotency-Key retries. Answers what was removed, by kind (PersonalDataErasure). Cannot be undone.")
    @APIResponse(responseCode = "200", description = "What was removed", content = @Content(schema = @Schema(ref = "PersonalDataErasure")))
    public Object erase() {
        return data.erase();
    }
}

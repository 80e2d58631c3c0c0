package org.careercompass.assessment.personal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Your data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalDataService data;

    @GET
    @Path("export")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "exportMyData", summary = "Everything this service holds about you, as one JSON document", description = "Your assessments with answers and scores, the counselors you share with, and as a counselor who shares with you. Nobody can export another person's data.")
    @APIResponse(responseCode = "200", description = "Your data", content = @Content(schema = @Schema(implementation = PersonalDataService.Export.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    public PersonalDataService.Export export() {
        return data.export();
    }

    @DELETE
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "eraseMyData", summary = "Erase everything this service holds about you", description = "In one transaction: your assessments (answers and scores), the shares you granted, shares naming you as a counselor, your counselor sign-in. Answers what was removed, by kind. Cannot be undone.")
    @APIResponse(responseCode = "200", description = "What was removed", content = @Content(schema = @Schema(implementation = PersonalDataService.Erased.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    public PersonalDataService.Erased erase() {
        return data.erase();
    }
}

package org.careercompass.catalog.release;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/about")
@Tag(name = "Release")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    @Inject
    ReleaseService releases;

    @Inject
    DataNotes notes;

    @GET
    @Operation(operationId = "getAbout", summary = "The data releases the catalog serves, with attribution", description = """
            O*NET release, OEWS wage year, Employment Projections period, when the data was loaded and the credit \
            line to show, and data notes: for each kind of figure, its source and how many occupations have it. Every \
            catalog answer names the release in its Catalog-Release header.""")
    @APIResponse(responseCode = "200", description = "The release", content = @Content(schema = @Schema(implementation = DataRelease.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    public DataRelease about() {
        DataRelease release = releases.current();
        return release.withNotes(notes.notes(release));
    }
}

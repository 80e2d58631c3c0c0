package org.careercompass.catalog.profile;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.vertx.core.buffer.Buffer;

@Path("/api/v1")
@Tag(name = "Profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @GET
    @Path("profiles")
    @Operation(operationId = "listProfiles", summary = "Matching profiles of every occupation", description = "Bulk export for matching services: codes, job zone, education, pay, outlook, clusters, interest and value vectors, skills, knowledge and Detailed Work Activity ids of all occupations, in code order. Supports If-None-Match, so a cache can revalidate cheaply.")
    @APIResponse(responseCode = "200", description = "All profiles", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OccupationProfile.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Buffer> profiles(@Context HttpHeaders headers) {
        return profiles.profilesAnswer().conditionalGet(headers);
    }

    @GET
    @Path("profiles/vocabulary")
    @Operation(operationId = "getProfileVocabulary", summary = "Names of the knowledge areas and work activities in the profiles", description = "The profiles export refers to knowledge areas and Detailed Work Activities by id; this gives their names, from the release served. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The names by id", headers = @Header(name = "ETag", description = "Entity tag of this answer", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProfileVocabulary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Buffer> vocabulary(@Context HttpHeaders headers) {
        return profiles.vocabularyAnswer().conditionalGet(headers);
    }

    @GET
    @Path("skills")
    @Operation(operationId = "listSkills", summary = "The O*NET skill elements the catalog rates occupations on", description = "Element id and name of every skill in the O*NET Skills file of the release served, in element id order: the skills a self-rating can use.")
    @APIResponse(responseCode = "200", description = "Skill elements by id", headers = @Header(name = "ETag", description = "Entity tag of this answer", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SkillElement.class)))
    public RestResponse<Buffer> skills(@Context HttpHeaders headers) {
        return profiles.skillsAnswer().conditionalGet(headers);
    }
}

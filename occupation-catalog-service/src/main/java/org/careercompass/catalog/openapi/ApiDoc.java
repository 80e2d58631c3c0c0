package org.careercompass.catalog.openapi;

import jakarta.ws.rs.core.Application;

import org.careercompass.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Document-level OpenAPI metadata: info, tags and the security requirement every operation carries. */
@OpenAPIDefinition(info = @Info(title = "Career Compass occupation catalog", version = "1.0", description = """
        Career clusters, occupations (O*NET-SOC codes), entry requirements, pay and career paths. \
        Reads need any authenticated user; writes need the catalog-admin role. Errors are RFC 9457 \
        problem details.""", contact = @Contact(name = "Career Compass"), license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")), tags = {
        @Tag(name = "Occupations", description = "Search and read occupations; admins maintain them"),
        @Tag(name = "Clusters", description = "SOC major groups and Career Clusters with their occupations"),
        @Tag(name = "Areas", description = "The BLS areas local pay is published for, and what occupations pay there"),
        @Tag(name = "Work activities", description = "O*NET Detailed Work Activities and the occupations that perform each"),
        @Tag(name = "Tools", description = "Tools occupations use (O*NET Tools Used, by UNSPSC commodity) and the occupations that use each"),
        @Tag(name = "Career paths", description = "Steps between occupations and the paths they form"),
        @Tag(name = "Profiles", description = "Every occupation's matching profile and the rated skills, for clients that rank occupations themselves"),
        @Tag(name = "Release", description = "The data releases served, with their attribution"),
        @Tag(name = "Identity", description = "Who you are and which roles you hold, from your token"),
        @Tag(name = "Imports", description = "Load O*NET and BLS OEWS releases (admin)") }, security = @SecurityRequirement(name = "oidc"),
        // the problem body every error answer carries (ProblemResponses refers to it)
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDoc extends Application {
    // The "oidc" security scheme itself is configured (quarkus.smallrye-openapi.security-scheme*) because its
    // discovery URL differs per environment.
}

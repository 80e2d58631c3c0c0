package org.careercompass.assessment.openapi;

import jakarta.ws.rs.core.Application;

import org.careercompass.assessment.personal.PersonalDataService;
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
@OpenAPIDefinition(info = @Info(title = "Career Compass assessments", version = "1.0", description = """
        Interest (RIASEC), skill and work-value instruments; a person's results and history; occupations ranked \
        against them with explanations and skill gaps. A person sees only their own data; a counselor sees what \
        people shared with them. Errors are RFC 9457 problem details.""", contact = @Contact(name = "Career Compass"), license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")), tags = {
        @Tag(name = "Instruments", description = "The questionnaires and their items"),
        @Tag(name = "Assessments", description = "Take instruments and read your results and history"),
        @Tag(name = "Matches", description = "Occupations ranked for you, with explanations"),
        @Tag(name = "Career moves", description = "Where you could go from the occupation you work in, and what it takes"),
        @Tag(name = "Sharing", description = "Let a counselor read your results"),
        @Tag(name = "Identity", description = "Who you are and which roles you hold, from your token"),
        @Tag(name = "Your data", description = "Export or erase everything this service holds about you; who read it"),
        @Tag(name = "Counselor", description = "Read the results of people who shared with you") }, security = @SecurityRequirement(name = "oidc"),
        // the problem body every error answer carries (ProblemResponses refers to it)
        components = @Components(schemas = { @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "PersonalDataExport", implementation = PersonalDataService.Export.class),
                @Schema(name = "PersonalDataErasure", implementation = PersonalDataService.Erased.class) }))
public class ApiDoc extends Application {
}

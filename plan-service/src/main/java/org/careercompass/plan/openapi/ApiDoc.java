package org.careercompass.plan.openapi;

import jakarta.ws.rs.core.Application;

import org.careercompass.commons.problem.Problem;
import org.careercompass.plan.personal.PersonalDataService;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Document-level OpenAPI metadata: info, tags and the security requirement every operation carries. */
@OpenAPIDefinition(info = @Info(title = "Career Compass plans", version = "1.0", description = """
        A person's career plan: phase of the career-management cycle, SMART goals, typed actions, progress, an \
        append-only timeline, starter proposals from the catalog and the person's skill gaps, education ROI and an \
        iCalendar feed. Owners only; counselors read shared plans and comment. Errors are RFC 9457 problem \
        details.""", contact = @Contact(name = "Career Compass"), license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")), tags = {
        @Tag(name = "Plans", description = "Your plans, their progress and timeline"),
        @Tag(name = "Goals", description = "SMART goals of a plan"),
        @Tag(name = "Actions", description = "Steps towards a goal"),
        @Tag(name = "Sharing", description = "Counselor access and comments"),
        @Tag(name = "Calendar", description = "iCalendar export of dated actions"),
        @Tag(name = "Identity", description = "Who you are and which roles you hold, from your token"),
        @Tag(name = "Your data", description = "Export or erase everything this service holds about you; who read it"),
        @Tag(name = "Operations", description = "Aggregate figures for operators (plan-admin)") }, security = @SecurityRequirement(name = "oidc"),
        // the problem body every error answer carries (ProblemResponses refers to it)
        components = @Components(schemas = { @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "PersonalDataExport", implementation = PersonalDataService.Export.class),
                @Schema(name = "PersonalDataErasure", implementation = PersonalDataService.Erased.class) }))
public class ApiDoc extends Application {
}

package org.careercompass.commons.openapi;

import java.util.List;
import java.util.Map;

import org.careercompass.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The problem answers every signed-in operation may give, documented once instead of on each resource: 401 (no or an
 * invalid token; with {@code WWW-Authenticate: Bearer}) and 403 (the token's roles do not allow it), each with the
 * problem body. An operation that documents its own keeps it.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.each(openAPI, (path, operation) -> {
            if (!secured(openAPI, operation) || operation.getResponses() == null) {
                return;
            }
            APIResponses responses = operation.getResponses();
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401",
                        problem("No token, or a token that is expired, not signed by the"
                                + " provider, or not issued for Career Compass").headers(
                                        Map.of("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))));
            } else if (responses.getAPIResponse("401").getContent() == null) {
                responses.getAPIResponse("401").content(problemContent());
            }
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse("403", problem("Your roles do not allow this operation"));
            } else if (responses.getAPIResponse("403").getContent() == null) {
                responses.getAPIResponse("403").content(problemContent());
            }
        });
    }

    /** Signed in: a security requirement naming a scheme ({@code [{}]} lets anyone in, as the calendar feed does). */
    private static boolean secured(OpenAPI openAPI, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                : openAPI.getSecurity();
        return security != null && security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    /** A problem-details body ({@code application/problem+json}, the Problem schema). */
    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}

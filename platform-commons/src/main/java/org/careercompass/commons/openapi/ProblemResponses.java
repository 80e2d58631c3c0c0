package org.careercompass.commons.openapi;

import java.util.List;

import org.careercompass.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The problem answers every signed-in operation may give, documented once instead of on each resource: 401 (no or an
 * invalid token; with {@code WWW-Authenticate: Bearer}), 403 (the token's roles do not allow it) and the HTTP layer's
 * 400 (malformed request), 406, 413, 414, 415, 431 and 503 (with Retry-After), each with the problem body. The error
 * answers an operation documents itself (a 404 saying what was not found) get the problem body here too, so a resource
 * names the status and its meaning only. An operation that documents its own keeps it.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.each(openAPI, (path, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            boolean signedIn = secured(openAPI, operation);
            for (String[] status : transport(operation.getRequestBody() != null)) {
                documented(responses, status[0], status[1], null, null);
            }
            documented(responses, "503",
                    "The database or the identity provider is unavailable: retry after the time Retry-After gives",
                    "Retry-After", Operations.header("Seconds to wait before retrying", Schema.SchemaType.INTEGER));
            if (signedIn) {
                documented(responses, "401",
                        "No token, or a token that is expired, not signed by the provider, or not issued for Career"
                                + " Compass",
                        "WWW-Authenticate",
                        Operations.header("Bearer, with the error when a token was sent", Schema.SchemaType.STRING));
                documented(responses, "403", "Your roles do not allow this operation", null, null);
            }
            // every error answer is a problem: an operation names its own errors and their meaning, the body is added
            // here (an anonymous operation's 401 only says it never happens)
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.matches("[45]\\d\\d") && response.getContent() == null
                        && (signedIn || !status.equals("401"))) {
                    response.content(problemContent());
                }
            });
        });
    }

    /**
     * The status is documented: as the operation says it, or else with this description; with the header when one is
     * given. The problem body is added afterwards to every error answer.
     */
    private static void documented(APIResponses responses, String status, String description, String headerName,
            Header header) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (headerName != null && (response.getHeaders() == null || !response.getHeaders().containsKey(headerName))) {
            response.addHeader(headerName, header);
        }
    }

    /**
     * What the HTTP layer answers before the operation runs (HttpLayerProblems, RESTEasy's content negotiation): a
     * request line or headers over the limits, an Accept header the operation cannot satisfy and, with a body, a body
     * over the size limit or in a media type the operation does not take.
     */
    private static List<String[]> transport(boolean body) {
        List<String[]> statuses = new java.util.ArrayList<>(List.of(
                new String[] { "400", "Bad request: a path or query parameter that is not well formed"
                        + " (control characters, an id of the wrong form), or a Content-Length that is not a number" },
                new String[] { "406", "The Accept header names no media type this operation answers in" },
                new String[] { "414", "The request line is longer than the service accepts (16 KiB)" },
                new String[] { "431", "The request headers are larger than the service accepts (20 KiB)" }));
        if (body) {
            statuses.add(new String[] { "413", "The request body is larger than the service accepts" });
            statuses.add(new String[] { "415", "The request body's Content-Type is not one this operation takes" });
        }
        return statuses;
    }

    /** Signed in: a security requirement naming a scheme ({@code [{}]} lets anyone in, as the calendar feed does). */
    private static boolean secured(OpenAPI openAPI, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                : openAPI.getSecurity();
        return security != null && security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    /** A problem-details body ({@code application/problem+json}, the Problem schema). */
    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}

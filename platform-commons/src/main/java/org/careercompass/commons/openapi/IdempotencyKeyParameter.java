package org.careercompass.commons.openapi;

import java.util.List;

import org.careercompass.commons.web.Idempotent;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/** Documents the optional {@code Idempotency-Key} header, and its 409/422 answers, on every POST. */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class IdempotencyKeyParameter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation post = item.getPOST();
            if (post == null || (post.getParameters() != null
                    && post.getParameters().stream().anyMatch(p -> Idempotent.HEADER.equals(p.getName())))) {
                continue;
            }
            post.addParameter(OASFactory.createParameter().name(Idempotent.HEADER).in(Parameter.In.HEADER)
                    .required(false)
                    .description("Optional, 1-255 characters, unique per request you mean to make once. Retrying with"
                            + " the same key and request answers the first answer (Idempotent-Replayed: true) without"
                            + " a second write; the same key with another request is a 422. Kept 24 hours; erasing your data"
                            + " (DELETE /api/v1/me) erases the answers too, and a retry with such a key is a 422.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
            if (post.getResponses() != null && post.getResponses().getAPIResponses() != null) {
                post.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && (response.getHeaders() == null
                            || !response.getHeaders().containsKey(Idempotent.REPLAYED))) {
                        org.eclipse.microprofile.openapi.models.headers.Header replayed = Operations.header(
                                "true when this is the stored answer to an earlier request with the same"
                                        + " Idempotency-Key (nothing was written again); absent otherwise",
                                Schema.SchemaType.STRING);
                        replayed.getSchema().enumeration(List.of("true"));
                        response.addHeader(Idempotent.REPLAYED, replayed);
                    }
                });
            }
            if (post.getResponses() != null && !post.getResponses().hasAPIResponse("409")) {
                post.getResponses().addAPIResponse("409",
                        OASFactory.createAPIResponse()
                                .description(
                                        "A request with the same Idempotency-Key was processed at the same time; retry"
                                                + " with the same key")
                                .content(ProblemResponses.problemContent()));
            }
            if (post.getResponses() != null && !post.getResponses().hasAPIResponse("422")) {
                post.getResponses().addAPIResponse("422",
                        OASFactory.createAPIResponse().description(
                                "Idempotency-Key already used with a different request, or its answer was erased with"
                                        + " your data")
                                .content(ProblemResponses.problemContent()));
            }
        }
    }
}

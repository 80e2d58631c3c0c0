package org.careercompass.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents conditional GETs once: every operation that answers 304 takes {@code If-None-Match} and sends {@code ETag}
 * on its 200 and its 304, as the server does (EntityTags).
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ConditionalRequests implements OASFilter {

    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.each(openAPI, (path, operation) -> {
            if (operation.getResponses() == null || !operation.getResponses().hasAPIResponse("304")) {
                return;
            }
            if (operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> IF_NONE_MATCH.equals(p.getName()))) {
                operation.addParameter(OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER)
                        .required(false)
                        .description("The ETag of the copy you hold: the answer is 304 without a body while it is"
                                + " still current")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            for (String status : new String[] { "200", "304" }) {
                APIResponse response = operation.getResponses().getAPIResponse(status);
                if (response != null && (response.getHeaders() == null || !response.getHeaders().containsKey(ETAG))) {
                    response.addHeader(ETAG, etag());
                }
            }
        });
    }

    private static Header etag() {
        return Operations.header("Entity tag of this answer; send it back in If-None-Match", Schema.SchemaType.STRING);
    }
}

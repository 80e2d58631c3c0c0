package org.careercompass.catalog.release;

import org.careercompass.commons.openapi.Operations;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the {@code Catalog-Release} header that {@link ReleaseHeaderFilter} adds to every answer of the API (its
 * successes, 304s and problems alike, but a 503 when the database is down).
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ReleaseHeaderDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.each(openAPI, (path, operation) -> {
            if (!path.startsWith("/api/") || operation.getResponses() == null
                    || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!status.equals("503") && (response.getHeaders() == null
                        || !response.getHeaders().containsKey(ReleaseHeaderFilter.HEADER))) {
                    response.addHeader(ReleaseHeaderFilter.HEADER, header());
                }
            });
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header() {
        return OASFactory.createHeader()
                .description("The data release this answer comes from, to cite (see GET /api/v1/about)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("onet=29.0; oews=2024; ep=2024-34; generation=3")));
    }
}

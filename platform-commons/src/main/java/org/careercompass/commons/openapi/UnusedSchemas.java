package org.careercompass.commons.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Drops the component schemas no operation reaches, after the other filters have added what they refer to (the problem
 * body of every error answer, from {@link ProblemResponses}). SmallRye's own removal runs before the filters, so it
 * would drop the problem schema that only they refer to; it is switched off in each service.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD,
        OpenApiFilter.RunStage.RUNTIME_STARTUP }, priority = Integer.MIN_VALUE)
public class UnusedSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Schema> roots = new ArrayList<>();
        Operations.each(openAPI, (path, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> {
                    roots.add(p.getSchema());
                    roots.addAll(Operations.schemas(p.getContent()));
                });
            }
            if (operation.getRequestBody() != null) {
                roots.addAll(Operations.schemas(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    roots.addAll(Operations.schemas(r.getContent()));
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> roots.add(h.getSchema()));
                    }
                });
            }
        });
        Set<String> used = new HashSet<>();
        ResponseProperties.walk(roots.stream().filter(Objects::nonNull).toList(), components, used::add, s -> {
        });
        new ArrayList<>(components.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

}

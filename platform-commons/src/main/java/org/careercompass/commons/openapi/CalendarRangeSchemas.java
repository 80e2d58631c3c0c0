package org.careercompass.commons.openapi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.careercompass.commons.vocabulary.CalendarRange;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents {@link CalendarRange} on every date and date-time of the document (bodies, answers, parameters): a pattern
 * for the year and a sentence, so clients and validators know the rule the server applies.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class CalendarRangeSchemas implements OASFilter {

    static final String SENTENCE = "Years " + CalendarRange.MIN_YEAR + "-" + CalendarRange.MAX_YEAR + ".";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> visit(s, seen));
        }
        Operations.each(openAPI, (path, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> visit(parameter.getSchema(), seen));
            }
        });
    }

    private static void visit(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())) {
            schema.setPattern(CalendarRange.PATTERN);
            String description = schema.getDescription();
            if (description == null || !description.contains(SENTENCE)) {
                schema.setDescription(description == null ? SENTENCE : description + " " + SENTENCE);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> visit(s, seen));
        }
        visit(schema.getItems(), seen);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(s -> visit(s, seen));
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(s -> visit(s, seen));
        }
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(s -> visit(s, seen));
        }
    }
}

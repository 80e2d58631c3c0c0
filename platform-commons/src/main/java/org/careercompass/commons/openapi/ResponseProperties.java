package org.careercompass.commons.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The rule for absent values, stated once: the services send every property of an answer, an absent value as
 * {@code null}, and the schema says which properties may be {@code null} ({@code @Schema(nullable = true)} on the
 * field). So every property of every schema an answer uses is {@code required}: a client never needs to test for a
 * missing property, only for {@code null} where the document allows it.
 * <p>
 * Schemas that list their own required properties keep the list: the problem body (RFC 9457) leaves out members that do
 * not apply. Schemas a request body uses are left alone (what a client must send is the request's business).
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ResponseProperties implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> requests = new ArrayList<>();
        List<Schema> answers = new ArrayList<>();
        Operations.each(openAPI, (path, operation) -> {
            if (operation.getRequestBody() != null) {
                requests.addAll(Operations.schemas(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(r -> answers.addAll(Operations.schemas(r.getContent())));
            }
        });
        Set<String> requestSchemas = new HashSet<>();
        walk(requests, components, requestSchemas::add, schema -> {
        });
        walk(answers, components, name -> !requestSchemas.contains(name), schema -> {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.getProperties().values().forEach(ResponseProperties::plainNullableReference);
                if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
            }
        });
    }

    /**
     * Visits every schema reachable from the roots: inline ones, and the components their references name when
     * {@code follow} accepts the name; through properties, items, map values and alternatives.
     */
    static void walk(List<Schema> roots, Map<String, Schema> components, Predicate<String> follow,
            Consumer<Schema> visit) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> todo = new ArrayDeque<>();
        roots.stream().filter(Objects::nonNull).forEach(todo::add);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(COMPONENTS.length());
                if (follow.test(name) && components.containsKey(name)) {
                    todo.push(components.get(name));
                }
                continue;
            }
            visit.accept(schema);
            if (schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(Objects::nonNull).forEach(todo::add);
            }
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull)
                    .forEach(todo::add);
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                    .flatMap(List::stream).filter(Objects::nonNull).forEach(todo::add);
        }
    }

    /**
     * A nullable reference comes out of the scanner as {@code type: [object, "null"]} beside {@code anyOf: [{$ref},
     * {type: "null"}]}; the {@code anyOf} alone says it, and generated clients then read {@code T | null} instead of a
     * union of both.
     */
    static void plainNullableReference(Schema property) {
        if (property != null && property.getAnyOf() != null && property.getAnyOf().size() == 2
                && property.getAnyOf().stream().anyMatch(a -> a.getRef() != null) && property.getAnyOf().stream()
                        .anyMatch(a -> a.getType() != null && a.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            property.setType(null);
        }
    }

}

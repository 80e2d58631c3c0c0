package org.careercompass.commons.openapi;

import java.util.function.BiConsumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/** Visits every operation of a document with its path: the walk the OAS filters share. */
public final class Operations {

    private Operations() {
    }

    public static void each(OpenAPI openAPI, BiConsumer<String, Operation> visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> visitor.accept(path, operation));
            }
        });
    }
}

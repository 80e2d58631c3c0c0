package org.careercompass.commons.openapi;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** What the OAS filters share: the walk over every operation, the schemas of a content, a documented header. */
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

    /** The schemas of a request or response content, one per media type (none when there is no content). */
    public static List<Schema> schemas(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of()
                : content.getMediaTypes().values().stream().map(m -> m.getSchema()).toList();
    }

    /** A response header of one type, with what it means. */
    public static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}

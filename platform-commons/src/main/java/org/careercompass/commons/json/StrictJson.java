package org.careercompass.commons.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One JSON reading policy for every service: a value must have the type the field declares. Numbers are not enum
 * constants ({@code "phase": 5}), numbers and booleans are not strings ({@code "title": 123}), strings are not numbers
 * or booleans; a name appears once in an object ({@code {"title":"a","title":"b"}}: which one counts would depend on
 * the parser); a name the request does not define is a mistake to report, not to drop ({@code "expiresOn"} for
 * {@code "expiresAt"} would otherwise share a plan for ever); each such body is a 400 problem naming the field (see
 * ProblemMappers). What a service reads from another service is the opposite case: its client records take only the
 * fields they need and mark themselves {@code @JsonIgnoreProperties(ignoreUnknown = true)}, so a service may add fields
 * to its answers without breaking its consumers.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }
}

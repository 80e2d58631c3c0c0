package org.careercompass.commons.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import org.careercompass.commons.vocabulary.CalendarRange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One JSON reading policy for every service: a value must have the type the field declares. Numbers are not enum
 * constants ({@code "phase": 5}), numbers and booleans are not strings ({@code "title": 123}), strings are not numbers
 * or booleans; a name appears once in an object ({@code {"title":"a","title":"b"}}: which one counts would depend on
 * the parser); a date or date-time lies in {@link CalendarRange} (years 1900-2199); a name the request does not define
 * is a mistake to report, not to drop ({@code "expiresOn"} for {@code "expiresAt"} would otherwise share a plan for
 * ever); each such body is a 400 problem naming the field (see ProblemMappers). What a service reads from another
 * service is the opposite case: its client records take only the fields they need and mark themselves
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}, so a service may add fields to its answers without breaking its
 * consumers.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its own modules: the range-checking date readers replace java.time's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

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
        mapper.registerModule(new SimpleModule("calendar-range")
                .addDeserializer(LocalDate.class,
                        new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE, CalendarRange::contains))
                .addDeserializer(OffsetDateTime.class, new InRange<>(OffsetDateTime.class,
                        InstantDeserializer.OFFSET_DATE_TIME, CalendarRange::contains)));
    }

    /** Reads a date or date-time as Jackson does, then refuses one outside {@link CalendarRange} (a 400 naming it). */
    static final class InRange<T> extends StdDeserializer<T> {

        private final JsonDeserializer<T> reader;
        private final Predicate<T> inRange;

        InRange(Class<T> type, JsonDeserializer<T> reader, Predicate<T> inRange) {
            super(type);
            this.reader = reader;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            T value = reader.deserialize(parser, context);
            if (!inRange.test(value)) {
                throw InvalidFormatException.from(parser, "outside " + CalendarRange.RULE, text, handledType());
            }
            return value;
        }
    }
}

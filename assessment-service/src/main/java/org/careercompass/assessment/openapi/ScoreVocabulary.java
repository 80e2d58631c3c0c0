package org.careercompass.assessment.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.Instruments;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The score maps and item dimensions spelled out from the instruments themselves, so a generated client gets typed keys
 * instead of {@code Record<string, number>}: RIASEC scores have the six areas, value scores the six work values (each
 * always present), skill levels are keyed by the rated O*NET element ids, and an item's dimension is one of those
 * names.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ScoreVocabulary implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<String> skills = List.copyOf(Instruments.SKILL_ELEMENTS.keySet());
        keyed(schemas.get("InterestScores"), "raw", Instruments.RIASEC, Schema.SchemaType.INTEGER);
        keyed(schemas.get("InterestScores"), "profile", Instruments.RIASEC, Schema.SchemaType.NUMBER);
        keyed(schemas.get("ValueScores"), "raw", Instruments.WORK_VALUES, Schema.SchemaType.INTEGER);
        keyed(schemas.get("ValueScores"), "profile", Instruments.WORK_VALUES, Schema.SchemaType.NUMBER);
        Schema skillScores = schemas.get("SkillScores");
        if (skillScores != null && skillScores.getProperties() != null
                && skillScores.getProperties().get("levels") != null) {
            skillScores.getProperties().get("levels")
                    .propertyNames(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(new ArrayList<Object>(skills)))
                    .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                            .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(7)));
        }
        Schema item = schemas.get("Item");
        if (item != null && item.getProperties() != null && item.getProperties().get("dimension") != null) {
            List<Object> names = new ArrayList<>(Instruments.RIASEC);
            names.addAll(Instruments.WORK_VALUES);
            names.addAll(skills);
            item.getProperties().get("dimension").enumeration(names).description(
                    "What the item scores into: a RIASEC area (interest instrument), a work value (values instrument) or"
                            + " an O*NET skill element id (skills instrument)");
        }
    }

    /** The map property as an object with one required property per key. */
    private static void keyed(Schema owner, String property, List<String> keys, Schema.SchemaType valueType) {
        if (owner == null || owner.getProperties() == null || owner.getProperties().get(property) == null) {
            return;
        }
        Schema map = owner.getProperties().get(property);
        Map<String, Schema> properties = new LinkedHashMap<>();
        keys.forEach(k -> properties.put(k, OASFactory.createSchema().addType(valueType)));
        map.additionalPropertiesSchema((Schema) null).additionalPropertiesBoolean(Boolean.FALSE).properties(properties)
                .required(new ArrayList<>(keys));
    }
}

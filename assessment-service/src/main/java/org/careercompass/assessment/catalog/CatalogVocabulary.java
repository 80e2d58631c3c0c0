package org.careercompass.assessment.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The catalog's /api/v1/profiles/vocabulary: names of the knowledge areas and work activities profiles refer to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogVocabulary(List<Named> knowledge, List<Named> activities) {

    public static final CatalogVocabulary EMPTY = new CatalogVocabulary(List.of(), List.of());

    public CatalogVocabulary {
        knowledge = knowledge == null ? List.of() : knowledge;
        activities = activities == null ? List.of() : activities;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String id, String name) {
    }
}

package org.careercompass.catalog.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything parsed from one import, before anything is written. Parsers fill it; {@link CatalogWriter} writes it in
 * one transaction. Facets are keyed by O*NET-SOC code; wages by 6-digit SOC code.
 */
final class ImportBatch {

    record OccupationRow(String code, String title, String description, long line) {
    }

    /** Education, Training and Experience: the modal category of each scale. */
    record Education(Short entryEducation, String workExperience, String onTheJobTraining) {
    }

    record Related(String code, String tier, short rank) {
    }

    record Wage(Integer annualMedian, Integer p10, Integer p25, Integer p75, Integer p90, BigDecimal hourlyMedian) {
    }

    record PathStep(String from, String to, String kind, BigDecimal typicalYears, Short addedEducation,
            String addedCertification, String notes) {
    }

    final Map<String, OccupationRow> occupations = new LinkedHashMap<>();
    final Map<String, float[]> interests = new LinkedHashMap<>();
    final Map<String, float[]> workValues = new LinkedHashMap<>();
    /** code -> element id -> {importance, level}; NaN where a scale is absent. */
    final Map<String, Map<String, float[]>> skills = new LinkedHashMap<>();
    final Map<String, String> skillNames = new LinkedHashMap<>();
    final Map<String, Short> jobZones = new LinkedHashMap<>();
    final Map<String, Education> education = new LinkedHashMap<>();
    final Map<String, Set<String>> alternateTitles = new LinkedHashMap<>();
    final Map<String, List<Related>> related = new LinkedHashMap<>();
    final Map<String, Wage> wages = new LinkedHashMap<>();
    Short wageYear;
    String wageSource;

    /** Curated extras the public releases do not carry (seed set only). */
    final Map<String, List<String>> careerClusters = new LinkedHashMap<>();
    final Map<String, String> certificationNotes = new LinkedHashMap<>();
    final List<PathStep> paths = new ArrayList<>();

    final List<String> filesRead = new ArrayList<>();
    final List<String> filesMissing = new ArrayList<>();

    Set<String> alternateTitlesOf(String code) {
        return alternateTitles.computeIfAbsent(code, k -> new LinkedHashSet<>());
    }
}

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

    record Wage(Integer annualMedian, Integer p10, Integer p25, Integer p75, Integer p90, BigDecimal hourlyMedian,
            Integer annualMean, Integer employment, boolean topCoded) {
    }

    record Task(int id, String statement, Boolean core) {
    }

    record Technology(String example, Integer commodityCode, String commodityTitle, boolean hot, boolean inDemand) {
    }

    /** An O*NET Intermediate Work Activity: a group of Detailed Work Activities. */
    record ActivityGroup(String id, String elementId, String title) {
    }

    /** An O*NET Detailed Work Activity and the IWA it belongs to. */
    record Activity(String id, String iwa, String title) {
    }

    /** An O*NET Tools Used example and its UNSPSC commodity. */
    record Tool(String example, int commodityCode, String commodityTitle) {
    }

    /**
     * An ESCO occupation the crosswalk maps to an O*NET-SOC 2010 code, and that code; confidence as published (0.5, 1
     * or 2, highest).
     */
    record Esco(String uri, String title, String isco, String onet2010, Float confidence) {
    }

    record ReportedTitle(String title, boolean featured) {
    }

    /** A career cluster (by its title in the crosswalk) and one of its pathways. */
    record Pathway(String cluster, String pathway) {
    }

    record JobZoneInfo(short zone, String name, String experience, String education, String training, String examples,
            String svpRange) {
    }

    /** BLS Employment Projections for one 6-digit SOC code; employment in persons. */
    record Projection(Integer base, Integer projected, Integer change, BigDecimal changePercent, Integer openings,
            String education, String experience, String training) {
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

    /** A BLS OEWS area: metropolitan (MSA) or nonmetropolitan; states as in its title (e.g. "DC-VA-MD-WV"). */
    record Area(String code, String title, String kind, String states, Integer allOccupationsMedian) {
    }

    /** Wages of one 6-digit SOC code in one area; null where BLS published none. */
    record AreaWage(String area, String soc, Integer p10, Integer p25, Integer median, Integer p75, Integer p90,
            Integer mean, Integer employment, BigDecimal hourlyMedian, boolean topCoded) {
    }

    final Map<String, Area> areas = new LinkedHashMap<>();
    final List<AreaWage> areaWages = new ArrayList<>();
    Short areaWageYear;
    String areaWageSource;
    /** Which wage columns the area file had, e.g. "annual percentiles only". */
    String areaWageColumns;
    Short wageYear;
    String wageSource;
    Integer allOccupationsMedianPay;

    /** Holland code from the O*NET interest high points (IH scale), e.g. "CSE". */
    final Map<String, String> interestHighPoints = new LinkedHashMap<>();
    /** code -> element id -> {importance, level}, as for skills. */
    final Map<String, Map<String, float[]>> knowledge = new LinkedHashMap<>();
    final Map<String, String> knowledgeNames = new LinkedHashMap<>();
    /** Skill and knowledge element descriptions (Content Model Reference). */
    final Map<String, String> elementDescriptions = new LinkedHashMap<>();
    final Map<String, List<Task>> tasks = new LinkedHashMap<>();
    final Map<String, List<Technology>> technology = new LinkedHashMap<>();
    final Map<String, ActivityGroup> activityGroups = new LinkedHashMap<>();
    final Map<String, Activity> activities = new LinkedHashMap<>();
    /** code -> DWA id -> the ids of the occupation's tasks linked to it. */
    final Map<String, Map<String, Set<Integer>>> taskActivities = new LinkedHashMap<>();
    final Map<String, List<Tool>> tools = new LinkedHashMap<>();
    /** code -> importance (1-5) of completing an apprenticeship (O*NET ETE 3.A.4.a, IM scale). */
    final Map<String, Float> apprenticeship = new LinkedHashMap<>();
    /** O*NET-SOC 2019 code -> the ESCO occupations mapped to it; null when the import had no crosswalk. */
    Map<String, List<Esco>> esco;
    String escoSource;
    /** code -> percent of workers by RL category 1-12 (index 0-11); NaN where absent. */
    final Map<String, float[]> educationShares = new LinkedHashMap<>();
    final Map<String, List<ReportedTitle>> reportedTitles = new LinkedHashMap<>();
    final Map<String, List<Pathway>> pathways = new LinkedHashMap<>();
    final Map<Short, JobZoneInfo> jobZoneReference = new LinkedHashMap<>();
    final Map<String, Projection> projections = new LinkedHashMap<>();
    String projectionPeriod;
    /** Percent change of total employment over the projection period (the "average" of BLS' growth wording). */
    BigDecimal averageGrowthPercent;

    /** What the batch says about its releases; null where it does not cover one. */
    String onetRelease;
    String bundleVersion;
    String attribution;
    String loadedFrom;

    /** Curated extras the public releases do not carry (editorial layer only); added, never replacing. */
    final Map<String, Set<String>> curatedTitles = new LinkedHashMap<>();
    final Map<String, String> certificationNotes = new LinkedHashMap<>();
    final List<PathStep> paths = new ArrayList<>();

    final List<String> filesRead = new ArrayList<>();
    final List<String> filesMissing = new ArrayList<>();

    /** code -> alternate title -> number of O*NET sources reporting it (absent = 1). */
    final Map<String, Map<String, Integer>> titleSources = new LinkedHashMap<>();

    Set<String> alternateTitlesOf(String code) {
        return alternateTitles.computeIfAbsent(code, k -> new LinkedHashSet<>());
    }
}

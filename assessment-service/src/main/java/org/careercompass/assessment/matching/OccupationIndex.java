package org.careercompass.assessment.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careercompass.assessment.catalog.CatalogProfile;
import org.careercompass.assessment.catalog.CatalogVocabulary;
import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * Occupation profiles laid out for fast ranking: parallel arrays, interest and value vectors already centered and
 * scaled to unit length (so a Pearson correlation is one dot product), and each occupation's important skills as index
 * arrays. Immutable; built once per catalog refresh.
 */
public final class OccupationIndex {

    /** O*NET calls a skill important for an occupation from this importance (1-5 scale). */
    public static final float IMPORTANT = 3.0f;

    final int size;
    final String[] codes;
    final String[] titles;
    final String[] socGroups;
    final Set<String>[] clusters;
    final short[] jobZones;
    final short[] educations;
    final int[] pays;
    final double[][] interests;
    /** The catalog's RIASEC ratings (O*NET Occupational Interest Profile, 1-7), null where it has none. */
    final float[][] interestRatings;
    final double[][] values;
    final Map<String, Integer> byCode;
    final String[] skillIds;
    final Map<String, Integer> skillIndex;
    final int[][] skills;
    final float[][] importance;
    final float[][] levels;
    /** Whether the catalog rates the occupation's skills at all (some occupations have no skill ratings). */
    final boolean[] skillsRated;
    /** Level (0-7) of every skill by skill index, NaN where unrated; importance likewise. */
    final float[][] skillLevelsAll;
    final float[][] skillImportanceAll;
    /** Skill levels centered and scaled to unit length over every skill (null unless all are rated). */
    final double[][] skillProfiles;
    final String[] knowledgeIds;
    final float[][] knowledgeLevels;
    final float[][] knowledgeImportance;
    final double[][] knowledgeProfiles;
    /** Each occupation's Detailed Work Activities as sorted indexes into {@link #activityIds}. */
    final int[][] activities;
    final String[] activityIds;
    final String[] activityTitles;
    final String[] knowledgeNames;
    final CatalogProfile.Outlook[] outlooks;
    /** Every Career Cluster and SOC major group code some occupation belongs to. */
    private final Set<String> groups;

    @SuppressWarnings("unchecked")
    private OccupationIndex(List<CatalogProfile> profiles, CatalogVocabulary vocabulary) {
        size = profiles.size();
        codes = new String[size];
        titles = new String[size];
        socGroups = new String[size];
        clusters = new Set[size];
        jobZones = new short[size];
        educations = new short[size];
        pays = new int[size];
        interests = new double[size][];
        interestRatings = new float[size][];
        values = new double[size][];
        skills = new int[size][];
        importance = new float[size][];
        levels = new float[size][];
        skillsRated = new boolean[size];
        Map<String, Integer> ids = new HashMap<>();
        for (CatalogProfile p : profiles) {
            for (CatalogProfile.SkillLevel s : p.skills()) {
                ids.putIfAbsent(s.elementId(), ids.size());
            }
        }
        skillIndex = Map.copyOf(ids);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
            positions.put(profiles.get(i).code(), i);
        }
        byCode = Map.copyOf(positions);
        skillIds = new String[ids.size()];
        Set<String> allGroups = new HashSet<>();
        ids.forEach((id, i) -> skillIds[i] = id);
        for (int i = 0; i < size; i++) {
            CatalogProfile p = profiles.get(i);
            codes[i] = p.code();
            titles[i] = p.title();
            socGroups[i] = p.socGroup();
            clusters[i] = p.careerClusters() == null ? Set.of() : new HashSet<>(p.careerClusters());
            allGroups.addAll(clusters[i]);
            if (p.socGroup() != null) {
                allGroups.add(p.socGroup());
            }
            jobZones[i] = p.jobZone() == null ? 0 : p.jobZone();
            educations[i] = p.entryEducation() == null ? 0 : p.entryEducation();
            pays[i] = p.annualMedianPay() == null ? -1 : p.annualMedianPay();
            interests[i] = Vectors.standardize(p.interests());
            interestRatings[i] = p.interests();
            values[i] = Vectors.standardize(p.workValues());
            skillsRated[i] = p.skills() != null && !p.skills().isEmpty();
            List<CatalogProfile.SkillLevel> important = p.skills().stream().filter(s -> s.importance() >= IMPORTANT)
                    .toList();
            skills[i] = new int[important.size()];
            importance[i] = new float[important.size()];
            levels[i] = new float[important.size()];
            for (int k = 0; k < important.size(); k++) {
                skills[i][k] = ids.get(important.get(k).elementId());
                importance[i][k] = important.get(k).importance();
                levels[i][k] = important.get(k).level();
            }
        }
        groups = Set.copyOf(allGroups);

        Map<String, Integer> kIds = new HashMap<>();
        Map<String, Integer> aIds = new java.util.TreeMap<>();
        for (CatalogProfile p : profiles) {
            p.knowledge().forEach(k -> kIds.putIfAbsent(k.elementId(), kIds.size()));
            p.activities().forEach(a -> aIds.putIfAbsent(a, 0));
        }
        knowledgeIds = new String[kIds.size()];
        kIds.forEach((id, k) -> knowledgeIds[k] = id);
        activityIds = aIds.keySet().toArray(String[]::new);
        Map<String, Integer> activityIndex = new HashMap<>();
        for (int k = 0; k < activityIds.length; k++) {
            activityIndex.put(activityIds[k], k);
        }
        Map<String, String> kNames = new HashMap<>();
        vocabulary.knowledge().forEach(n -> kNames.put(n.id(), n.name()));
        Map<String, String> aTitles = new HashMap<>();
        vocabulary.activities().forEach(n -> aTitles.put(n.id(), n.name()));
        knowledgeNames = new String[knowledgeIds.length];
        for (int k = 0; k < knowledgeIds.length; k++) {
            knowledgeNames[k] = kNames.getOrDefault(knowledgeIds[k], knowledgeIds[k]);
        }
        activityTitles = new String[activityIds.length];
        for (int k = 0; k < activityIds.length; k++) {
            activityTitles[k] = aTitles.getOrDefault(activityIds[k], activityIds[k]);
        }
        skillLevelsAll = new float[size][];
        skillImportanceAll = new float[size][];
        skillProfiles = new double[size][];
        knowledgeLevels = new float[size][];
        knowledgeImportance = new float[size][];
        knowledgeProfiles = new double[size][];
        activities = new int[size][];
        outlooks = new CatalogProfile.Outlook[size];
        for (int i = 0; i < size; i++) {
            CatalogProfile p = profiles.get(i);
            skillLevelsAll[i] = aligned(p.skills(), ids, CatalogProfile.SkillLevel::level);
            skillImportanceAll[i] = aligned(p.skills(), ids, CatalogProfile.SkillLevel::importance);
            skillProfiles[i] = complete(skillLevelsAll[i]);
            knowledgeLevels[i] = aligned(p.knowledge(), kIds, CatalogProfile.SkillLevel::level);
            knowledgeImportance[i] = aligned(p.knowledge(), kIds, CatalogProfile.SkillLevel::importance);
            knowledgeProfiles[i] = complete(knowledgeLevels[i]);
            activities[i] = p.activities().stream().mapToInt(activityIndex::get).sorted().distinct().toArray();
            outlooks[i] = p.outlook();
        }
    }

    /** One value of each rating at its element's position; NaN where the occupation has no rating. */
    private static float[] aligned(List<CatalogProfile.SkillLevel> ratings, Map<String, Integer> positions,
            java.util.function.ToDoubleFunction<CatalogProfile.SkillLevel> value) {
        float[] aligned = new float[positions.size()];
        java.util.Arrays.fill(aligned, Float.NaN);
        for (CatalogProfile.SkillLevel rating : ratings) {
            aligned[positions.get(rating.elementId())] = (float) value.applyAsDouble(rating);
        }
        return aligned;
    }

    /** The vector standardized (centered, unit length) when every element is rated; null otherwise. */
    private static double[] complete(float[] levels) {
        for (float level : levels) {
            if (Float.isNaN(level)) {
                return null;
            }
        }
        return levels.length == 0 ? null : Vectors.standardize(levels);
    }

    public static OccupationIndex of(List<CatalogProfile> profiles) {
        return new OccupationIndex(profiles, CatalogVocabulary.EMPTY);
    }

    public static OccupationIndex of(List<CatalogProfile> profiles, CatalogVocabulary vocabulary) {
        return new OccupationIndex(profiles, vocabulary);
    }

    public int size() {
        return size;
    }

    /** Whether some occupation belongs to the Career Cluster or SOC major group with this code. */
    public boolean hasGroup(String code) {
        return groups.contains(code);
    }

    /** The typical entry education of occupation i; null when the catalog does not give one. */
    EducationLevel education(int i) {
        return educations[i] == 0 ? null : EducationLevel.ofCategory((int) educations[i]).orElse(null);
    }

    /** Position of an occupation, or -1 when the catalog does not have it. */
    public int indexOf(String code) {
        return byCode.getOrDefault(code, -1);
    }

    /** A person's skill levels aligned with this index's skill ids; NaN where the person gave no rating. */
    double[] align(Map<String, Integer> levels) {
        double[] aligned = new double[skillIds.length];
        for (int i = 0; i < skillIds.length; i++) {
            Integer level = levels.get(skillIds[i]);
            aligned[i] = level == null ? Double.NaN : level;
        }
        return aligned;
    }
}

package org.careercompass.catalog.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.occupation.BrightOutlook;
import org.careercompass.catalog.occupation.EntryEducation;
import org.careercompass.catalog.release.DataRelease;
import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.Representation;

/** Bulk reads for other services: every occupation's matching profile, and the skill elements. */
@ApplicationScoped
public class ProfileService {

    @Inject
    EntityManager em;

    @Inject
    ReleaseCache cache;

    @Inject
    ReleaseService releases;

    private record ProfilesKey() {
    }

    private record SkillsKey() {
    }

    private record VocabularyKey() {
    }

    /** The names behind the profiles' ids, kept per catalog generation. */
    public Representation vocabularyAnswer() {
        return cache.answer(new VocabularyKey(), this::vocabulary);
    }

    public ProfileVocabulary vocabulary() {
        return new ProfileVocabulary(
                named("SELECT element_id, name FROM skill WHERE kind = 'KNOWLEDGE' ORDER BY element_id"),
                named("SELECT dwa_id, title FROM work_activity ORDER BY dwa_id"));
    }

    private List<ProfileVocabulary.Named> named(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new ProfileVocabulary.Named((String) r[0], (String) r[1])).toList();
    }

    /** The profiles export, kept per catalog generation ({@link ReleaseCache}). */
    public Representation profilesAnswer() {
        return cache.answer(new ProfilesKey(), this::profiles);
    }

    /** The skill elements, kept per catalog generation. */
    public Representation skillsAnswer() {
        return cache.answer(new SkillsKey(), this::skills);
    }

    public List<SkillElement> skills() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT element_id, name, category, description FROM skill WHERE kind = 'SKILL' ORDER BY element_id")
                .getResultList();
        return rows.stream().map(r -> new SkillElement((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** Every occupation in code order, built from set-based queries whatever the catalog size. */
    public List<OccupationProfile> profiles() {
        Map<String, List<OccupationProfile.SkillLevel>> skills = levels("occupation_skill");
        Map<String, List<OccupationProfile.SkillLevel>> knowledge = levels("occupation_knowledge");
        Map<String, List<String>> activities = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> activityRows = em
                .createNativeQuery(
                        "SELECT DISTINCT occupation_code, dwa_id FROM task_activity ORDER BY occupation_code, dwa_id")
                .getResultList();
        for (Object[] r : activityRows) {
            activities.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        DataRelease release = releases.current();
        Map<String, List<String>> clusters = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> clusterRows = em
                .createNativeQuery("SELECT oc.occupation_code, c.code FROM occupation_cluster oc"
                        + " JOIN cluster c ON c.id = oc.cluster_id ORDER BY oc.occupation_code, c.code")
                .getResultList();
        for (Object[] r : clusterRows) {
            clusters.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.code, o.title, g.code, o.job_zone, o.entry_education, o.pay_annual_median, o.typical_education,
                       o.interest_realistic, o.interest_investigative, o.interest_artistic, o.interest_social,
                       o.interest_enterprising, o.interest_conventional,
                       o.value_achievement, o.value_working_conditions, o.value_recognition, o.value_relationships,
                       o.value_support, o.value_independence,
                       o.projection_period, o.employment_change_pct, o.annual_openings
                  FROM occupation o JOIN cluster g ON g.id = o.soc_group_id ORDER BY o.code""").getResultList();
        Map<String, OccupationProfile> profiles = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String code = (String) r[0];
            profiles.put(code,
                    new OccupationProfile(code, (String) r[1], (String) r[2], clusters.getOrDefault(code, List.of()),
                            r[3] == null ? null : ((Number) r[3]).shortValue(), entryEducation((String) r[6], r[4]),
                            r[5] == null ? null : ((Number) r[5]).intValue(), vector(r, 7), vector(r, 13),
                            skills.getOrDefault(code, List.of()), knowledge.getOrDefault(code, List.of()),
                            activities.getOrDefault(code, List.of()), outlook(r, release)));
        }
        return List.copyOf(profiles.values());
    }

    /** Ratings of one O*NET file by occupation, most important first. */
    private Map<String, List<OccupationProfile.SkillLevel>> levels(String table) {
        Map<String, List<OccupationProfile.SkillLevel>> levels = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT occupation_code, element_id, importance, level FROM " + table
                + " ORDER BY occupation_code, importance DESC, element_id").getResultList();
        for (Object[] r : rows) {
            levels.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new OccupationProfile.SkillLevel(
                    (String) r[1], ((Number) r[2]).floatValue(), ((Number) r[3]).floatValue()));
        }
        return levels;
    }

    private static OccupationProfile.Outlook outlook(Object[] r, DataRelease release) {
        String period = (String) r[19];
        if (period == null) {
            return null;
        }
        BigDecimal change = r[20] == null ? null : new BigDecimal(r[20].toString());
        Integer openings = r[21] == null ? null : ((Number) r[21]).intValue();
        List<BrightOutlook.Criterion> met = BrightOutlook.criteria(change, openings, period,
                release.averageGrowthPercent());
        return new OccupationProfile.Outlook(period, change == null ? null : change.doubleValue(), openings,
                met == null ? null : !met.isEmpty());
    }

    /** The typical entry education as an O*NET RL category, BLS first (see {@link EntryEducation}). */
    private static Short entryEducation(String bls, Object onetModal) {
        EducationLevel level = EntryEducation.of(bls, onetModal == null ? null : ((Number) onetModal).shortValue());
        return level == null ? null : (short) level.category();
    }

    private static float[] vector(Object[] row, int from) {
        float[] values = new float[6];
        for (int i = 0; i < 6; i++) {
            if (row[from + i] == null) {
                return null;
            }
            values[i] = ((Number) row[from + i]).floatValue();
        }
        return values;
    }
}

package org.careercompass.catalog.occupation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.area.AreaService;
import org.careercompass.catalog.area.AreaTable;
import org.careercompass.catalog.domain.ClusterScheme;
import org.careercompass.catalog.release.DataRelease;
import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.commons.web.Representation;

/**
 * Serves searches from a {@link SearchIndex} of the current catalog generation. The index is built on first use and
 * rebuilt when the generation changes (an import or an admin write, here or on another replica); building reads the
 * catalog in five queries (occupations, titles, cluster memberships, cluster codes, technology) and takes well under a
 * second on the full O*NET release.
 */
@ApplicationScoped
public class OccupationSearch {

    @Inject
    EntityManager em;

    @Inject
    ReleaseCache cache;

    @Inject
    AreaService areas;

    @Inject
    ReleaseService releases;

    private static Boolean bright(java.math.BigDecimal change, Integer openings, String period, DataRelease release) {
        List<BrightOutlook.Criterion> met = BrightOutlook.criteria(change, openings, period,
                release.averageGrowthPercent());
        return met == null ? null : !met.isEmpty();
    }

    /**
     * One page of the search; with an area, each hit's median there (by its SOC code; null where none is published) and
     * whether the area's wage file has a row for it.
     */
    public Page<OccupationSummary> search(OccupationCriteria criteria, PageRequest page) {
        String area = criteria.area();
        if (area == null) {
            return index().search(criteria, page);
        }
        AreaTable table = areas.table();
        return index().search(criteria, page, code -> table.median(area, code),
                code -> table.wage(area, AreaTable.soc(code)).isPresent());
    }

    private record SearchKey(OccupationCriteria criteria, int page, int size) {
    }

    /**
     * A search's finished answer: everyday queries repeat, so answers are kept for the catalog generation
     * ({@link ReleaseCache#answer}), with every other answer of the catalog.
     */
    public Representation answer(OccupationCriteria criteria, PageRequest page) {
        return cache.answer(new SearchKey(criteria, page.page(), page.size()), () -> search(criteria, page));
    }

    /**
     * Names each cluster or SOC group filter that is none of the catalog's in {@code params}, as it was given: an empty
     * page would hide the typo.
     */
    public void rejectUnknownGroups(OccupationCriteria criteria, String clusterGiven, String socGroupGiven,
            QueryParams params) {
        SearchIndex index = index();
        if (criteria.cluster() != null && !index.hasCluster(criteria.cluster())) {
            params.reject("cluster", "'" + clusterGiven.strip()
                    + "' is no Career Cluster or SOC major group of the catalog; GET /api/v1/clusters lists them");
        }
        if (criteria.socGroup() != null && !index.hasSocGroup(criteria.socGroup())) {
            params.reject("socGroup", "'" + socGroupGiven.strip()
                    + "' is no SOC major group of the catalog (such as 43-0000 or 43); GET /api/v1/clusters lists them");
        }
    }

    SearchIndex index() {
        return cache.structure(SearchIndex.class, this::build);
    }

    private SearchIndex build() {
        Set<String> careerClusters = new HashSet<>();
        Set<String> socGroups = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("SELECT code, scheme FROM cluster").getResultList();
        for (Object[] g : groups) {
            (ClusterScheme.SOC_GROUP.name().equals(g[1]) ? socGroups : careerClusters).add((String) g[0]);
        }
        return new SearchIndex(documents(), careerClusters, socGroups);
    }

    private List<SearchIndex.Document> documents() {
        Map<String, List<SearchIndex.Title>> titles = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> titleRows = em
                .createNativeQuery(
                        """
                                SELECT occupation_code, title, max(weight) FROM (
                                    SELECT occupation_code, lower(title) AS key, title, least(sources, 3) AS weight FROM alternate_title
                                    UNION ALL
                                    SELECT occupation_code, lower(title), title, CASE WHEN featured THEN 3 ELSE 1 END FROM reported_title
                                ) t GROUP BY occupation_code, key, title ORDER BY occupation_code, title""")
                .getResultList();
        for (Object[] r : titleRows) {
            titles.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new SearchIndex.Title((String) r[1], ((Number) r[2]).intValue()));
        }
        Map<String, Set<String>> clusters = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> clusterRows = em.createNativeQuery(
                "SELECT oc.occupation_code, c.code FROM occupation_cluster oc JOIN cluster c ON c.id = oc.cluster_id")
                .getResultList();
        for (Object[] r : clusterRows) {
            clusters.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        Map<String, List<SearchIndex.Technology>> technology = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> technologyRows = em.createNativeQuery(
                "SELECT occupation_code, example, in_demand FROM technology_skill ORDER BY occupation_code, example")
                .getResultList();
        for (Object[] r : technologyRows) {
            technology.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new SearchIndex.Technology((String) r[1], (Boolean) r[2]));
        }
        Map<String, Set<String>> isco = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> iscoRows = em
                .createNativeQuery("SELECT DISTINCT occupation_code, isco_code FROM occupation_esco").getResultList();
        for (Object[] r : iscoRows) {
            isco.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        DataRelease release = releases.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.code, o.title, g.code, o.job_zone, o.typical_education, o.entry_education, o.pay_annual_median,
                       coalesce(o.employment_oews, o.employment_base), o.description, o.employment_change_pct,
                       o.annual_openings, o.projection_period, o.typical_training, o.apprenticeship_importance
                  FROM occupation o JOIN cluster g ON g.id = o.soc_group_id""").getResultList();
        List<SearchIndex.Document> documents = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String code = (String) r[0];
            List<SearchIndex.Title> other = titles.getOrDefault(code, List.of());
            documents.add(new SearchIndex.Document(code, (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).shortValue(),
                    EntryEducation.of((String) r[4], r[5] == null ? null : ((Number) r[5]).shortValue()),
                    r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).intValue(),
                    (String) r[8], other, clusters.getOrDefault(code, Set.of()),
                    technology.getOrDefault(code, List.of()),
                    bright((java.math.BigDecimal) r[9], r[10] == null ? null : ((Number) r[10]).intValue(),
                            (String) r[11], release),
                    Apprenticeship.indicated(Apprenticeship.typical((String) r[12], r[11] != null),
                            r[13] == null ? null : ((Number) r[13]).floatValue(),
                            r[3] == null ? null : ((Number) r[3]).shortValue()),
                    isco.getOrDefault(code, Set.of()),
                    r[9] == null ? null : ((java.math.BigDecimal) r[9]).doubleValue(),
                    r[10] == null ? null : ((Number) r[10]).intValue()));
        }
        return documents;
    }
}

package org.careercompass.catalog.occupation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.EducationLevel;

/** Reads the facets of an occupation that live in their own tables: tasks, knowledge, technology and the rest. */
@ApplicationScoped
class OccupationFacets {

    /** Items of the capped lists in a detail answer; the sub-resources page through all. */
    static final int DETAIL_TASKS = 10;
    static final int DETAIL_TECHNOLOGY = 15;

    @Inject
    EntityManager em;

    record Facets(List<OccupationDetail.Pathway> pathways, List<String> sampleTitles, OccupationDetail.JobZone jobZone,
            List<OccupationDetail.EducationShare> education, OccupationDetail.TaskList tasks,
            List<OccupationDetail.SkillRequirement> knowledge, OccupationDetail.TechnologyList technology,
            List<OccupationDetail.RelatedOccupation> related, List<OccupationDetail.EscoOccupation> esco) {
    }

    Facets load(Occupation o) {
        String code = o.code;
        @SuppressWarnings("unchecked")
        List<Object[]> pathways = em.createNativeQuery("""
                SELECT c.code, c.title, p.pathway FROM occupation_pathway p JOIN cluster c ON c.id = p.cluster_id
                 WHERE p.occupation_code = :code ORDER BY c.code, p.pathway""").setParameter("code", code)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<String> sample = em
                .createNativeQuery(
                        "SELECT title FROM reported_title WHERE occupation_code = :code ORDER BY featured DESC, title")
                .setParameter("code", code).getResultList();
        OccupationDetail.JobZone zone = null;
        if (o.jobZone != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> zones = em.createNativeQuery("""
                    SELECT zone, name, experience, education, training, examples, svp_range FROM job_zone
                     WHERE zone = :zone""").setParameter("zone", o.jobZone).getResultList();
            zone = zones
                    .stream().map(z -> new OccupationDetail.JobZone(((Number) z[0]).shortValue(), (String) z[1],
                            (String) z[2], (String) z[3], (String) z[4], (String) z[5], (String) z[6]))
                    .findFirst().orElse(null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> shares = em
                .createNativeQuery(
                        "SELECT category, percent FROM education_share WHERE occupation_code = :code ORDER BY category")
                .setParameter("code", code).getResultList();
        List<OccupationDetail.EducationShare> education = shares.stream().map(r -> {
            EducationLevel level = EducationLevel.ofCategory(((Number) r[0]).intValue()).orElseThrow();
            return new OccupationDetail.EducationShare(level, level.label(), ((Number) r[1]).floatValue());
        }).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> knowledge = em.createNativeQuery("""
                SELECT k.element_id, s.name, k.importance, k.level FROM occupation_knowledge k
                  JOIN skill s ON s.element_id = k.element_id
                 WHERE k.occupation_code = :code ORDER BY k.importance DESC, k.element_id""").setParameter("code", code)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> related = em.createNativeQuery("""
                SELECT r.related_code, o.title, r.tier, r.rank FROM related_occupation r
                  JOIN occupation o ON o.code = r.related_code WHERE r.occupation_code = :code ORDER BY r.rank""")
                .setParameter("code", code).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> esco = em.createNativeQuery("""
                SELECT esco_uri, esco_title, isco_code, onet_2010_code, confidence FROM occupation_esco
                 WHERE occupation_code = :code ORDER BY confidence DESC NULLS LAST, esco_title, esco_uri""")
                .setParameter("code", code).getResultList();
        return new Facets(
                pathways.stream().map(r -> new OccupationDetail.Pathway((String) r[0], (String) r[1], (String) r[2]))
                        .toList(),
                sample, zone, education, taskList(taskPage(code, null, PageRequest.of(0, DETAIL_TASKS))),
                knowledge.stream()
                        .map(r -> new OccupationDetail.SkillRequirement((String) r[0], (String) r[1], "Knowledge",
                                ((Number) r[2]).floatValue(), ((Number) r[3]).floatValue()))
                        .toList(),
                technologyList(code, technologyPage(code, null, PageRequest.of(0, DETAIL_TECHNOLOGY))),
                related.stream()
                        .map(r -> new OccupationDetail.RelatedOccupation((String) r[0], (String) r[1], (String) r[2],
                                ((Number) r[3]).shortValue()))
                        .toList(),
                esco.stream().map(r -> new OccupationDetail.EscoOccupation((String) r[0], (String) r[1], (String) r[2],
                        (String) r[3], r[4] == null ? null : ((Number) r[4]).floatValue())).toList());
    }

    /** Tasks, core first, then by O*NET task id; {@code core} filters when given. */
    List<OccupationDetail.Task> tasks(String code, Boolean core, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT task_id, statement, core FROM task WHERE occupation_code = :code
                   AND (CAST(:core AS BOOLEAN) IS NULL OR core = CAST(:core AS BOOLEAN))
                 ORDER BY core DESC NULLS LAST, task_id LIMIT :limit OFFSET :offset""").setParameter("code", code)
                .setParameter("core", core == null ? null : core.toString()).setParameter("limit", page.size())
                .setParameter("offset", page.offset()).getResultList();
        return rows.stream()
                .map(r -> new OccupationDetail.Task(((Number) r[0]).intValue(), (String) r[1], (Boolean) r[2]))
                .toList();
    }

    Page<OccupationDetail.Task> taskPage(String code, Boolean core, PageRequest page) {
        long total = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM task WHERE occupation_code = :code
                   AND (CAST(:core AS BOOLEAN) IS NULL OR core = CAST(:core AS BOOLEAN))""").setParameter("code", code)
                .setParameter("core", core == null ? null : core.toString()).getSingleResult()).longValue();
        return Page.of(total == 0 ? List.of() : tasks(code, core, page), page, total);
    }

    /** Technology, hot first, then in demand, then by name; {@code hot} filters when given. */
    List<OccupationDetail.Technology> technology(String code, Boolean hot, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT example, commodity_title, hot, in_demand FROM technology_skill WHERE occupation_code = :code
                   AND (CAST(:hot AS BOOLEAN) IS NULL OR hot = CAST(:hot AS BOOLEAN))
                 ORDER BY hot DESC, in_demand DESC, example LIMIT :limit OFFSET :offset""").setParameter("code", code)
                .setParameter("hot", hot == null ? null : hot.toString()).setParameter("limit", page.size())
                .setParameter("offset", page.offset()).getResultList();
        return rows.stream()
                .map(r -> new OccupationDetail.Technology((String) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3]))
                .toList();
    }

    Page<OccupationDetail.Technology> technologyPage(String code, Boolean hot, PageRequest page) {
        long total = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM technology_skill WHERE occupation_code = :code
                   AND (CAST(:hot AS BOOLEAN) IS NULL OR hot = CAST(:hot AS BOOLEAN))""").setParameter("code", code)
                .setParameter("hot", hot == null ? null : hot.toString()).getSingleResult()).longValue();
        return Page.of(total == 0 ? List.of() : technology(code, hot, page), page, total);
    }

    private static OccupationDetail.TaskList taskList(Page<OccupationDetail.Task> page) {
        return new OccupationDetail.TaskList((int) page.totalItems(), page.items());
    }

    private OccupationDetail.TechnologyList technologyList(String code, Page<OccupationDetail.Technology> page) {
        return new OccupationDetail.TechnologyList((int) page.totalItems(), hotCount(code), page.items());
    }

    private int hotCount(String code) {
        return ((Number) em
                .createNativeQuery("SELECT count(*) FROM technology_skill WHERE occupation_code = :code AND hot")
                .setParameter("code", code).getSingleResult()).intValue();
    }
}

package org.careercompass.catalog.occupation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.cluster.Cluster;
import org.careercompass.catalog.cluster.ClusterScheme;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.EntityTags;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Occupation reads (search, detail) and admin writes. Reads run without a transaction. */
@ApplicationScoped
public class OccupationService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public Page<OccupationSummary> search(OccupationCriteria criteria, PageRequest page) {
        OccupationSearchQuery query = OccupationSearchQuery.of(criteria);
        Query count = em.createNativeQuery(query.countSql());
        query.parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        Query select = em.createNativeQuery(query.pageSql());
        query.parameters.forEach(select::setParameter);
        query.rankParameters.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<OccupationSummary> items = rows.stream().map(OccupationService::summary).toList();
        return Page.of(items, page, total);
    }

    private static OccupationSummary summary(Object[] row) {
        Short education = row[4] == null ? null : ((Number) row[4]).shortValue();
        Double relevance = row[6] == null ? null : Math.round(((Number) row[6]).doubleValue() * 10_000) / 10_000.0;
        return new OccupationSummary((String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).shortValue(),
                EducationLevel.ofCategory(education == null ? null : (int) education).orElse(null),
                row[5] == null ? null : ((Number) row[5]).intValue(), relevance);
    }

    public OccupationDetail get(String code) {
        return toDetail(find(code));
    }

    public Occupation find(String code) {
        Occupation occupation = Occupation.findById(code);
        if (occupation == null) {
            throw ProblemException.notFound("Occupation", code);
        }
        return occupation;
    }

    @Transactional
    public OccupationDetail create(OccupationInput input) {
        if (Occupation.findById(input.code()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Occupation '" + input.code() + "' already exists",
                    List.of(new Problem.FieldError("code", "already exists")));
        }
        Occupation occupation = new Occupation();
        occupation.code = input.code();
        write(input, occupation);
        occupation.persist();
        return afterWrite(occupation);
    }

    @Transactional
    public OccupationDetail update(String code, OccupationInput input, String ifMatch) {
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path (" + code + ")");
        }
        Occupation occupation = find(code);
        EntityTags.checkIfMatch(ifMatch, mapper, toDetail(occupation));
        write(input, occupation);
        return afterWrite(occupation);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Occupation occupation = find(code);
        EntityTags.checkIfMatch(ifMatch, mapper, toDetail(occupation));
        occupation.delete();
        em.flush();
    }

    private void write(OccupationInput input, Occupation occupation) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String socCode = Cluster.socGroupCodeOf(input.code());
        Cluster socGroup = Cluster.findByCode(socCode).filter(c -> c.scheme == ClusterScheme.SOC_GROUP).orElse(null);
        if (socGroup == null) {
            errors.add(new Problem.FieldError("code", "no SOC major group " + socCode + " exists"));
        }
        Set<Cluster> clusters = new HashSet<>();
        List<String> clusterCodes = input.careerClusters() == null ? List.of() : input.careerClusters();
        for (int i = 0; i < clusterCodes.size(); i++) {
            Cluster cluster = Cluster.findByCode(clusterCodes.get(i))
                    .filter(c -> c.scheme == ClusterScheme.CAREER_CLUSTER).orElse(null);
            if (cluster == null) {
                errors.add(new Problem.FieldError("careerClusters[" + i + "]", "unknown career cluster"));
            } else {
                clusters.add(cluster);
            }
        }
        if (input.skills() != null) {
            Set<String> known = skillCatalog().keySet();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.skills().size(); i++) {
                String id = input.skills().get(i).elementId();
                if (!known.contains(id)) {
                    errors.add(new Problem.FieldError("skills[" + i + "].elementId", "unknown skill element"));
                } else if (!seen.add(id)) {
                    errors.add(new Problem.FieldError("skills[" + i + "].elementId", "listed twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        OccupationMapper.apply(input, occupation);
        occupation.socGroup = socGroup;
        occupation.careerClusters.clear();
        occupation.careerClusters.addAll(clusters);
    }

    private OccupationDetail afterWrite(Occupation occupation) {
        em.flush();
        em.createNativeQuery("SELECT refresh_occupation_search(string_to_array(:code, ','))")
                .setParameter("code", occupation.code).getSingleResult();
        return toDetail(occupation);
    }

    OccupationDetail toDetail(Occupation occupation) {
        return OccupationMapper.toDetail(occupation, skillCatalog(), related(occupation.code));
    }

    Map<String, Skill> skillCatalog() {
        List<Skill> skills = Skill.listAll();
        return skills.stream().collect(Collectors.toMap(s -> s.elementId, Function.identity()));
    }

    private List<OccupationDetail.RelatedOccupation> related(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.related_code, o.title, r.tier FROM related_occupation r"
                + " JOIN occupation o ON o.code = r.related_code WHERE r.occupation_code = :code ORDER BY r.rank")
                .setParameter("code", code).getResultList();
        return rows.stream()
                .map(r -> new OccupationDetail.RelatedOccupation((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}

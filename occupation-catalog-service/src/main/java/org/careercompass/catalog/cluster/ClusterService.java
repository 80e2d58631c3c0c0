package org.careercompass.catalog.cluster;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.domain.Cluster;
import org.careercompass.catalog.domain.ClusterScheme;
import org.careercompass.catalog.occupation.OccupationCriteria;
import org.careercompass.catalog.occupation.OccupationService;
import org.careercompass.catalog.occupation.OccupationSort;
import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.ClusterCodes;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

@ApplicationScoped
public class ClusterService {

    @Inject
    EntityManager em;

    @Inject
    OccupationService occupations;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseCache cache;

    public List<ClusterSummary> list(ClusterScheme scheme) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.code, c.scheme, c.title, c.description,
                       (SELECT count(*) FROM occupation o WHERE o.soc_group_id = c.id)
                     + (SELECT count(*) FROM occupation_cluster oc WHERE oc.cluster_id = c.id)
                  FROM cluster c
                 WHERE CAST(:scheme AS VARCHAR) IS NULL OR c.scheme = CAST(:scheme AS VARCHAR)
                 ORDER BY c.scheme DESC, c.code""").setParameter("scheme", scheme == null ? null : scheme.name())
                .getResultList();
        return rows.stream().map(r -> new ClusterSummary((String) r[0], ClusterScheme.valueOf((String) r[1]),
                (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    private record ListKey(ClusterScheme scheme) {
    }

    private record DetailKey(String code, Browse filter, int page, int size) {
    }

    /** What a browse narrows a cluster's occupations to; every field optional. */
    /** What a browse narrows to, and the area (null: none) whose medians each occupation then carries. */
    public record Browse(Integer maxJobZone, EducationLevel maxEducation, Boolean brightOutlook, Boolean apprenticeship,
            String area) {
        public static final Browse ALL = new Browse(null, null, null, null, null);
    }

    /** The cluster list's finished answer in the current catalog generation ({@link ReleaseCache}). */
    public Representation listAnswer(ClusterScheme scheme) {
        return cache.answer(new ListKey(scheme), () -> list(scheme));
    }

    /** One page of a cluster, kept per catalog generation ({@link ReleaseCache}). */
    public Representation detail(String code, Browse filter, PageRequest page) {
        return cache.answer(new DetailKey(ClusterCodes.canonical(code), filter, page.page(), page.size()),
                () -> get(code, filter, page));
    }

    /** One page of a cluster; the code as people write it ({@link ClusterCodes}). */
    public ClusterDetail get(String code, Browse filter, PageRequest page) {
        Cluster cluster = find(ClusterCodes.canonical(code), code);
        OccupationCriteria members = new OccupationCriteria(null, cluster.code, null, null, null, filter.maxEducation(),
                null, null, OccupationSort.TITLE, filter.area(), null, filter.maxJobZone(), filter.brightOutlook(),
                filter.apprenticeship(), null, false);
        return new ClusterDetail(cluster.code, cluster.scheme, cluster.title, cluster.description,
                occupations.search(members, page));
    }

    @Transactional
    public ClusterSummary create(ClusterInput input) {
        if (Cluster.findByCode(input.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Cluster '" + input.code() + "' already exists",
                    List.of(new Problem.FieldError("code", "already exists")));
        }
        checkCodeFitsScheme(input);
        Cluster cluster = new Cluster();
        cluster.code = input.code();
        cluster.scheme = input.scheme();
        cluster.title = input.title().trim();
        cluster.description = input.description();
        cluster.persist();
        releases.touch();
        return summary(cluster);
    }

    @Transactional
    public ClusterSummary update(String code, ClusterInput input, String ifMatch) {
        Cluster cluster = find(code);
        EntityTags.checkIfMatch(ifMatch, mapper, summary(cluster));
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path (" + code + ")");
        }
        if (input.scheme() != cluster.scheme) {
            throw ProblemException.invalid("scheme", "cannot change; create a new cluster instead");
        }
        cluster.title = input.title().trim();
        cluster.description = input.description();
        em.flush();
        releases.touch();
        return summary(cluster);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Cluster cluster = find(code);
        EntityTags.checkIfMatch(ifMatch, mapper, summary(cluster));
        if (cluster.scheme == ClusterScheme.SOC_GROUP
                && ((Number) em.createNativeQuery("SELECT count(*) FROM occupation WHERE soc_group_id = :id")
                        .setParameter("id", cluster.id).getSingleResult()).longValue() > 0) {
            throw ProblemException
                    .conflict("SOC group '" + code + "' still has occupations; delete or move them first");
        }
        cluster.delete();
        releases.touch();
        em.flush();
    }

    private static void checkCodeFitsScheme(ClusterInput input) {
        boolean socShaped = input.code().matches("\\d{2}-0000");
        if (socShaped != (input.scheme() == ClusterScheme.SOC_GROUP)) {
            throw ProblemException.invalid("code", input.scheme() == ClusterScheme.SOC_GROUP
                    ? "a SOC group code looks like 43-0000" : "a Career Cluster code is a lower-case slug");
        }
    }

    private ClusterSummary summary(Cluster cluster) {
        em.flush();
        long count = ((Number) em
                .createNativeQuery("SELECT (SELECT count(*) FROM occupation o WHERE o.soc_group_id = :id)"
                        + " + (SELECT count(*) FROM occupation_cluster oc WHERE oc.cluster_id = :id)")
                .setParameter("id", cluster.id).getSingleResult()).longValue();
        return new ClusterSummary(cluster.code, cluster.scheme, cluster.title, cluster.description, count);
    }

    private Cluster find(String code) {
        return find(code, code);
    }

    /** The cluster with this code; a 404 names it as it was {@code given}. */
    private static Cluster find(String code, String given) {
        return Cluster.findByCode(code).orElseThrow(() -> ProblemException.notFound("Cluster", given));
    }
}

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
import jakarta.transaction.Transactional;

import org.careercompass.catalog.area.AreaService;
import org.careercompass.catalog.area.AreaTable;
import org.careercompass.catalog.area.AreaView;
import org.careercompass.catalog.domain.Cluster;
import org.careercompass.catalog.domain.ClusterScheme;
import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.catalog.work.WorkService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Occupation reads (search, detail) and admin writes. Reads run without a transaction. */
@ApplicationScoped
public class OccupationService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    OccupationSearch search;

    @Inject
    OccupationFacets facets;

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseCache cache;

    @Inject
    AreaService areas;

    @Inject
    WorkService work;

    public Page<OccupationSummary> search(OccupationCriteria criteria, PageRequest page) {
        return search.search(criteria, page);
    }

    /** Rejects, in {@code params}, a cluster or SOC group filter the catalog does not have. */
    public void rejectUnknownGroups(OccupationCriteria criteria, String cluster, String socGroup, QueryParams params) {
        search.rejectUnknownGroups(criteria, cluster, socGroup, params);
    }

    /** A search's finished answer, kept for repeated searches of the same catalog generation. */
    public Representation searchAnswer(OccupationCriteria criteria, PageRequest page) {
        return search.answer(criteria, page);
    }

    private record DetailKey(String code, String area) {
    }

    private record LocalPayKey(String code, String area) {
    }

    /**
     * One occupation's finished answer, kept after its first read in the current catalog generation
     * ({@link ReleaseCache}).
     */
    public Representation detail(String code) {
        return detail(code, null);
    }

    /** As {@link #detail(String)}, with what it pays in an area (a 400 naming {@code area} for an unknown code). */
    public Representation detail(String code, String area) {
        String canonical = OccupationCodes.canonical(code);
        if (area == null) {
            return cache.answer(new DetailKey(canonical, null), () -> get(canonical));
        }
        AreaTable.Area where = areas.requireArea("area", area);
        return cache.answer(new DetailKey(canonical, where.code()), () -> {
            OccupationDetail detail = get(canonical);
            return detail.withLocalPay(localPay(where, detail));
        });
    }

    /** What an occupation pays in an area beside the national figures. */
    public Representation localPay(String code, String area) {
        String canonical = OccupationCodes.canonical(code);
        AreaTable.Area where = areas.requireArea("area", area);
        return cache.answer(new LocalPayKey(canonical, where.code()), () -> {
            OccupationDetail detail = get(canonical);
            return new OccupationLocalPay(detail.code(), detail.title(), detail.pay(), localPay(where, detail),
                    detail.release());
        });
    }

    private AreaView.LocalPay localPay(AreaTable.Area where, OccupationDetail detail) {
        return areas.localPay(where, AreaTable.soc(detail.code()), detail.pay().annualMedian());
    }

    /** One occupation; the code as people write it ({@link OccupationCodes}). */
    public OccupationDetail get(String code) {
        return toDetail(read(code));
    }

    public Page<OccupationDetail.Task> tasks(String code, Boolean core, PageRequest page) {
        Occupation occupation = read(code);
        return facets.taskPage(occupation.code, core, page);
    }

    private record ActivitiesKey(String code, PageRequest page) {
    }

    private record ToolsKey(String code, PageRequest page) {
    }

    /** A page of the occupation's work activities, kept per catalog generation (a 404 for an unknown code). */
    public Representation activities(String code, PageRequest page) {
        return cache.answer(new ActivitiesKey(OccupationCodes.canonical(code), page),
                () -> work.activityPage(read(code).code, page));
    }

    /** A page of the occupation's tools, kept per catalog generation (a 404 for an unknown code). */
    public Representation tools(String code, PageRequest page) {
        return cache.answer(new ToolsKey(OccupationCodes.canonical(code), page),
                () -> work.toolPage(read(code).code, page));
    }

    public Page<OccupationDetail.Technology> technology(String code, Boolean hot, PageRequest page) {
        Occupation occupation = read(code);
        return facets.technologyPage(occupation.code, hot, page);
    }

    /**
     * The occupation a reader means: the code as people write it ({@code 43-4171} is {@code 43-4171.00},
     * {@link OccupationCodes}). Writes take the exact code ({@link #find}).
     */
    public Occupation read(String code) {
        return byCode(OccupationCodes.canonical(code), code);
    }

    /** The occupation with exactly this code, for writes. */
    public Occupation find(String code) {
        return byCode(code, code);
    }

    private Occupation byCode(String code, String given) {
        Occupation occupation = Occupation.findById(code);
        if (occupation == null) {
            throw notFound(given, code);
        }
        return occupation;
    }

    /**
     * 404, naming the O*NET-SOC occupations of the same SOC code when there are some ({@code 15-1299.10} does not
     * exist; {@code 15-1299.00} to {@code .09} do), so a reader with a mistyped suffix learns which codes to use.
     */
    private ProblemException notFound(String given, String canonical) {
        String soc = OccupationCodes.soc(canonical);
        if (soc != null) {
            List<String> detailed = em
                    .createQuery("SELECT o.code || ' (' || o.title || ')' FROM Occupation o WHERE o.code LIKE :soc"
                            + " ORDER BY o.code", String.class)
                    .setParameter("soc", soc + ".%").setMaxResults(20).getResultList();
            if (!detailed.isEmpty()) {
                return new ProblemException(ProblemType.NOT_FOUND, "Occupation '" + given.strip()
                        + "' does not exist; SOC " + soc + " has " + String.join(", ", detailed));
            }
        }
        return ProblemException.notFound("Occupation", given);
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
        releases.touch();
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
            Set<String> known = skillCatalog().values().stream().filter(s -> !"KNOWLEDGE".equals(s.kind))
                    .map(s -> s.elementId).collect(Collectors.toSet());
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
        errors.addAll(PayRules.check(input.pay()));
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
        releases.touch();
        return toDetail(occupation);
    }

    OccupationDetail toDetail(Occupation occupation) {
        return OccupationMapper.toDetail(occupation, skillCatalog(), facets.load(occupation), releases.current(),
                work.activityGroups(occupation.code), work.tools(occupation.code));
    }

    /** The skill elements admins may rate (knowledge areas are imported only). */
    Map<String, Skill> skillCatalog() {
        List<Skill> skills = Skill.listAll();
        return skills.stream().collect(Collectors.toMap(s -> s.elementId, Function.identity()));
    }
}

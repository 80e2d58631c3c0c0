package org.careercompass.catalog.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.area.AreaService;
import org.careercompass.catalog.area.AreaTable;
import org.careercompass.catalog.area.AreaView;
import org.careercompass.catalog.occupation.EntryEducation;
import org.careercompass.catalog.occupation.Occupation;
import org.careercompass.catalog.occupation.OccupationService;
import org.careercompass.catalog.path.PathViews.CareerPath;
import org.careercompass.catalog.path.PathViews.CareerPaths;
import org.careercompass.catalog.path.PathViews.OccupationRef;
import org.careercompass.catalog.path.PathViews.Origin;
import org.careercompass.catalog.path.PathViews.Step;
import org.careercompass.catalog.path.PathViews.StepInput;
import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PathService {

    /** At most this many paths are found by one search; they are served a page at a time. */
    public static final int MAX_PATHS = 100;

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

    @Inject
    AreaService areas;

    private record FromKey(String code, int maxSteps, PageRequest page, String area) {
    }

    private record BetweenKey(String from, String to, int maxSteps, PageRequest page, String area) {
    }

    private record StepKey(long id) {
    }

    private record StepsKey(String from, String to, PageRequest page, String area) {
    }

    /** Steps leaving or entering an occupation (null: any), kept per catalog generation; the area as for paths. */
    public Representation stepsAnswer(String from, String to, PageRequest page, String area) {
        String fromCode = OccupationCodes.canonical(from);
        String toCode = OccupationCodes.canonical(to);
        AreaTable.Area where = area == null ? null : areas.requireArea("area", area);
        return cache.answer(new StepsKey(fromCode, toCode, page, area), () -> steps(fromCode, toCode, page, where));
    }

    /**
     * Paths from an occupation, kept per catalog generation ({@link ReleaseCache}); with an area (null: none), each
     * path's pay change on that area's medians too.
     */
    public Representation fromAnswer(String code, int maxSteps, PageRequest page, String area) {
        String canonical = OccupationCodes.canonical(code);
        AreaTable.Area where = area == null ? null : areas.requireArea("area", area);
        return cache.answer(new FromKey(canonical, maxSteps, page, area), () -> from(canonical, maxSteps, page, where));
    }

    /** Paths between two occupations, kept per catalog generation; the area as for {@link #fromAnswer}. */
    public Representation betweenAnswer(String fromCode, String toCode, int maxSteps, PageRequest page, String area) {
        String from = OccupationCodes.canonical(fromCode);
        String to = OccupationCodes.canonical(toCode);
        AreaTable.Area where = area == null ? null : areas.requireArea("area", area);
        return cache.answer(new BetweenKey(from, to, maxSteps, page, area),
                () -> between(from, to, maxSteps, page, where));
    }

    /** One step, kept per catalog generation. */
    public Representation stepAnswer(long id) {
        return cache.answer(new StepKey(id), () -> step(id));
    }

    public CareerPaths from(String code, int maxSteps, PageRequest page, AreaTable.Area area) {
        Occupation start = occupations.read(code);
        List<List<PathFinder.Edge>> found = finder().from(start.code, maxSteps, MAX_PATHS);
        return paths(ref(start), null, maxSteps, found, page, area);
    }

    public CareerPaths between(String fromCode, String toCode, int maxSteps, PageRequest page, AreaTable.Area area) {
        Occupation from = occupations.read(fromCode);
        Occupation to = occupations.read(toCode);
        List<List<PathFinder.Edge>> found = finder().between(from.code, to.code, maxSteps, MAX_PATHS);
        return paths(ref(from), ref(to), maxSteps, found, page, area);
    }

    /** One page of the paths found, best first; only that page's steps are read. */
    private CareerPaths paths(OccupationRef from, OccupationRef to, int maxSteps, List<List<PathFinder.Edge>> found,
            PageRequest page, AreaTable.Area area) {
        Page<CareerPath> shown = Page.of(toPaths(page.slice(found), area), page, found.size());
        return new CareerPaths(from, to, maxSteps, shown.items(), shown.page(), shown.size(), shown.totalItems(),
                shown.totalPages());
    }

    /**
     * Steps leaving or entering an occupation (canonical codes; null: any); with an area (null: none), each step's pay
     * change there too.
     */
    public Page<Step> steps(String from, String to, PageRequest page, AreaTable.Area area) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" AND fromCode = :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND toCode = :to");
            params.put("to", to);
        }
        var query = CareerPathStep.<CareerPathStep> find(where.toString(), Sort.by("fromCode").and("toCode"), params);
        long total = query.count();
        List<CareerPathStep> items = query.page(page.page(), page.size()).list();
        return Page.of(views(items, area), page, total);
    }

    public Step step(long id) {
        return views(List.of(find(id)), null).get(0);
    }

    @Transactional
    public Step create(StepInput input) {
        validate(input);
        CareerPathStep step = CareerPathStep
                .<CareerPathStep> find("fromCode = ?1 and toCode = ?2", input.from(), input.to()).firstResultOptional()
                .orElse(null);
        if (step != null && step.curated) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A step from " + input.from() + " to " + input.to() + " already exists",
                    List.of(new Problem.FieldError("to", "step already exists")));
        }
        if (step == null) {
            step = new CareerPathStep();
        }
        // A curated step replaces a derived one between the same occupations
        apply(input, step);
        step.curated = true;
        step.relatedness = null;
        step.persist();
        em.flush();
        releases.touch();
        return step(step.id);
    }

    @Transactional
    public Step update(long id, StepInput input, String ifMatch) {
        CareerPathStep step = find(id);
        EntityTags.checkIfMatch(ifMatch, mapper, step(id));
        validate(input);
        if (CareerPathStep.count("fromCode = ?1 and toCode = ?2 and id <> ?3", input.from(), input.to(), id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A step from " + input.from() + " to " + input.to() + " already exists",
                    List.of(new Problem.FieldError("to", "step already exists")));
        }
        apply(input, step);
        step.curated = true;
        em.flush();
        releases.touch();
        return step(id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CareerPathStep step = find(id);
        EntityTags.checkIfMatch(ifMatch, mapper, step(id));
        step.delete();
        em.flush();
        releases.touch();
    }

    private void validate(StepInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (Occupation.findById(input.from()) == null) {
            errors.add(new Problem.FieldError("from", "unknown occupation code"));
        }
        if (Occupation.findById(input.to()) == null) {
            errors.add(new Problem.FieldError("to", "unknown occupation code"));
        }
        if (input.from().equals(input.to())) {
            errors.add(new Problem.FieldError("to", "must differ from 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).field() + ": " + errors.get(0).message(),
                    errors);
        }
    }

    private static void apply(StepInput input, CareerPathStep step) {
        step.fromCode = input.from();
        step.toCode = input.to();
        step.kind = input.kind();
        step.typicalYears = input.typicalYears();
        step.addedEducation = input.addedEducation() == null ? null : (short) input.addedEducation().category();
        step.addedCertification = input.addedCertification();
        step.notes = input.notes();
    }

    private CareerPathStep find(long id) {
        CareerPathStep step = CareerPathStep.findById(id);
        if (step == null) {
            throw ProblemException.notFound("Path step", Long.toString(id));
        }
        return step;
    }

    /** The graph of every step, built once per catalog generation. */
    private PathFinder finder() {
        return cache.structure(PathFinder.class, this::loadFinder);
    }

    private PathFinder loadFinder() {
        List<CareerPathStep> all = CareerPathStep.listAll();
        return new PathFinder(all.stream()
                .map(s -> new PathFinder.Edge(s.id, s.fromCode, s.toCode,
                        s.typicalYears == null ? Double.NaN : s.typicalYears.doubleValue(),
                        s.curated || s.relatedness == null ? 0 : s.relatedness))
                .toList());
    }

    private List<CareerPath> toPaths(List<List<PathFinder.Edge>> found, AreaTable.Area area) {
        Set<Long> ids = new HashSet<>();
        found.forEach(p -> p.forEach(e -> ids.add(e.id())));
        Map<Long, Step> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            List<CareerPathStep> steps = CareerPathStep.list("id in ?1", ids);
            views(steps, area).forEach(v -> byId.put(v.id(), v));
        }
        return found.stream().map(path -> {
            List<Step> steps = path.stream().map(e -> byId.get(e.id())).toList();
            Step first = steps.get(0);
            Step last = steps.get(steps.size() - 1);
            double years = PathFinder.years(path);
            return new CareerPath(steps, steps.size(), Double.isNaN(years) ? null : years, PathFinder.knownYears(path),
                    PathFinder.stepsWithoutYears(path),
                    RequirementDelta.payChange(first.requirements().payChange().fromAnnualMedian(),
                            last.requirements().payChange().toAnnualMedian()),
                    area == null ? null : localPayChange(area, first.from(), last.to()));
        }).toList();
    }

    /** The change between two occupations' medians in an area, or null figures and a note where one is unpublished. */
    private PathViews.LocalPayChange localPayChange(AreaTable.Area area, OccupationRef from, OccupationRef to) {
        AreaTable table = areas.table();
        Integer fromMedian = table.median(area.code(), from.code());
        Integer toMedian = table.median(area.code(), to.code());
        RequirementDelta.PayChange change = RequirementDelta.payChange(fromMedian, toMedian);
        List<String> missing = new java.util.ArrayList<>();
        if (fromMedian == null) {
            missing.add(from.title());
        }
        if (toMedian == null && !to.code().equals(from.code())) {
            missing.add(to.title());
        }
        String note = missing.isEmpty() ? null : "BLS published no median for " + String.join(" or ", missing) + " in "
                + area.title() + "; the national change stands.";
        return new PathViews.LocalPayChange(new AreaView.Ref(area.code(), area.title()), change.fromAnnualMedian(),
                change.toAnnualMedian(), change.change(), change.changePercent(), areas.source(), note);
    }

    /**
     * Views of steps, loading the facts of every occupation involved in two queries; with an area (null: none), each
     * step's pay change on its medians.
     */
    private List<Step> views(List<CareerPathStep> steps, AreaTable.Area area) {
        Set<String> codes = new HashSet<>();
        steps.forEach(s -> {
            codes.add(s.fromCode);
            codes.add(s.toCode);
        });
        Map<String, OccupationRef> refs = new HashMap<>();
        Map<String, RequirementDelta.Facts> facts = facts(codes, refs);
        return steps.stream().map(s -> {
            OccupationRef from = refs.get(s.fromCode);
            OccupationRef to = refs.get(s.toCode);
            return new Step(s.id, from, to, s.kind, s.curated ? Origin.CURATED : Origin.DERIVED, s.typicalYears,
                    s.notes, RequirementDelta.between(facts.get(s.fromCode), facts.get(s.toCode),
                            education(s.addedEducation), s.addedCertification),
                    area == null ? null : localPayChange(area, from, to));
        }).toList();
    }

    private Map<String, RequirementDelta.Facts> facts(Set<String> codes, Map<String, OccupationRef> refs) {
        Map<String, RequirementDelta.Facts> facts = new HashMap<>();
        if (codes.isEmpty()) {
            return facts;
        }
        Map<String, Map<String, RequirementDelta.Level>> skills = new HashMap<>();
        Map<String, Map<String, RequirementDelta.Level>> knowledge = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> ratings = em.createNativeQuery("""
                SELECT r.occupation_code, r.element_id, s.name, r.importance, r.level, 'S' FROM occupation_skill r
                  JOIN skill s ON s.element_id = r.element_id WHERE r.occupation_code IN (:codes)
                UNION ALL
                SELECT r.occupation_code, r.element_id, s.name, r.importance, r.level, 'K' FROM occupation_knowledge r
                  JOIN skill s ON s.element_id = r.element_id WHERE r.occupation_code IN (:codes)""")
                .setParameter("codes", codes).getResultList();
        for (Object[] r : ratings) {
            Map<String, Map<String, RequirementDelta.Level>> target = "S".equals(String.valueOf(r[5])) ? skills
                    : knowledge;
            target.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], new RequirementDelta.Level(
                    (String) r[2], ((Number) r[3]).floatValue(), ((Number) r[4]).floatValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT code, title, typical_education, entry_education, job_zone, pay_annual_median FROM occupation
                 WHERE code IN (:codes)""").setParameter("codes", codes).getResultList();
        for (Object[] r : rows) {
            String code = (String) r[0];
            refs.put(code, new OccupationRef(code, (String) r[1]));
            facts.put(code,
                    new RequirementDelta.Facts(
                            EntryEducation.of((String) r[2], r[3] == null ? null : ((Number) r[3]).shortValue()),
                            r[4] == null ? null : ((Number) r[4]).shortValue(),
                            r[5] == null ? null : ((Number) r[5]).intValue(), skills.getOrDefault(code, Map.of()),
                            knowledge.getOrDefault(code, Map.of())));
        }
        return facts;
    }

    private static EducationLevel education(Short category) {
        return EducationLevel.ofCategory(category == null ? null : (int) category).orElse(null);
    }

    static OccupationRef ref(Occupation o) {
        return new OccupationRef(o.code, o.title);
    }
}

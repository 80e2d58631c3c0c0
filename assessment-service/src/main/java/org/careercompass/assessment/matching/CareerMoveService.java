package org.careercompass.assessment.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.matching.CareerMoveViews.Move;
import org.careercompass.assessment.matching.CareerMoveViews.MovePage;
import org.careercompass.assessment.results.Assessment;
import org.careercompass.assessment.results.AssessmentService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Career moves for a person from the occupation they work in: the ranking of {@link CareerMoves}, explained. */
@ApplicationScoped
public class CareerMoveService {

    static final String FORMULA = "similarity = 0.4 skills + 0.3 knowledge + 0.3 work activities; skills and "
            + "knowledge: 1 - sqrt((1 - r) / 2) with r the Pearson correlation of the two occupations' O*NET levels "
            + "(yours for skills with useMySkills); activities: Detailed Work Activities shared / sqrt(yours x "
            + "theirs). See docs/assessment-service.md, Career moves";
    private static final int EXAMPLES = 3;

    @Inject
    ProfileCache profiles;

    @Inject
    AreaPay areaPay;

    @Inject
    AssessmentService assessments;

    /** What every answer needs: the index, the origin checked, the person's skills assessment, pay in the area. */
    private record Context(ProfileCache.View view, OccupationIndex idx, int from, UUID skillsId, AreaPay.Local local) {

        /** The area's medians aligned with the index (-1: none there), null without an area; built when needed. */
        int[] medians() {
            return local == null ? null : local.aligned(idx);
        }
    }

    /** What a finished page depends on besides the catalog index: an assessment never changes once taken. */
    private record MovePageKey(String from, UUID skills, Matcher.Filters filters, String area, Integer minLocalPay,
            CareerMoves.DownMoves downMoves, Set<CareerMoves.Feasibility> feasibility, int page, int size,
            boolean stale, Instant confirmedAt, String release) {
    }

    @Inject
    MatchAnswers answers;

    @Inject
    ObjectMapper mapper;

    /**
     * The page as a kept answer (with its ETag): ranked and explained once per catalog index, person's skills
     * assessment (with useMySkills) and query, then served from memory like match pages.
     */
    public Representation movesAnswer(String ownerId, String bearer, CareerMoveQuery.Parsed q) {
        Context c = context(ownerId, bearer, q.from(), q.useMySkills(), q.area());
        MatchService.requireKnownGroup(c.idx(), q.filters());
        MovePageKey key = new MovePageKey(q.from(), c.skillsId(), q.filters(), q.area(), q.minLocalPay(), q.downMoves(),
                q.feasibility(), q.page().page(), q.page().size(), c.view().stale(), c.view().confirmedAt(),
                c.view().release());
        return answers.get(c.idx(), key, () -> {
            MovePage page = moves(c, q);
            return Representation.of(mapper, page, page.withoutConfirmation());
        });
    }

    private MovePage moves(Context c, CareerMoveQuery.Parsed q) {
        OccupationIndex idx = c.idx();
        int from = c.from();
        double[] personSkills = personSkills(c);
        int[] medians = c.medians();
        CareerMoves.Ranking ranking = CareerMoves.rank(idx, new CareerMoves.Query(from, personSkills, q.filters(),
                q.downMoves(), medians, q.minLocalPay(), q.feasibility()));
        List<CareerMoves.Move> shown = q.page().slice(ranking.moves());
        List<Move> items = new ArrayList<>(shown.size());
        for (int k = 0; k < shown.size(); k++) {
            items.add(view(idx, from, shown.get(k), q.page().offset() + k + 1, personSkills, medians));
        }
        Page<Move> paged = Page.of(items, q.page(), ranking.moves().size());
        return new MovePage(origin(c, medians), basis(c), c.skillsId(), paged.items(), paged.page(), paged.size(),
                paged.totalItems(), paged.totalPages(), ranking.unrated(), area(c), catalog(c), FORMULA);
    }

    /** One move, with its rank in the unfiltered default ranking from the same occupation. */
    public CareerMoveViews.OneMove move(String ownerId, String bearer, String toCode, String fromCode,
            boolean useMySkills, String area) {
        Context c = context(ownerId, bearer, fromCode, useMySkills, area);
        OccupationIndex idx = c.idx();
        int to = idx.indexOf(toCode);
        if (to < 0) {
            throw ProblemException.notFound("Occupation", toCode);
        }
        if (to == c.from()) {
            throw ProblemException.invalid("from", "is the occupation asked about: a move goes to another one");
        }
        if (!CareerMoves.comparable(idx, to)) {
            throw new ProblemException(ProblemType.CONFLICT, "O*NET publishes no skill, knowledge or work activity "
                    + "ratings for " + toCode + " " + idx.titles[to] + ", so the move to it cannot be compared");
        }
        double[] personSkills = personSkills(c);
        int[] medians = c.medians();
        List<CareerMoves.Move> ranked = CareerMoves.rank(idx, new CareerMoves.Query(c.from(), personSkills,
                Matcher.Filters.none(), CareerMoves.DownMoves.LAST, medians, null, null)).moves();
        int rank = 0;
        while (ranked.get(rank).index() != to) {
            rank++;
        }
        return new CareerMoveViews.OneMove(origin(c, medians), basis(c), c.skillsId(),
                view(idx, c.from(), ranked.get(rank), rank + 1, personSkills, medians), area(c), catalog(c), FORMULA);
    }

    private Context context(String ownerId, String bearer, String fromCode, boolean useMySkills, String area) {
        ProfileCache.View view = profiles.view(bearer);
        OccupationIndex idx = view.index();
        int from = idx.indexOf(fromCode);
        if (from < 0) {
            throw ProblemException.invalid("from", "the catalog has no occupation " + fromCode
                    + "; search the catalog's /api/v1/occupations?q= for yours");
        }
        if (!CareerMoves.comparable(idx, from)) {
            throw ProblemException.invalid("from",
                    "O*NET publishes no skill, knowledge or work activity ratings for " + fromCode + " "
                            + idx.titles[from]
                            + ", so moves from it cannot be compared; choose the closest occupation O*NET rates");
        }
        UUID skills = null;
        if (useMySkills) {
            skills = assessments.latestIds(ownerId).get(InstrumentKind.SKILLS);
            if (skills == null) {
                throw new ProblemException(ProblemType.CONFLICT, "useMySkills needs a skills assessment: take "
                        + "skills-v1 (see /api/v1/instruments) or leave useMySkills out to start from your occupation");
            }
        }
        AreaPay.Local local = area == null ? null : areaPay.of(bearer, area);
        return new Context(view, idx, from, skills, local);
    }

    /** The person's skill levels aligned with the index (read once per page built), or null. */
    private double[] personSkills(Context c) {
        if (c.skillsId() == null) {
            return null;
        }
        Assessment skills = assessments.byIds(Map.of(InstrumentKind.SKILLS, c.skillsId())).get(InstrumentKind.SKILLS);
        if (skills == null) { // deleted since the id was read
            throw new ProblemException(ProblemType.CONFLICT, "Your skills assessment was deleted meanwhile; try again");
        }
        return c.idx().align(skills.result.skills().levels());
    }

    private static CareerMoveViews.Origin origin(Context c, int[] medians) {
        OccupationIndex idx = c.idx();
        int from = c.from();
        return new CareerMoveViews.Origin(idx.codes[from], idx.titles[from], zone(idx, from), idx.education(from),
                pay(idx.pays[from]), medians == null ? null : pay(medians[from]));
    }

    private static CareerMoveViews.SkillBasis basis(Context c) {
        return c.skillsId() == null ? CareerMoveViews.SkillBasis.CURRENT_OCCUPATION
                : CareerMoveViews.SkillBasis.YOUR_RATINGS;
    }

    private static MatchViews.LocalPayBasis area(Context c) {
        return c.local() == null ? null
                : new MatchViews.LocalPayBasis(c.local().code(), c.local().title(), c.local().source());
    }

    private static MatchViews.CatalogStatus catalog(Context c) {
        return new MatchViews.CatalogStatus(c.view().stale(), c.view().confirmedAt(), c.idx().size(),
                c.view().release());
    }

    private static Move view(OccupationIndex idx, int from, CareerMoves.Move m, int rank, double[] personSkills,
            int[] medians) {
        int to = m.index();
        List<Integer> shared = CareerMoves.activities(idx, from, to, true);
        List<Integer> fresh = CareerMoves.activities(idx, from, to, false);
        EducationLevel added = idx.educations[from] > 0 && idx.educations[to] > idx.educations[from] ? idx.education(to)
                : null;
        CareerMoveViews.Gap gap = new CareerMoveViews.Gap(raises(CareerMoves.skillRaises(idx, from, to, personSkills)),
                raises(CareerMoves.knowledgeRaises(idx, from, to)), added,
                new CareerMoveViews.JobZones(zone(idx, from), zone(idx, to)),
                new CareerMoveViews.Activities(shared.size(), fresh.size(), titles(idx, shared), titles(idx, fresh)));
        var outlook = idx.outlooks[to];
        return new Move(rank, idx.codes[to], idx.titles[to],
                new CareerMoveViews.Similarity(round(m.similarity()), round(m.skills()), round(m.knowledge()),
                        round(m.activities())),
                m.feasibility(), CareerMoves.feasibilityReason(idx, from, to, m.feasibility()), gap,
                payChange(idx, from, to, medians),
                outlook == null ? null
                        : new CareerMoveViews.Outlook(outlook.period(), outlook.employmentChangePercent(),
                                outlook.annualOpenings(), outlook.brightOutlook()),
                new CareerMoveViews.Down(m.payDown(), m.preparationDown()));
    }

    static CareerMoveViews.PayChange payChange(OccupationIndex idx, int from, int to, int[] medians) {
        boolean local = CareerMoves.localBasis(medians, from, to);
        Integer a = local ? Integer.valueOf(medians[from]) : pay(idx.pays[from]);
        Integer b = local ? Integer.valueOf(medians[to]) : pay(idx.pays[to]);
        Integer change = a == null || b == null ? null : b - a;
        Double percent = change == null || a == 0 ? null : Math.round(change * 1000.0 / a) / 10.0;
        return new CareerMoveViews.PayChange(local ? CareerMoveViews.PayBasis.AREA : CareerMoveViews.PayBasis.NATIONAL,
                a, b, change, percent);
    }

    private static List<CareerMoveViews.Raise> raises(List<CareerMoves.Raise> raises) {
        return raises.stream().map(r -> new CareerMoveViews.Raise(r.elementId(), r.name(),
                Math.round(r.fromLevel() * 100) / 100.0, r.toLevel(), r.importance())).toList();
    }

    private static List<String> titles(OccupationIndex idx, List<Integer> activities) {
        return activities.stream().limit(EXAMPLES).map(k -> idx.activityTitles[k]).toList();
    }

    private static Short zone(OccupationIndex idx, int i) {
        return idx.jobZones[i] == 0 ? null : idx.jobZones[i];
    }

    private static Integer pay(int value) {
        return value < 0 ? null : value;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

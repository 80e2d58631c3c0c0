package org.careercompass.assessment.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.matching.MatchViews.Match;
import org.careercompass.assessment.matching.MatchViews.MatchPage;
import org.careercompass.assessment.results.Assessment;
import org.careercompass.assessment.results.AssessmentService;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Ranks the catalog for a person's latest assessments and explains the page asked for. */
@ApplicationScoped
public class MatchService {

    @Inject
    AssessmentService assessments;

    @Inject
    ProfileCache profiles;

    @Inject
    AreaPay areaPay;

    @Inject
    MatchAnswers answers;

    @Inject
    ObjectMapper mapper;

    /** What a finished match page depends on, besides the catalog index. */
    private record PageKey(Map<InstrumentKind, UUID> assessments, Matcher.Weights weights, Matcher.Filters filters,
            MatchQuery.LocalQuery local, int page, int size, boolean stale, Instant confirmedAt, String release) {
    }

    /**
     * The caller's match page: one light query for the ids of their latest assessments, then the finished page from
     * {@link MatchAnswers} when the same assessments were ranked the same way against the same catalog profiles.
     */
    public Representation matchesAnswer(String ownerId, String bearer, Matcher.Weights weights, Matcher.Filters filters,
            MatchQuery.LocalQuery localQuery, PageRequest page) {
        Map<InstrumentKind, UUID> ids = assessments.latestIds(ownerId);
        if (ids.isEmpty()) {
            throw noAssessment();
        }
        ProfileCache.View view = profiles.view(bearer);
        requireKnownGroup(view.index(), filters);
        AreaPay.Local local = localQuery.area() == null ? null : areaPay.of(bearer, localQuery.area());
        PageKey key = new PageKey(Map.copyOf(ids), weights, filters, localQuery, page.page(), page.size(), view.stale(),
                view.confirmedAt(), view.release());
        return answers.get(view.index(), key, () -> {
            MatchPage answer = matches(assessments.byIds(ids), view, weights, filters, localQuery, local, page);
            return Representation.of(mapper, answer, answer.withoutConfirmation());
        });
    }

    public MatchPage matches(String ownerId, String bearer, Matcher.Weights weights, Matcher.Filters filters,
            PageRequest page) {
        Map<InstrumentKind, Assessment> latest = latestOrConflict(ownerId);
        ProfileCache.View view = profiles.view(bearer);
        requireKnownGroup(view.index(), filters);
        return matches(latest, view, weights, filters, MatchQuery.LocalQuery.NONE, null, page);
    }

    private MatchPage matches(Map<InstrumentKind, Assessment> latest, ProfileCache.View view, Matcher.Weights weights,
            Matcher.Filters filters, MatchQuery.LocalQuery localQuery, AreaPay.Local local, PageRequest page) {
        Matcher.Person person = person(latest);
        OccupationIndex index = view.index();
        int[] medians = local == null ? null : local.aligned(index);
        Matcher.Ranking ranking = Matcher.ranking(index, person, weights, filters,
                new Matcher.Local(medians, localQuery.minLocalPay(), localQuery.byLocalPay()));
        List<Matcher.Ranked> ranked = ranking.ranked();
        List<Matcher.Ranked> shown = page.slice(ranked);
        List<Match> items = new java.util.ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Matcher.Ranked r = shown.get(i);
            Integer localMedian = medians == null || medians[r.index()] < 0 ? null : medians[r.index()];
            items.add(match(index, r, page.offset() + i + 1, person, localMedian));
        }
        var paged = org.careercompass.commons.paging.Page.of(items, page, ranked.size());
        return new MatchPage(paged.items(), paged.page(), paged.size(), paged.totalItems(), paged.totalPages(),
                MatchViews.WeightsView.of(Matcher.applied(weights, person)),
                new MatchViews.BasedOn(id(latest, InstrumentKind.INTERESTS), id(latest, InstrumentKind.SKILLS),
                        id(latest, InstrumentKind.VALUES)),
                new MatchViews.CatalogStatus(view.stale(), view.confirmedAt(), index.size(), view.release()),
                ranking.unrated(),
                local == null ? null : new MatchViews.LocalPayBasis(local.code(), local.title(), local.source()));
    }

    /** A cluster filter no occupation belongs to is a typo to name, not an empty ranking. */
    static void requireKnownGroup(OccupationIndex index, Matcher.Filters filters) {
        if (filters.cluster() != null && !index.hasGroup(filters.cluster())) {
            throw ProblemException.invalid("cluster", "no occupation of the catalog is in '" + filters.cluster()
                    + "'; the catalog's GET /api/v1/clusters lists the Career Clusters and SOC major groups");
        }
    }

    /** How one occupation fits the person, with its explanation: what a plan uses to propose actions. */
    public Match match(String ownerId, String bearer, String code, Matcher.Weights weights) {
        Matcher.Person person = person(latestOrConflict(ownerId));
        OccupationIndex index = profiles.view(bearer).index();
        int i = index.indexOf(OccupationCodes.canonical(code));
        if (i < 0) {
            throw ProblemException.notFound("Occupation", code);
        }
        List<Matcher.Ranked> ranking = Matcher.ranking(index, person, weights, Matcher.Filters.none()).ranked();
        for (int r = 0; r < ranking.size(); r++) {
            if (ranking.get(r).index() == i) {
                return match(index, ranking.get(r), r + 1, person, null);
            }
        }
        // not rated on a factor the ranking uses: its fit on what can be computed, no rank
        return match(index, Matcher.score(index, i, person, weights), null, person, null);
    }

    private Map<InstrumentKind, Assessment> latestOrConflict(String ownerId) {
        Map<InstrumentKind, Assessment> latest = assessments.latest(ownerId);
        if (latest.isEmpty()) {
            throw noAssessment();
        }
        return latest;
    }

    private static ProblemException noAssessment() {
        return new ProblemException(ProblemType.CONFLICT,
                "No assessment yet: take at least one instrument (see /api/v1/instruments) to get matches");
    }

    static Matcher.Person person(Map<InstrumentKind, Assessment> latest) {
        Assessment interests = latest.get(InstrumentKind.INTERESTS);
        Assessment skills = latest.get(InstrumentKind.SKILLS);
        Assessment values = latest.get(InstrumentKind.VALUES);
        return new Matcher.Person(
                interests == null ? null : ordered(interests.result.interests().profile(), Instruments.RIASEC),
                skills == null ? null : skills.result.skills().levels(),
                values == null ? null : ordered(values.result.values().profile(), Instruments.WORK_VALUES));
    }

    private static double[] ordered(Map<String, Double> profile, List<String> order) {
        double[] vector = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            vector[i] = profile.get(order.get(i));
        }
        return vector;
    }

    private static Match match(OccupationIndex idx, Matcher.Ranked r, Integer rank, Matcher.Person person,
            Integer localMedian) {
        int i = r.index();
        Matcher.Explanation why = Matcher.explain(idx, i, person);
        List<MatchViews.SkillGap> gaps = why.skillGaps() == null ? null
                : why.skillGaps().stream()
                        .map(g -> new MatchViews.SkillGap(g.elementId(),
                                Instruments.SKILL_ELEMENTS.getOrDefault(g.elementId(), g.elementId()),
                                g.requiredLevel(), g.personLevel(), g.importance()))
                        .toList();
        return new Match(rank, idx.codes[i], idx.titles[i], round(r.score()),
                new MatchViews.Factors(round(r.interestFit()), round(r.skillFit()), round(r.valueFit())),
                idx.jobZones[i] == 0 ? null : idx.jobZones[i], idx.education(i), idx.pays[i] < 0 ? null : idx.pays[i],
                new MatchViews.Explanation(why.topInterestAreas().stream().map(Instruments.RIASEC::get).toList(),
                        why.topValues().stream().map(Instruments.WORK_VALUES::get).toList(), gaps),
                localMedian);
    }

    private static java.util.UUID id(Map<InstrumentKind, Assessment> latest, InstrumentKind kind) {
        Assessment a = latest.get(kind);
        return a == null ? null : a.id;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}

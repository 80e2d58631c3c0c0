package org.careercompass.assessment.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.matching.InterestCareerViews.CareerFit;
import org.careercompass.assessment.matching.InterestCareerViews.CareerPage;
import org.careercompass.assessment.results.Assessment;
import org.careercompass.assessment.results.AssessmentResult;
import org.careercompass.assessment.results.AssessmentService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Careers that fit one interest assessment within the job zone the person chooses, as My Next Move presents an Interest
 * Profiler result: ranked by interest fit alone (the matching's profile similarity), with the reasons.
 */
@ApplicationScoped
public class InterestCareers {

    @Inject
    AssessmentService assessments;

    @Inject
    ProfileCache profiles;

    @Inject
    MatchAnswers answers;

    @Inject
    AreaPay areaPay;

    @Inject
    ObjectMapper mapper;

    private record CareersKey(UUID assessment, int jobZone, String area, int page, int size, boolean stale,
            Instant confirmedAt, String release) {
    }

    /**
     * The page as a kept answer (with its ETag) once the reader may see the assessment: an assessment never changes
     * once taken, so the page is computed once per assessment, job zone, page and catalog view, and goes with any
     * deletion of assessments ({@link MatchAnswers}).
     */
    public Representation careersAnswer(UUID assessmentId, String readerId, String readerName, boolean counselor,
            String bearer, int jobZone, String area, PageRequest page) {
        InstrumentKind kind = assessments.readableKind(assessmentId, readerId, readerName, counselor,
                "GET /api/v1/assessments/" + assessmentId + "/careers");
        if (kind != InstrumentKind.INTERESTS) {
            throw new ProblemException(ProblemType.CONFLICT, "Assessment " + assessmentId + " is a " + kind
                    + " assessment; careers by interests need an INTERESTS assessment");
        }
        ProfileCache.View view = profiles.view(bearer);
        AreaPay.Local local = area == null ? null : areaPay.of(bearer, area);
        CareersKey key = new CareersKey(assessmentId, jobZone, area, page.page(), page.size(), view.stale(),
                view.confirmedAt(), view.release());
        return answers.get(view.index(), key, () -> {
            Assessment a = assessments.byIds(Map.of(InstrumentKind.INTERESTS, assessmentId))
                    .get(InstrumentKind.INTERESTS);
            if (a == null) { // deleted since it was authorized
                throw ProblemException.notFound("Assessment", assessmentId.toString());
            }
            CareerPage answer = page(view, a.id, a.instrumentId, a.result.interests(), jobZone, local, page);
            return Representation.of(mapper, answer, answer.withoutConfirmation());
        });
    }

    /** The page; {@code local} (null: none) gives each career's median in the person's area. */
    static CareerPage page(ProfileCache.View view, UUID assessment, String instrument,
            AssessmentResult.InterestScores scores, int jobZone, AreaPay.Local local, PageRequest page) {
        OccupationIndex index = view.index();
        MatchViews.LocalPayBasis basis = local == null ? null
                : new MatchViews.LocalPayBasis(local.code(), local.title(), local.source());
        MatchViews.CatalogStatus catalog = new MatchViews.CatalogStatus(view.stale(), view.confirmedAt(), index.size(),
                view.release());
        double[] person = Instruments.RIASEC.stream().mapToDouble(a -> scores.profile().get(a)).toArray();
        if (Vectors.standardize(person) == null) {
            return new CareerPage(assessment, instrument, scores, jobZone, List.of(), page.page(), page.size(), 0, 0, 0,
                    catalog,
                    "All six interest areas score the same, so no occupation fits these answers better than another. "
                            + "Take the profiler again and use Like and Dislike where you can.",
                    basis);
        }
        Matcher.Ranking ranking = Matcher.ranking(index, new Matcher.Person(person, null, null),
                new Matcher.Weights(1, 0, 0), new Matcher.Filters(jobZone, jobZone, null, null, null));
        List<Matcher.Ranked> shown = page.slice(ranking.ranked());
        List<CareerFit> items = new ArrayList<>(shown.size());
        List<String> personTop = top(scores.profile().values().stream().mapToDouble(Double::doubleValue).toArray());
        for (int k = 0; k < shown.size(); k++) {
            Matcher.Ranked r = shown.get(k);
            int i = r.index();
            List<String> occupationTop = top(index.interestRatings[i]);
            List<String> shared = personTop.stream().filter(occupationTop::contains).toList();
            Matcher.Explanation why = Matcher.explain(index, i, new Matcher.Person(person, null, null));
            items.add(new CareerFit(page.offset() + k + 1, index.codes[i], index.titles[i],
                    Math.round(r.interestFit() * 10_000) / 10_000.0, index.jobZones[i], index.education(i),
                    index.pays[i] < 0 ? null : index.pays[i], local == null ? null : local.median(index.codes[i]),
                    new InterestCareerViews.Reasons(occupationTop, shared,
                            why.topInterestAreas().stream().map(Instruments.RIASEC::get).toList())));
        }
        Page<CareerFit> paged = Page.of(items, page, ranking.ranked().size());
        return new CareerPage(assessment, instrument, scores, jobZone, paged.items(), paged.page(), paged.size(),
                paged.totalItems(), paged.totalPages(), ranking.unrated(), catalog, null, basis);
    }

    /** The three highest areas of a RIASEC vector, highest first, ties in R-I-A-S-E-C order. */
    static List<String> top(float[] ratings) {
        double[] values = new double[ratings.length];
        for (int i = 0; i < ratings.length; i++) {
            values[i] = ratings[i];
        }
        return top(values);
    }

    static List<String> top(double[] values) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        order.sort(Comparator.comparingDouble((Integer a) -> -values[a]).thenComparingInt(a -> a));
        return order.subList(0, 3).stream().map(Instruments.RIASEC::get).toList();
    }
}

package org.careercompass.plan.starter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.client.Assessments;
import org.careercompass.plan.client.CareerMove;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.client.SkillGaps;
import org.careercompass.plan.domain.Plan;

/** Gathers what a starter proposal needs from the catalog and the assessment service. */
@ApplicationScoped
public class StarterService {

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Inject
    Assessments assessments;

    @Inject
    Caller caller;

    /**
     * A proposal for the target occupation; with {@code from} (the occupation the person works in), for the move from
     * it: the move's gap, and the current education defaulting to that occupation's typical entry education when
     * {@code has} is null.
     */
    public StarterPlanner.Proposal propose(Plan plan, String code, LocalDate targetDate, EducationLevel has,
            StudyDurations.StudyMode mode, double experienceYears, String from, String area) {
        CatalogOccupation occupation;
        try {
            occupation = catalog.occupation(caller.bearer(), code, area)
                    .orElseThrow(() -> ProblemException.invalid("occupation", "the catalog has no occupation " + code));
        } catch (ClientErrorException e) {
            throw Catalog.refused(e, area);
        }
        CareerMove move = from == null ? null : assessments.move(caller.bearer(), code, from).orElse(null);
        List<SkillGaps.Gap> gaps = assessments.gaps(caller.bearer(), code);
        EducationLevel education = has != null ? has : move != null && move.from().entryEducation() != null
                ? move.from().entryEducation() : EducationLevel.HIGH_SCHOOL;
        return StarterPlanner.propose(occupation, gaps, LocalDate.now(clock), targetDate, education, mode,
                experienceYears, move);
    }
}

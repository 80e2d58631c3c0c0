package org.careercompass.plan.starter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.client.Assessments;
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

    public StarterPlanner.Proposal propose(Plan plan, String code, LocalDate targetDate, EducationLevel has,
            StudyDurations.StudyMode mode, double experienceYears) {
        CatalogOccupation occupation = catalog.occupation(caller.bearer(), code)
                .orElseThrow(() -> ProblemException.invalid("occupation", "the catalog has no occupation " + code));
        List<SkillGaps.Gap> gaps = assessments.gaps(caller.bearer(), code);
        return StarterPlanner.propose(occupation, gaps, LocalDate.now(clock), targetDate, has, mode, experienceYears);
    }
}

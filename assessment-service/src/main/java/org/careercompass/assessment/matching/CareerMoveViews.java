package org.careercompass.assessment.matching;

import java.util.List;
import java.util.UUID;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of career moves. */
public final class CareerMoveViews {

    private CareerMoveViews() {
    }

    @Schema(name = "CareerMovePage", description = "Occupations you could move to from your current one, most similar first (moves down in pay or preparation last, unless asked otherwise), one page at a time")
    public record MovePage(Origin from,
            @Schema(description = "Whose skill levels the skill similarity and the skills to raise start from: CURRENT_OCCUPATION (O*NET's levels for it) or YOUR_RATINGS (your latest skills assessment)") SkillBasis skillBasis,
            @Schema(nullable = true, description = "Your skills assessment used, with skillBasis YOUR_RATINGS; null otherwise") UUID skillsAssessment,
            List<Move> items, @Schema(examples = "0") int page, @Schema(examples = "20") int size,
            @Schema(description = "Moves that passed the filters", examples = "812") long totalItems,
            @Schema(examples = "41") int totalPages,
            @Schema(description = "Occupations that passed the filters but are not ranked because O*NET publishes no skills, knowledge or work activities for them", examples = "93") int unratedOccupations,
            @Schema(nullable = true, description = "With `area`: the area pay is compared in; null without one") MatchViews.LocalPayBasis area,
            MatchViews.CatalogStatus catalog,
            @Schema(description = "How the similarity is computed", examples = "similarity = 0.4 skills + 0.3 knowledge + 0.3 work activities; see docs/assessment-service.md, Career moves") String formula) {

        /** The same page without when the catalog last confirmed it: what the page means, for its entity tag. */
        MovePage withoutConfirmation() {
            return new MovePage(from, skillBasis, skillsAssessment, items, page, size, totalItems, totalPages,
                    unratedOccupations, area, catalog.unconfirmed(), formula);
        }
    }

    @Schema(name = "CareerMoveDetail", description = "One move from your occupation to another, as the ranking explains it")
    public record OneMove(Origin from, SkillBasis skillBasis,
            @Schema(nullable = true, description = "Your skills assessment used, with skillBasis YOUR_RATINGS; null otherwise") UUID skillsAssessment,
            Move move,
            @Schema(nullable = true, description = "With `area`: the area pay is compared in; null without one") MatchViews.LocalPayBasis area,
            MatchViews.CatalogStatus catalog, @Schema(description = "How the similarity is computed") String formula) {
    }

    public enum SkillBasis {
        CURRENT_OCCUPATION, YOUR_RATINGS
    }

    @Schema(name = "CareerMoveOrigin", description = "The occupation you move from")
    public record Origin(@Schema(examples = "43-4171.00") String code,
            @Schema(examples = "Receptionists and Information Clerks") String title,
            @Schema(nullable = true, examples = "2") Short jobZone,
            @Schema(nullable = true) EducationLevel entryEducation,
            @Schema(nullable = true, description = "National annual median (BLS OEWS)", examples = "37230") Integer annualMedianPay,
            @Schema(nullable = true, description = "With `area`: the annual median there; null without an area or where none is published", examples = "35330") Integer localMedianPay) {
    }

    @Schema(name = "CareerMove", description = "One occupation you could move to: how close it is, what it takes, what it pays, its outlook")
    public record Move(
            @Schema(description = "Position in your ranking from this occupation with no filters and the default order (moves down last)", examples = "1") int rank,
            @Schema(examples = "43-6014.00") String code,
            @Schema(examples = "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive") String title,
            Similarity similarity,
            @Schema(nullable = true, description = "NO_NEW_QUALIFICATION: typical entry education and job zone not above yours; SHORT_TRAINING: a certificate, courses or a higher job zone, no new degree; NEW_DEGREE: a degree your occupation does not need (also a rise into job zone 4 or 5, whose occupations mostly need a bachelor's or graduate school, from below that education). Null when either typical entry education is unknown") CareerMoves.Feasibility feasibility,
            @Schema(description = "Why the move has its feasibility class", examples = "Typical entry education rises from bachelor's degree to master's degree.") String feasibilityReason,
            Gap gap, PayChange pay,
            @Schema(nullable = true, description = "BLS Employment Projections of the target; null when BLS projects none") Outlook outlook,
            @Schema(description = "Whether the move is down: lower pay, or a lower job zone or typical entry education") Down down) {
    }

    @Schema(name = "CareerMoveSimilarity", description = "How close the target is to where you are, 0-1")
    public record Similarity(
            @Schema(description = "0.4 skills + 0.3 knowledge + 0.3 activities", examples = "0.83") double overall,
            @Schema(description = "Profile similarity of the 35 skill levels (1 - sqrt((1 - r) / 2), r their correlation)", examples = "0.88") double skills,
            @Schema(description = "The same of the 33 knowledge levels", examples = "0.85") double knowledge,
            @Schema(description = "Detailed Work Activities shared / sqrt(yours x theirs)", examples = "0.41") double activities) {
    }

    @Schema(name = "CareerMoveGap", description = "What the move asks for beyond where you are")
    public record Gap(
            @Schema(description = "Skills important in the target (importance >= 3) whose level rises by 0.25 or more, largest rise first") List<Raise> skillsToRaise,
            @Schema(description = "Knowledge areas important in the target whose level rises by 0.25 or more, largest rise first") List<Raise> knowledgeToRaise,
            @Schema(nullable = true, description = "The target's typical entry education when it is above yours, as the career ladder names the education step; null when it is not above or either is unknown") EducationLevel addedEducation,
            @Schema(description = "Job zones (preparation, 1-5) of your occupation and the target; either null when unknown") JobZones jobZone,
            Activities activities) {
    }

    @Schema(name = "CareerMoveRaise")
    public record Raise(@Schema(examples = "2.B.5.d") String elementId,
            @Schema(examples = "Management of Personnel Resources") String name,
            @Schema(description = "Level you start from (0-7)", examples = "2.1") double fromLevel,
            @Schema(description = "Level the target needs (0-7)", examples = "3.9") float toLevel,
            @Schema(description = "Importance in the target (1-5)", examples = "3.6") float importance) {
    }

    @Schema(name = "CareerMoveJobZones")
    public record JobZones(@Schema(nullable = true, examples = "2") Short from,
            @Schema(nullable = true, examples = "3") Short to) {
    }

    @Schema(name = "CareerMoveActivities", description = "The target's Detailed Work Activities you already do and the ones that would be new")
    public record Activities(@Schema(examples = "9") int shared, @Schema(examples = "12") int newToYou,
            @Schema(description = "Up to three shared activities") List<String> sharedExamples,
            @Schema(description = "Up to three new activities") List<String> newExamples) {
    }

    @Schema(name = "CareerMovePay", description = "Annual medians of your occupation and the target; null values where BLS publishes none")
    public record PayChange(
            @Schema(description = "AREA when both medians in the area are published, else NATIONAL") PayBasis basis,
            @Schema(nullable = true, examples = "37230") Integer fromAnnualMedian,
            @Schema(nullable = true, examples = "46010") Integer toAnnualMedian,
            @Schema(nullable = true, examples = "8780") Integer change,
            @Schema(nullable = true, examples = "23.6") Double changePercent) {
    }

    public enum PayBasis {
        NATIONAL, AREA
    }

    @Schema(name = "CareerMoveOutlook")
    public record Outlook(@Schema(examples = "2024-34") String period,
            @Schema(nullable = true, examples = "-1.2") Double employmentChangePercent,
            @Schema(nullable = true, examples = "126900") Integer annualOpenings,
            @Schema(nullable = true, description = "O*NET's Bright Outlook, computed by the catalog from these projections; null when it cannot be decided") Boolean brightOutlook) {
    }

    @Schema(name = "CareerMoveDown")
    public record Down(@Schema(description = "The target pays less (on the pay basis shown)") boolean pay,
            @Schema(description = "The target's job zone or typical entry education is lower") boolean preparation) {
    }
}

package org.careercompass.plan.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.client.SkillGaps;
import org.careercompass.plan.domain.ActionType;
import org.careercompass.plan.domain.PlanViews.ActionInput;
import org.careercompass.plan.domain.PlanViews.GoalInput;
import org.junit.jupiter.api.Test;

class StarterPlannerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static final CatalogOccupation NURSE = new CatalogOccupation("29-1141.00", "Registered Nurses",
            new CatalogOccupation.Requirements(EducationLevel.BACHELOR, "Bachelor's degree", "None", null,
                    "State licence required: pass the NCLEX-RN"),
            new CatalogOccupation.Pay(93600, (short) 2024, "BLS"),
            List.of(new CatalogOccupation.Skill("2.A.1.b", "Active Listening", 4.5f, 4.5f),
                    new CatalogOccupation.Skill("2.B.1.a", "Social Perceptiveness", 4.4f, 4.4f)),
            "onet=29.0");

    static final StudyDurations.StudyMode FULL = StudyDurations.StudyMode.FULL_TIME;

    @Test
    void proposesEducationCertificationAndGapCoursesInOrder() {
        List<SkillGaps.Gap> gaps = List.of(new SkillGaps.Gap("2.A.1.b", "Active Listening", 4.5f, 2, 4.5f));
        StarterPlanner.Proposal proposal = StarterPlanner.propose(NURSE, gaps, TODAY, TODAY.plusYears(6),
                EducationLevel.HIGH_SCHOOL, FULL);
        GoalInput goal = proposal.goal();
        assertEquals("Become a registered nurse", goal.title());
        assertEquals("29-1141.00", goal.targetOccupation());
        assertTrue(goal.measurableOutcome().contains("$93,600"));
        List<ActionType> types = goal.actions().stream().map(ActionInput::type).toList();
        assertEquals(List.of(ActionType.INFORMATIONAL_INTERVIEW, ActionType.EDUCATION_PROGRAM, ActionType.CERTIFICATION,
                ActionType.COURSE, ActionType.MOCK_INTERVIEW, ActionType.JOB_APPLICATION), types);
        assertEquals("Raise Active Listening from 2 to 4.5", goal.actions().get(3).title());
        assertEquals("Apply to five registered nurse openings", goal.actions().get(5).title());
        assertEquals("Mock interview for a registered nurse role", goal.actions().get(4).title());
        assertEquals("Complete a bachelor's degree", goal.actions().get(1).title());
        // a bachelor's degree takes four years full time, the licence three months after it
        assertEquals(TODAY.plusDays(14), goal.actions().get(0).dueDate());
        assertEquals(TODAY.plusYears(4), goal.actions().get(1).dueDate());
        assertEquals(TODAY.plusYears(4).plusMonths(3), goal.actions().get(2).dueDate());
        assertEquals(BigDecimal.valueOf(5400), goal.actions().get(1).effortHours());
        assertEquals(TODAY.plusYears(6), goal.actions().get(5).dueDate());
        assertTrue(proposal.schedule().feasible());
        assertEquals(TODAY.plusYears(4).plusMonths(5), proposal.schedule().earliestTargetDate());
        assertEquals(48, proposal.schedule().educationMonths());
        goal.actions().forEach(a -> assertFalse(a.dueDate().isAfter(goal.targetDate()), a.title()));
    }

    @Test
    void aTargetDateTooSoonForTheDegreeIsReplacedByTheEarliestFeasibleAndSaidSo() {
        StarterPlanner.Proposal proposal = StarterPlanner.propose(NURSE, List.of(), TODAY, TODAY.plusDays(14),
                EducationLevel.HIGH_SCHOOL, FULL);
        LocalDate earliest = TODAY.plusYears(4).plusMonths(5);
        assertFalse(proposal.schedule().feasible());
        assertEquals(TODAY.plusDays(14), proposal.schedule().requestedTargetDate());
        assertEquals(earliest, proposal.schedule().targetDate());
        assertEquals(earliest, proposal.goal().targetDate());
        assertTrue(proposal.schedule().summary().contains("bachelor's degree (about 4 years full time)"),
                proposal.schedule().summary());
        assertTrue(proposal.schedule().summary().contains("not " + TODAY.plusDays(14)), proposal.schedule().summary());
        ActionInput degree = proposal.goal().actions().stream().filter(a -> a.type() == ActionType.EDUCATION_PROGRAM)
                .findFirst().orElseThrow();
        assertEquals(TODAY.plusYears(4), degree.dueDate(), "never a degree in four days");
        proposal.goal().actions()
                .forEach(a -> assertFalse(a.dueDate().isAfter(proposal.goal().targetDate()), a.title()));

        // without a target date: a year from now, unless the requirements need longer
        assertEquals(earliest, StarterPlanner.propose(NURSE, List.of(), TODAY, null, EducationLevel.HIGH_SCHOOL, FULL)
                .goal().targetDate());
        // part time doubles the study; a bachelor's already held leaves only the licence
        StarterPlanner.Proposal partTime = StarterPlanner.propose(NURSE, List.of(), TODAY, null,
                EducationLevel.HIGH_SCHOOL, StudyDurations.StudyMode.PART_TIME);
        assertEquals(96, partTime.schedule().educationMonths());
        StarterPlanner.Proposal graduate = StarterPlanner.propose(NURSE, List.of(), TODAY, null,
                EducationLevel.BACHELOR, FULL);
        assertEquals(0, graduate.schedule().educationMonths());
        assertEquals(TODAY.plusYears(1), graduate.goal().targetDate());
        assertTrue(graduate.goal().actions().stream().noneMatch(a -> a.type() == ActionType.EDUCATION_PROGRAM));
    }

    @Test
    void lawyersNeedABachelorsThenAProfessionalDegree() {
        CatalogOccupation lawyer = new CatalogOccupation(
                "23-1011.00", "Lawyers", new CatalogOccupation.Requirements(EducationLevel.FIRST_PROFESSIONAL,
                        "Doctoral or professional degree", null, null, "Pass the bar examination"),
                null, List.of(), "onet=29.0");
        StarterPlanner.Proposal proposal = StarterPlanner.propose(lawyer, List.of(), TODAY, TODAY.plusYears(2),
                EducationLevel.HIGH_SCHOOL, FULL);
        List<String> education = proposal.goal().actions().stream()
                .filter(a -> a.type() == ActionType.EDUCATION_PROGRAM).map(ActionInput::title).toList();
        assertEquals(List.of("Complete a bachelor's degree", "Complete a law degree (JD)"), education);
        assertEquals(84, proposal.schedule().educationMonths());
        assertFalse(proposal.schedule().feasible());
        assertEquals(TODAY.plusYears(7).plusMonths(5), proposal.goal().targetDate());
        // BLS's "doctoral or professional degree" (O*NET: doctoral) is a JD for lawyers, not a five-year PhD
        CatalogOccupation doctoralLawyer = new CatalogOccupation(
                "23-1011.00", "Lawyers", new CatalogOccupation.Requirements(EducationLevel.DOCTORAL,
                        "Doctoral or professional degree", null, null, "Pass the bar examination"),
                null, List.of(), "onet=29.0");
        assertEquals(84,
                StarterPlanner.propose(doctoralLawyer, List.of(), TODAY, null, EducationLevel.HIGH_SCHOOL, FULL)
                        .schedule().educationMonths());
    }

    @Test
    void physiciansAddTheirResidencyAfterTheProfessionalDoctorate() {
        CatalogOccupation physician = new CatalogOccupation("29-1216.00", "General Internal Medicine Physicians",
                new CatalogOccupation.Requirements(EducationLevel.DOCTORAL, "Doctoral or professional degree", "None",
                        "Internship/residency", "State medical licence"),
                null, List.of(), "onet=29.0");
        StarterPlanner.Proposal proposal = StarterPlanner.propose(physician, List.of(), TODAY, null,
                EducationLevel.BACHELOR, FULL);
        List<ActionInput> actions = proposal.goal().actions();
        assertEquals("Complete a professional doctorate (such as MD, PharmD, DDS, DVM)", actions.get(1).title());
        assertEquals(TODAY.plusYears(4), actions.get(1).dueDate());
        assertEquals(ActionType.INTERNSHIP, actions.get(2).type());
        assertEquals(TODAY.plusYears(7), actions.get(2).dueDate());
        assertEquals(TODAY.plusYears(7).plusMonths(5), proposal.goal().targetDate());
        assertTrue(proposal.schedule().summary().contains("residency"), proposal.schedule().summary());
        // a research doctorate elsewhere: five years, three after a master's
        assertEquals(List.of(60), months(EducationLevel.BACHELOR, EducationLevel.DOCTORAL, FULL));
        assertEquals(List.of(36), months(EducationLevel.MASTER, EducationLevel.DOCTORAL, FULL));
    }

    @Test
    void durationsByLevelAndMode() {
        EducationLevel hs = EducationLevel.HIGH_SCHOOL;
        assertEquals(List.of(12), months(hs, EducationLevel.POSTSECONDARY_CERTIFICATE, FULL));
        assertEquals(List.of(24), months(hs, EducationLevel.ASSOCIATE, FULL));
        assertEquals(List.of(12), months(EducationLevel.SOME_COLLEGE, EducationLevel.ASSOCIATE, FULL));
        assertEquals(List.of(48), months(hs, EducationLevel.BACHELOR, FULL));
        assertEquals(List.of(24), months(EducationLevel.ASSOCIATE, EducationLevel.BACHELOR, FULL));
        assertEquals(List.of(48, 24), months(hs, EducationLevel.MASTER, FULL));
        assertEquals(List.of(96, 48), months(hs, EducationLevel.MASTER, StudyDurations.StudyMode.PART_TIME));
        assertEquals(List.of(24), months(EducationLevel.BACHELOR, EducationLevel.MASTER, FULL));
        assertEquals(List.of(48, 60), months(hs, EducationLevel.DOCTORAL, FULL));
        assertEquals(List.of(36), months(EducationLevel.MASTER, EducationLevel.DOCTORAL, FULL));
        assertEquals(List.of(12), months(EducationLevel.MASTER, EducationLevel.POST_MASTER_CERTIFICATE, FULL));
        assertEquals(List.of(), months(EducationLevel.MASTER, EducationLevel.BACHELOR, FULL));
        assertEquals(List.of(), months(hs, EducationLevel.HIGH_SCHOOL, FULL));
        assertEquals(List.of(), months(hs, null, FULL));
        assertEquals("Complete an associate's degree",
                StudyDurations.programmes(hs, EducationLevel.ASSOCIATE, FULL).get(0).title());
    }

    private static List<Integer> months(EducationLevel has, EducationLevel requires, StudyDurations.StudyMode mode) {
        return StudyDurations.programmes(has, requires, mode).stream().map(StudyDurations.Programme::months).toList();
    }

    @Test
    void withoutAssessmentProposesTheMostImportantSkillsAndNoCertificationWhenNoneIsNeeded() {
        CatalogOccupation cashier = new CatalogOccupation("41-2011.00", "Cashiers",
                new CatalogOccupation.Requirements(EducationLevel.HIGH_SCHOOL, "High school", null, null,
                        "None required."),
                null, List.of(new CatalogOccupation.Skill("2.B.1.f", "Service Orientation", 3.8f, 3.3f)), "onet=29.0");
        StarterPlanner.Proposal proposal = StarterPlanner.propose(cashier, List.of(), TODAY, TODAY.plusDays(70),
                EducationLevel.HIGH_SCHOOL, FULL);
        GoalInput goal = proposal.goal();
        List<ActionType> types = goal.actions().stream().map(ActionInput::type).toList();
        assertEquals(List.of(ActionType.INFORMATIONAL_INTERVIEW, ActionType.COURSE, ActionType.MOCK_INTERVIEW,
                ActionType.JOB_APPLICATION), types);
        assertEquals("Build Service Orientation to level 3.3", goal.actions().get(1).title());
        assertEquals("Become a cashier", goal.title());
        assertNull(goal.actions().get(0).cost());
        assertTrue(proposal.schedule().feasible());
        assertEquals(TODAY.plusDays(70), goal.targetDate());
        goal.actions().forEach(a -> assertFalse(a.dueDate().isAfter(goal.targetDate()), a.title()));
    }

    @Test
    void titlesBecomeSingular() {
        assertEquals("secretary", StarterPlanner.singular("Secretaries and Administrative Assistants, Except Legal"));
        assertEquals("first-line supervisor of office and administrative support workers",
                StarterPlanner.singular("First-Line Supervisors of Office and Administrative Support Workers"));
        assertEquals("heavy and tractor-trailer truck driver",
                StarterPlanner.singular("Heavy and Tractor-Trailer Truck Drivers"));
        assertEquals("an", StarterPlanner.article("Electricians"));
    }

    static final Roi.Occupation NURSING = new Roi.Occupation("29-1141.00", "Registered Nurses", EducationLevel.BACHELOR,
            true, 93600, "BLS OEWS", (short) 2024, "onet=29.0; oews=2024");
    static final Roi.Item DEGREE = new Roi.Item(UUID.randomUUID(), ActionType.EDUCATION_PROGRAM, "BSN",
            new BigDecimal("40000"), EducationLevel.BACHELOR, false);
    static final Roi.Item NCLEX = new Roi.Item(UUID.randomUUID(), ActionType.CERTIFICATION, "NCLEX-RN",
            new BigDecimal("400"), null, false);
    static final Roi.Item SPREADSHEETS = new Roi.Item(UUID.randomUUID(), ActionType.COURSE, "Spreadsheet course",
            new BigDecimal("149"), null, false);
    static final List<Roi.Item> GOAL = List.of(DEGREE, NCLEX, SPREADSHEETS);

    @Test
    void roiCreditsTheWholeRequirementGapWithForgoneEarnings() {
        Roi.Result r = Roi.of(DEGREE, GOAL, NURSING, EducationLevel.HIGH_SCHOOL, FULL, 37230,
                "median of receptionists");
        assertTrue(r.computable());
        assertEquals("REQUIREMENT_GAP", r.credit());
        assertEquals(new BigDecimal("40400"), r.fees());
        assertEquals(48, r.studyMonths());
        assertEquals(new BigDecimal("148920.00"), r.forgoneEarnings()); // 4 years of 37,230
        assertEquals(new BigDecimal("189320.00"), r.totalCost());
        assertEquals(56370, r.annualUplift());
        assertEquals(new BigDecimal("3.36"), r.paybackYears()); // 189,320 / 56,370
        assertEquals(new BigDecimal("0.99"), r.actionShareOfFees());
        assertTrue(r.data().contains("2024") && r.data().contains("onet=29.0"), r.data());
        assertFalse(r.assumptions().isEmpty());

        Roi.Result partTime = Roi.of(NCLEX, GOAL, NURSING, EducationLevel.HIGH_SCHOOL,
                StudyDurations.StudyMode.PART_TIME, 37230, "median of receptionists");
        assertEquals(new BigDecimal("0.00"), partTime.forgoneEarnings());
        assertEquals(new BigDecimal("0.72"), partTime.paybackYears()); // 40,400 / 56,370
        assertEquals(96, partTime.studyMonths());
    }

    @Test
    void roiIsNotComputableRatherThanMisleading() {
        Roi.Result course = Roi.of(SPREADSHEETS, GOAL, NURSING, EducationLevel.HIGH_SCHOOL, FULL, 37230, "x");
        assertFalse(course.computable());
        assertEquals("NOT_A_REQUIREMENT", course.credit());
        assertNull(course.paybackYears());
        assertTrue(course.summary().startsWith("Not computable"), course.summary());

        Roi.Result held = Roi.of(DEGREE, GOAL, NURSING, EducationLevel.BACHELOR, FULL, 37230, "x");
        assertFalse(held.computable());
        assertTrue(held.summary().contains("already hold"), held.summary());

        Roi.Result noLicence = Roi.of(DEGREE, List.of(DEGREE), NURSING, EducationLevel.HIGH_SCHOOL, FULL, 37230, "x");
        assertFalse(noLicence.computable());
        assertTrue(noLicence.summary().contains("a certification action"), noLicence.summary());

        Roi.Item unlabelled = new Roi.Item(UUID.randomUUID(), ActionType.EDUCATION_PROGRAM, "Some degree",
                new BigDecimal("9000"), null, false);
        Roi.Result noLevel = Roi.of(unlabelled, List.of(unlabelled, NCLEX), NURSING, EducationLevel.HIGH_SCHOOL, FULL,
                37230, "x");
        assertFalse(noLevel.computable());
        assertTrue(noLevel.summary().contains("educationLevel"), noLevel.summary());

        Roi.Item master = new Roi.Item(UUID.randomUUID(), ActionType.EDUCATION_PROGRAM, "MSN", new BigDecimal("30000"),
                EducationLevel.MASTER, false);
        Roi.Result otherLevel = Roi.of(master, List.of(DEGREE, NCLEX, master), NURSING, EducationLevel.HIGH_SCHOOL,
                FULL, 37230, "x");
        assertFalse(otherLevel.computable());
        assertTrue(otherLevel.summary().contains("not part of that gap"), otherLevel.summary());

        Roi.Result lessPay = Roi.of(DEGREE, GOAL, NURSING, EducationLevel.HIGH_SCHOOL, FULL, 120000, "x");
        assertTrue(lessPay.computable());
        assertNull(lessPay.paybackYears());
        assertEquals(-26400, lessPay.annualUplift());
    }
}

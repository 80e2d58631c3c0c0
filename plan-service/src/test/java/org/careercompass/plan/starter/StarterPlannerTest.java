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
import org.careercompass.plan.client.CareerMove;
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
        assertEquals(List.of("Complete a bachelor's degree", "Complete a Juris Doctor (JD)"), education);
        assertTrue(
                proposal.goal().actions().stream()
                        .anyMatch(a -> a.type() == ActionType.CERTIFICATION && a.notes().contains("bar examination")),
                "the bar examination is the licence");
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
        assertEquals("Complete a Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)",
                actions.get(1).title());
        assertEquals(TODAY.plusYears(4), actions.get(1).dueDate());
        assertEquals(ActionType.INTERNSHIP, actions.get(2).type());
        assertEquals("Complete the internal medicine residency", actions.get(2).title());
        assertEquals(TODAY.plusYears(7), actions.get(2).dueDate());
        assertEquals(ActionType.CERTIFICATION, actions.get(3).type());
        assertTrue(actions.get(3).notes().contains("USMLE"), actions.get(3).notes());
        assertEquals(TODAY.plusYears(7).plusMonths(5), proposal.goal().targetDate());
        assertTrue(proposal.schedule().summary().contains("internal medicine residency (about 3 years)"),
                proposal.schedule().summary());
        // a research doctorate elsewhere: five years, three after a master's
        assertEquals(List.of(60), months(EducationLevel.BACHELOR, EducationLevel.DOCTORAL, FULL));
        assertEquals(List.of(36), months(EducationLevel.MASTER, EducationLevel.DOCTORAL, FULL));
    }

    /**
     * O*NET's most common answer for physicians is "post-doctoral training" (their residency), which BLS's category
     * "doctoral or professional degree" does not tell apart: the plan is still the MD/DO and the residency, never a
     * research doctorate followed by post-doctoral training.
     */
    @Test
    void postDoctoralPhysiciansGetTheMedicalPathNotAResearchOne() {
        CatalogOccupation surgeon = new CatalogOccupation("29-1242.00", "Orthopedic Surgeons, Except Pediatric",
                new CatalogOccupation.Requirements(EducationLevel.POST_DOCTORAL, "Doctoral or professional degree",
                        "None", "Internship/residency", null),
                null, List.of(), "onet=29.0");
        StarterPlanner.Proposal proposal = StarterPlanner.propose(surgeon, List.of(), TODAY, null,
                EducationLevel.HIGH_SCHOOL, FULL);
        List<String> titles = proposal.goal().actions().stream().map(ActionInput::title).toList();
        assertTrue(
                titles.containsAll(List.of("Complete a bachelor's degree",
                        "Complete a Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)",
                        "Complete the orthopaedic surgery residency", "Licensing examinations and licence")),
                titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("post-doctoral") || t.contains("PhD")), titles.toString());
        assertEquals(96, proposal.schedule().educationMonths());
        // bachelor's 4 + MD 4 + residency 5 + licence 3 months + job search 2 months
        assertEquals(TODAY.plusYears(13).plusMonths(5), proposal.goal().targetDate());
        // a physicist's post-doctoral entry level stays a research path
        assertEquals(List.of(48, 60, 24),
                StudyDurations.programmes(EducationLevel.HIGH_SCHOOL, EducationLevel.POST_DOCTORAL, FULL, "19-2012.00")
                        .stream().map(StudyDurations.Programme::months).toList());
    }

    @Test
    void dentistsPharmacistsAndVeterinariansGetTheirOwnProgrammes() {
        assertEquals(
                List.of("Complete a bachelor's degree",
                        "Complete a Doctor of Dental Surgery or of Dental Medicine (DDS or DMD)"),
                titles("29-1021.00", EducationLevel.HIGH_SCHOOL));
        assertEquals(List.of("Complete pre-pharmacy college courses", "Complete a Doctor of Pharmacy (PharmD)"),
                titles("29-1051.00", EducationLevel.HIGH_SCHOOL));
        assertEquals(List.of("Complete a Doctor of Pharmacy (PharmD)"), titles("29-1051.00", EducationLevel.ASSOCIATE));
        assertEquals(List.of("Complete a Doctor of Veterinary Medicine (DVM)"),
                titles("29-1131.00", EducationLevel.BACHELOR));
        CatalogOccupation orthodontist = new CatalogOccupation(
                "29-1023.00", "Orthodontists", new CatalogOccupation.Requirements(EducationLevel.POST_DOCTORAL,
                        "Doctoral or professional degree", "None", "Internship/residency", null),
                null, List.of(), "onet=29.0");
        List<ActionInput> actions = StarterPlanner
                .propose(orthodontist, List.of(), TODAY, null, EducationLevel.BACHELOR, FULL).goal().actions();
        assertTrue(actions.stream()
                .anyMatch(a -> a.type() == ActionType.INTERNSHIP
                        && a.title().equals("Complete the orthodontics residency (2-3 years)")
                        && a.dueDate().equals(TODAY.plusYears(4).plusMonths(30))),
                actions.toString());
    }

    @Test
    void anOptionalCredentialIsNotInTheRequiredPath() {
        CatalogOccupation supervisor = new CatalogOccupation("43-1011.00",
                "First-Line Supervisors of Office and Administrative Support Workers",
                new CatalogOccupation.Requirements(EducationLevel.HIGH_SCHOOL, "High school diploma or equivalent",
                        "Less than 5 years", "None", "Optional: Certified Administrative Professional (CAP)"),
                null, List.of(), "onet=29.0");
        assertFalse(supervisor.certificationRequired());
        assertEquals("Certified Administrative Professional (CAP)", supervisor.optionalCertification());
        StarterPlanner.Proposal proposal = StarterPlanner.propose(supervisor, List.of(), TODAY, null,
                EducationLevel.HIGH_SCHOOL, FULL);
        assertTrue(proposal.goal().actions().stream().noneMatch(a -> a.type() == ActionType.CERTIFICATION));
        assertTrue(
                proposal.schedule().assumptions().stream().anyMatch(
                        a -> a.startsWith("Optional credential: Certified Administrative Professional (CAP).")),
                proposal.schedule().assumptions().toString());
        // BLS: "Less than 5 years" of related work experience, assumed 2 years, less what the person has
        List<ActionInput> experience = proposal.goal().actions().stream()
                .filter(a -> a.type() == ActionType.WORK_EXPERIENCE).toList();
        assertEquals(1, experience.size());
        assertEquals("Work 2 years in a related occupation", experience.get(0).title());
        assertEquals(TODAY.plusYears(2), experience.get(0).dueDate());
        assertEquals(TODAY.plusYears(2).plusMonths(2), proposal.schedule().earliestTargetDate());
        assertTrue(proposal.schedule().summary().contains("about 2 years of work in a related occupation"),
                proposal.schedule().summary());
        StarterPlanner.Proposal experienced = StarterPlanner.propose(supervisor, List.of(), TODAY, null,
                EducationLevel.HIGH_SCHOOL, FULL, 1.5);
        assertEquals(List.of("Work 6 months in a related occupation"), experienced.goal().actions().stream()
                .filter(a -> a.type() == ActionType.WORK_EXPERIENCE).map(ActionInput::title).toList());
        assertTrue(StarterPlanner.propose(supervisor, List.of(), TODAY, null, EducationLevel.HIGH_SCHOOL, FULL, 3)
                .goal().actions().stream().noneMatch(a -> a.type() == ActionType.WORK_EXPERIENCE));
        assertEquals(60, StarterPlanner.experienceMonths("5 years or more"));
        assertEquals(0, StarterPlanner.experienceMonths("None"));
    }

    private static List<String> titles(String code, EducationLevel has) {
        return StudyDurations.programmes(has, EducationLevel.FIRST_PROFESSIONAL, FULL, code).stream()
                .map(StudyDurations.Programme::title).toList();
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
        assertEquals(new BigDecimal("3.36"), r.paybackYearsAtMedian()); // 189,320 / 56,370
        // no percentiles in this fixture: hired at the median, after 2 months of search: (40.30 + 2) / 12 years
        assertEquals(new BigDecimal("3.53"), r.paybackYears());
        assertEquals(new BigDecimal("0.99"), r.actionShareOfFees());
        assertTrue(r.data().contains("2024") && r.data().contains("onet=29.0"), r.data());
        assertFalse(r.assumptions().isEmpty());

        Roi.Result partTime = Roi.of(NCLEX, GOAL, NURSING, EducationLevel.HIGH_SCHOOL,
                StudyDurations.StudyMode.PART_TIME, 37230, "median of receptionists");
        assertEquals(new BigDecimal("0.00"), partTime.forgoneEarnings());
        assertEquals(new BigDecimal("0.72"), partTime.paybackYearsAtMedian()); // 40,400 / 56,370
        assertEquals(new BigDecimal("0.88"), partTime.paybackYears()); // (8.60 + 2) / 12
        assertEquals(96, partTime.studyMonths());
    }

    /**
     * The ramp by hand: $12,000 to recover, $30,000 today; the target's 25th percentile $42,000, median $54,000, 10th
     * $36,000, 90th $78,000; no experience required, so pay reaches the median in 24 months. Month k after the 2 months
     * of search adds (12,000 + 500k) / 12: after 10 months $11,875, and month 10 adds $1,416.67, of which $125 is
     * needed: 12.09 months, 1.01 years. Low (10th percentile, $500 a month): 2 + 24 months, 2.17 years. High (median
     * rising to the 90th: (24,000 + 1,000k) / 12): after 5 months $10,833.33, month 5 adds $2,416.67 of which $1,166.67
     * is needed: 7.48 months, 0.62 years. Hired at the median at once: 12,000 / 24,000 = 0.50 years.
     */
    @Test
    void paybackRampsFromANewcomersPayToTheMedianAfterTheJobSearch() {
        Roi.Occupation target = new Roi.Occupation("43-1011.00", "Office Supervisors", EducationLevel.BACHELOR, false,
                54000, 36000, 42000, 78000, "None", "BLS OEWS", (short) 2024, "onet=29.0");
        Roi.Item degree = new Roi.Item(UUID.randomUUID(), ActionType.EDUCATION_PROGRAM, "Degree",
                new BigDecimal("12000"), EducationLevel.BACHELOR, false);
        Roi.Result r = Roi.of(degree, List.of(degree), target, EducationLevel.HIGH_SCHOOL,
                StudyDurations.StudyMode.PART_TIME, 30000, "x");
        assertEquals(new BigDecimal("12000.00"), r.totalCost());
        assertEquals(new BigDecimal("1.01"), r.paybackYears());
        assertEquals(new BigDecimal("2.17"), r.paybackYearsLow());
        assertEquals(new BigDecimal("0.62"), r.paybackYearsHigh());
        assertEquals(new BigDecimal("0.50"), r.paybackYearsAtMedian());
        assertEquals(42000, r.entryAnnualPay());
        assertEquals(2.0, r.rampYears());
        assertEquals(2, r.jobSearchMonths());
        assertTrue(r.summary().contains("pays back 1.01 years after you qualify"), r.summary());
        // "5 years or more" of related experience: pay takes 5 years to reach the median
        assertEquals(60, Roi.rampMonths("5 years or more"));
        assertEquals(24, Roi.rampMonths("Less than 5 years"));
        // pay that never exceeds today's never pays back
        assertEquals(null, Roi.payback(new BigDecimal("1000"), 50000, 40000, 45000, 24, 2));
        // "Less than 5 years" of related experience: 24 more months before hiring, with no uplift
        Roi.Occupation experienced = new Roi.Occupation("43-1011.00", "Office Supervisors", EducationLevel.BACHELOR,
                false, 54000, 36000, 42000, 78000, "Less than 5 years", "BLS OEWS", (short) 2024, "onet=29.0");
        Roi.Result later = Roi.of(degree, List.of(degree), experienced, EducationLevel.HIGH_SCHOOL,
                StudyDurations.StudyMode.PART_TIME, 30000, "x");
        assertEquals(new BigDecimal("3.01"), later.paybackYears()); // 1.01 + 2
        assertEquals(24, later.experienceMonths());
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

    @Test
    void aMoveWithoutASelfRatingClosesTheMovesGap() {
        // a licensed practical nurse (postsecondary certificate) moving to registered nurse
        CareerMove move = new CareerMove(
                new CareerMove.Origin("29-2061.00", "Licensed Practical and Licensed Vocational Nurses",
                        EducationLevel.POSTSECONDARY_CERTIFICATE),
                new CareerMove.Move("29-1141.00", "Registered Nurses", "NEW_DEGREE", new CareerMove.Similarity(0.7049),
                        new CareerMove.Gap(
                                List.of(new CareerMove.Raise("2.B.4.e", "Judgment and Decision Making", 3.12, 3.88,
                                        3.9), new CareerMove.Raise("2.A.2.a", "Critical Thinking", 3.5, 4.0, 4.1)),
                                List.of(new CareerMove.Raise("2.C.4.b", "Biology", 2.6, 3.9, 3.4)),
                                EducationLevel.BACHELOR)));
        StarterPlanner.Proposal proposal = StarterPlanner.propose(NURSE, List.of(), TODAY, null,
                EducationLevel.POSTSECONDARY_CERTIFICATE, FULL, 0, move);
        GoalInput goal = proposal.goal();
        assertEquals("Move from licensed practical and licensed vocational nurse (similarity 0.70 of 1, new degree)",
                goal.aim());
        List<String> courses = goal.actions().stream().filter(a -> a.type() == ActionType.COURSE)
                .map(ActionInput::title).toList();
        assertEquals(List.of("Raise Judgment and Decision Making from 3.1 to 3.9",
                "Raise Critical Thinking from 3.5 to 4", "Deepen Biology from 2.6 to 3.9"), courses);
        assertTrue(proposal.schedule().assumptions().stream()
                .anyMatch(a -> a.startsWith("Move from Licensed Practical and Licensed Vocational Nurses")
                        && a.contains("post-secondary certificate")));
        // the person's own gaps, when they have rated their skills, come first; the knowledge rise still follows
        List<SkillGaps.Gap> own = List.of(new SkillGaps.Gap("2.A.1.b", "Active Listening", 4.5f, 2, 4.5f));
        List<String> withOwn = StarterPlanner
                .propose(NURSE, own, TODAY, null, EducationLevel.POSTSECONDARY_CERTIFICATE, FULL, 0, move).goal()
                .actions().stream().filter(a -> a.type() == ActionType.COURSE).map(ActionInput::title).toList();
        assertEquals(List.of("Raise Active Listening from 2 to 4.5", "Deepen Biology from 2.6 to 3.9"), withOwn);
    }

    @Test
    void theGoalNamesThePayWhereThePersonLivesBesideTheNationalPay() {
        CatalogOccupation.LocalPay akron = new CatalogOccupation.LocalPay(
                new CatalogOccupation.LocalPay.Area("10420", "Akron, OH"), true, 81520, 65560, 76390, 99280,
                (short) 2024, "BLS OEWS May 2024 metropolitan area estimates");
        CatalogOccupation local = new CatalogOccupation(NURSE.code(), NURSE.title(), NURSE.requirements(), NURSE.pay(),
                NURSE.skills(), NURSE.release(), akron);
        assertEquals("Hired as registered nurse (median pay $81,520 in Akron, OH; $93,600 nationally)", StarterPlanner
                .propose(local, List.of(), TODAY, null, EducationLevel.BACHELOR, FULL).goal().measurableOutcome());
        CatalogOccupation.LocalPay unpublished = new CatalogOccupation.LocalPay(
                new CatalogOccupation.LocalPay.Area("99999", "Nowhere, ZZ"), false, null, null, null, null,
                (short) 2024, "BLS");
        assertEquals(" (median pay $93,600 nationally; BLS publishes no median for Nowhere, ZZ)",
                StarterPlanner.payNote(new CatalogOccupation(NURSE.code(), NURSE.title(), NURSE.requirements(),
                        NURSE.pay(), NURSE.skills(), NURSE.release(), unpublished)));
        assertEquals(" (median pay $93,600)", StarterPlanner.payNote(NURSE));
    }
}

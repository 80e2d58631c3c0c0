package org.careercompass.plan.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.action.ActionType;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.client.SkillGaps;
import org.careercompass.plan.plan.PlanViews.ActionInput;
import org.careercompass.plan.plan.PlanViews.GoalInput;
import org.junit.jupiter.api.Test;

class StarterPlannerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static final CatalogOccupation NURSE = new CatalogOccupation("29-1141.00", "Registered Nurses",
            new CatalogOccupation.Requirements(EducationLevel.BACHELOR, "Bachelor's degree", "None", null,
                    "State licence required: pass the NCLEX-RN"),
            new CatalogOccupation.Pay(93600, (short) 2024, "BLS"),
            List.of(new CatalogOccupation.Skill("2.A.1.b", "Active Listening", 4.5f, 4.5f),
                    new CatalogOccupation.Skill("2.B.1.a", "Social Perceptiveness", 4.4f, 4.4f)));

    @Test
    void proposesEducationCertificationAndGapCoursesInOrder() {
        List<SkillGaps.Gap> gaps = List.of(new SkillGaps.Gap("2.A.1.b", "Active Listening", 4.5f, 2, 4.5f));
        GoalInput goal = StarterPlanner.propose(NURSE, gaps, TODAY, TODAY.plusDays(700));
        assertEquals("Become a registered nurse", goal.title());
        assertEquals("29-1141.00", goal.targetOccupation());
        assertTrue(goal.measurableOutcome().contains("$93,600"));
        List<ActionType> types = goal.actions().stream().map(ActionInput::type).toList();
        assertEquals(List.of(ActionType.INFORMATIONAL_INTERVIEW, ActionType.EDUCATION_PROGRAM, ActionType.CERTIFICATION,
                ActionType.COURSE, ActionType.MOCK_INTERVIEW, ActionType.JOB_APPLICATION), types);
        assertEquals("Raise Active Listening from 2 to 4.5", goal.actions().get(3).title());
        assertEquals("Apply to five registered nurse openings", goal.actions().get(5).title());
        assertEquals("Complete a bachelor's degree", goal.actions().get(1).title());
        // due dates spread evenly: 700 days / 6 actions
        assertEquals(TODAY.plusDays(116), goal.actions().get(0).dueDate());
        assertEquals(TODAY.plusDays(700), goal.actions().get(5).dueDate());
        assertEquals(BigDecimal.valueOf(600), goal.actions().get(1).effortHours());
    }

    @Test
    void withoutAssessmentProposesTheMostImportantSkillsAndNoCertificationWhenNoneIsNeeded() {
        CatalogOccupation cashier = new CatalogOccupation("41-2011.00", "Cashiers",
                new CatalogOccupation.Requirements(EducationLevel.HIGH_SCHOOL, "High school", null, null,
                        "None required."),
                null, List.of(new CatalogOccupation.Skill("2.B.1.f", "Service Orientation", 3.8f, 3.3f)));
        GoalInput goal = StarterPlanner.propose(cashier, List.of(), TODAY, TODAY.plusDays(60));
        List<ActionType> types = goal.actions().stream().map(ActionInput::type).toList();
        assertEquals(List.of(ActionType.INFORMATIONAL_INTERVIEW, ActionType.COURSE, ActionType.MOCK_INTERVIEW,
                ActionType.JOB_APPLICATION), types);
        assertEquals("Build Service Orientation to level 3.3", goal.actions().get(1).title());
        assertEquals("Become a cashier", goal.title());
        assertNull(goal.actions().get(0).cost());
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

    @Test
    void roiByHand() {
        Roi.Result r = Roi.of(new BigDecimal("5000.00"), 37230, 64610);
        assertEquals(27380, r.annualUplift());
        assertEquals(new BigDecimal("0.18"), r.paybackYears());
        Roi.Result none = Roi.of(new BigDecimal("5000.00"), 64610, 37230);
        assertNull(none.paybackYears());
        assertEquals(-27380, none.annualUplift());
    }
}

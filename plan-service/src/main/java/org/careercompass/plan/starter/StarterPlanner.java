package org.careercompass.plan.starter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.action.ActionType;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.client.SkillGaps;
import org.careercompass.plan.plan.PlanViews.ActionInput;
import org.careercompass.plan.plan.PlanViews.GoalInput;

/**
 * Proposes a starter goal with actions for a target occupation, from the catalog's requirements and, when the person
 * has assessed their skills, their gaps. Pure. Nothing is stored: the person edits the proposal and posts it as a goal.
 *
 * <ul>
 * <li>education: an education programme when the occupation's typical entry education is beyond high school;</li>
 * <li>certification: when the catalog's notes name one (notes saying "None" propose nothing);</li>
 * <li>skills: a course for each of the three largest gaps, or, with no assessment, for the three most important
 * skills;</li>
 * <li>always: an informational interview early, and job applications near the end.</li>
 * </ul>
 * Due dates are spread over the time to the target date in that order.
 */
public final class StarterPlanner {

    static final int SKILL_ACTIONS = 3;

    private StarterPlanner() {
    }

    public static GoalInput propose(CatalogOccupation occupation, List<SkillGaps.Gap> gaps, LocalDate today,
            LocalDate targetDate) {
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(ActionType.INFORMATIONAL_INTERVIEW, "Talk with a working " + singular(occupation.title()),
                "Ask what a typical week looks like and how they got in.", 2));
        EducationLevel education = occupation.requirements() == null ? null
                : occupation.requirements().entryEducation();
        if (education != null && education.category() > EducationLevel.HIGH_SCHOOL.category()) {
            drafts.add(new Draft(ActionType.EDUCATION_PROGRAM, "Complete a " + education.label().toLowerCase(),
                    "Typical entry education for this occupation. Check that the programme is accredited.", 600));
        }
        String certification = occupation.requirements() == null ? null
                : occupation.requirements().certificationNotes();
        if (certification != null && !certification.isBlank() && !certification.startsWith("None")) {
            drafts.add(new Draft(ActionType.CERTIFICATION, "Certification or licence", certification, 40));
        }
        if (!gaps.isEmpty()) {
            gaps.stream().limit(SKILL_ACTIONS)
                    .forEach(g -> drafts.add(new Draft(ActionType.COURSE,
                            "Raise " + g.name() + " from " + level(g.personLevel()) + " to " + level(g.requiredLevel()),
                            "Skill gap from your self-rating (importance " + g.importance() + " of 5).", 20)));
        } else if (occupation.skills() != null) {
            occupation.skills().stream().limit(SKILL_ACTIONS).forEach(s -> drafts.add(new Draft(ActionType.COURSE,
                    "Build " + s.name() + " to level " + level(s.level()),
                    "One of the most important skills; take the skills self-rating to see your own gaps.", 20)));
        }
        drafts.add(new Draft(ActionType.MOCK_INTERVIEW,
                "Mock interview for a " + singular(occupation.title()) + " role", null, 2));
        drafts.add(new Draft(ActionType.JOB_APPLICATION, "Apply to five " + singular(occupation.title()) + " openings",
                null, 10));

        long span = Math.max(drafts.size(), targetDate.toEpochDay() - today.toEpochDay());
        List<ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            LocalDate due = today.plusDays(span * (i + 1) / drafts.size());
            actions.add(new ActionInput(d.type(), d.title(), d.notes(), due, null, null,
                    java.math.BigDecimal.valueOf(d.effortHours()), null, null, null, null, null, null, null));
        }
        String pay = occupation.pay() == null || occupation.pay().annualMedian() == null ? ""
                : " (median pay $" + String.format("%,d", occupation.pay().annualMedian()) + ")";
        return new GoalInput("Become " + article(occupation.title()) + " " + singular(occupation.title()),
                occupation.code(), null, "Hired as " + singular(occupation.title()) + pay, targetDate, null, actions);
    }

    private record Draft(ActionType type, String title, String notes, int effortHours) {
    }

    static String level(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }

    /**
     * "Registered Nurses" becomes "registered nurse"; "Secretaries and Administrative Assistants, Except Legal"
     * "secretary"; "First-Line Supervisors of Office ..." "first-line supervisor of office ...".
     */
    static String singular(String title) {
        String head = title.split(",")[0].trim();
        int of = head.indexOf(" of ");
        if (of > 0) {
            return (singularLastWord(head.substring(0, of)) + head.substring(of)).toLowerCase();
        }
        String[] parts = head.split(" and ");
        if (parts.length > 1 && parts[0].trim().endsWith("s")) {
            head = parts[0].trim();
        }
        return singularLastWord(head).toLowerCase();
    }

    private static String singularLastWord(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String last = phrase.substring(space + 1);
        if (last.endsWith("ies")) {
            last = last.substring(0, last.length() - 3) + "y";
        } else if (last.endsWith("s") && !last.endsWith("ss")) {
            last = last.substring(0, last.length() - 1);
        }
        return phrase.substring(0, space + 1) + last;
    }

    static String article(String title) {
        return "aeiou".indexOf(Character.toLowerCase(singular(title).charAt(0))) >= 0 ? "an" : "a";
    }
}

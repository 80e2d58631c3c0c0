package org.careercompass.plan.starter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.client.CareerMove;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.client.SkillGaps;
import org.careercompass.plan.domain.ActionType;
import org.careercompass.plan.domain.GoalStatus;
import org.careercompass.plan.domain.PlanViews.ActionInput;
import org.careercompass.plan.domain.PlanViews.GoalInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proposes a starter goal with actions for a target occupation, from the catalog's requirements and, when the person
 * has assessed their skills, their gaps. Pure. Nothing is stored: the person edits the proposal and posts it as a goal,
 * which is ACTIVE (tracked) from then on unless they change its status to DRAFT.
 *
 * <ul>
 * <li>education: the programmes between the person's education and the occupation's typical entry education, with
 * realistic lengths ({@link StudyDurations}), one after the other from today;</li>
 * <li>certification: when the catalog's notes name one (notes saying "None" propose nothing);</li>
 * <li>skills: a course for each of the three largest gaps, or, with no assessment, for the three most important
 * skills;</li>
 * <li>always: an informational interview early, and job applications near the end.</li>
 * </ul>
 * Education starts today; then the residency, the related work experience the occupation asks for (BLS; less what the
 * person has) and the certification; the job search takes the last months before the target date. The earliest feasible
 * target date is education + residency + experience + certification + job search; a requested date before it is not
 * honoured (every action would be due after the goal), and the schedule says so and why.
 */
public final class StarterPlanner {

    static final int SKILL_ACTIONS = 3;
    static final int KNOWLEDGE_ACTIONS = 2;
    /** Preparing for and passing a certification or licensing exam, after the education it builds on. */
    static final int CERTIFICATION_MONTHS = 3;
    /** Looking for the job once qualified (the BLS median spell of unemployment is about two months). */
    static final int JOB_SEARCH_MONTHS = 2;
    /** Where the job search starts before the target date when there is time to spare. */
    static final int JOB_SEARCH_WINDOW_MONTHS = 3;
    static final int INTERVIEW_DAYS = 14;
    /** An internship or residency the BLS names as typical on-the-job training, after the education. */
    static final int RESIDENCY_MONTHS = 36;

    private StarterPlanner() {
    }

    /** A proposal: the goal to post, and how its dates were chosen. */
    @Schema(name = "Proposal", description = "A starter goal to edit and post, and how its dates were chosen")
    public record Proposal(@Schema(description = "POST this (edited if you like) to the plan's goals") GoalInput goal,
            Schedule schedule) {
    }

    @Schema(name = "ProposalSchedule")
    public record Schedule(
            @Schema(nullable = true, description = "The target date asked for, if any") LocalDate requestedTargetDate,
            @Schema(description = "The goal's target date: the one asked for, or the earliest feasible when that is too soon") LocalDate targetDate,
            @Schema(description = "Education + residency + related work experience + certification + job search, from today") LocalDate earliestTargetDate,
            @Schema(description = "false when the requested target date cannot be met") boolean feasible,
            StudyDurations.StudyMode studyMode, EducationLevel currentEducation,
            @Schema(description = "Months of education before the target occupation's entry level is reached") int educationMonths,
            @Schema(examples = "A registered nurse needs a bachelor's degree (about 4 years full time) ...") String summary,
            List<String> assumptions) {
    }

    /**
     * As
     * {@link #propose(CatalogOccupation, List, LocalDate, LocalDate, EducationLevel, StudyDurations.StudyMode, double)}
     * for a person with no experience in a related occupation.
     */
    public static Proposal propose(CatalogOccupation occupation, List<SkillGaps.Gap> gaps, LocalDate today,
            LocalDate requestedTarget, EducationLevel has, StudyDurations.StudyMode mode) {
        return propose(occupation, gaps, today, requestedTarget, has, mode, 0);
    }

    public static Proposal propose(CatalogOccupation occupation, List<SkillGaps.Gap> gaps, LocalDate today,
            LocalDate requestedTarget, EducationLevel has, StudyDurations.StudyMode mode, double experienceYears) {
        return propose(occupation, gaps, today, requestedTarget, has, mode, experienceYears, null);
    }

    /**
     * As
     * {@link #propose(CatalogOccupation, List, LocalDate, LocalDate, EducationLevel, StudyDurations.StudyMode, double)}
     * for a move from the occupation the person works in: without their own skill gaps, the courses close the move's
     * gap (the {@value #SKILL_ACTIONS} largest skill rises, then the {@value #KNOWLEDGE_ACTIONS} largest knowledge
     * rises between O*NET's levels for the two occupations), and the goal's aim names the move.
     */
    public static Proposal propose(CatalogOccupation occupation, List<SkillGaps.Gap> gaps, LocalDate today,
            LocalDate requestedTarget, EducationLevel has, StudyDurations.StudyMode mode, double experienceYears,
            CareerMove move) {
        String who = singular(occupation.title());
        EducationLevel requires = occupation.requirements() == null ? null : occupation.requirements().entryEducation();
        List<StudyDurations.Programme> programmes = StudyDurations.programmes(has, requires, mode, occupation.code());
        // a profession's own residency and licence (Professions) where it has them, else what BLS and the catalog say
        Optional<Professions.Profession> profession = requires != null
                && requires.category() >= EducationLevel.FIRST_PROFESSIONAL.category()
                        ? Professions.of(occupation.code()) : Optional.empty();
        boolean blsResidency = occupation.requirements() != null
                && "Internship/residency".equalsIgnoreCase(occupation.requirements().onTheJobTraining());
        int residencyMonths = profession.map(Professions.Profession::residencyMonths)
                .orElse(blsResidency ? RESIDENCY_MONTHS : 0);
        boolean residency = residencyMonths > 0;
        String residencyName = profession.filter(Professions.Profession::hasResidency)
                .map(Professions.Profession::residency).orElse("internship or residency");
        String certification = profession.map(p -> "Pass " + p.licence() + ".")
                .orElse(occupation.requirements() == null ? null : occupation.requirements().certificationNotes());
        boolean certify = profession.isPresent() || occupation.certificationRequired();

        int educationMonths = programmes.stream().mapToInt(StudyDurations.Programme::months).sum();
        String experienceRequired = occupation.requirements() == null ? null
                : occupation.requirements().workExperience();
        int assumedExperience = experienceMonths(experienceRequired);
        int experienceMonths = Math.max(0, assumedExperience - (int) Math.round(experienceYears * 12));
        LocalDate educated = today.plusMonths(educationMonths + residencyMonths + experienceMonths);
        LocalDate qualified = certify ? educated.plusMonths(CERTIFICATION_MONTHS) : educated;
        LocalDate earliest = qualified.plusMonths(JOB_SEARCH_MONTHS);
        boolean feasible = requestedTarget == null || !requestedTarget.isBefore(earliest);
        LocalDate target = requestedTarget == null ? later(today.plusYears(1), earliest)
                : later(requestedTarget, earliest);
        LocalDate searchFrom = later(qualified, target.minusMonths(JOB_SEARCH_WINDOW_MONTHS));

        List<ActionInput> actions = new ArrayList<>();
        LocalDate interview = earlier(today.plusDays(INTERVIEW_DAYS), target);
        actions.add(action(ActionType.INFORMATIONAL_INTERVIEW, "Talk with a working " + who,
                "Ask what a typical week looks like and how they got in.", interview, 2));
        LocalDate cursor = today;
        for (StudyDurations.Programme programme : programmes) {
            cursor = cursor.plusMonths(programme.months());
            actions.add(action(ActionType.EDUCATION_PROGRAM, programme.title(),
                    programme.note() + (programme.level() == requires ? " Typical entry education for this occupation."
                            : " Needed before the " + requires.label().toLowerCase() + "."),
                    cursor, programme.effortHours(), programme.level()));
        }
        if (residency) {
            cursor = cursor.plusMonths(residencyMonths);
            actions.add(action(ActionType.INTERNSHIP, "Complete the " + residencyName,
                    profession.isPresent()
                            ? "About " + StudyDurations.years(residencyMonths) + " (paid), after the degree."
                            : "BLS: this occupation is typically entered after an internship or residency (paid; about "
                                    + StudyDurations.years(residencyMonths) + " assumed).",
                    cursor, residencyMonths * 2000 / 12));
        }
        if (experienceMonths > 0) {
            cursor = cursor.plusMonths(experienceMonths);
            actions.add(action(ActionType.WORK_EXPERIENCE,
                    "Work " + StudyDurations.years(experienceMonths) + " in a related occupation",
                    "BLS: this occupation asks for work experience in a related occupation (\"" + experienceRequired
                            + "\"); the plan assumes " + StudyDurations.years(assumedExperience)
                            + (experienceYears > 0
                                    ? ", less the " + StarterPlanner.level(experienceYears) + " years you have" : "")
                            + ". It is usually gained in the occupations that lead here (see the catalog's paths).",
                    cursor, experienceMonths * 2000 / 12));
        }
        if (certify) {
            actions.add(action(ActionType.CERTIFICATION,
                    profession.isPresent() ? "Licensing examinations and licence" : "Certification or licence",
                    certification, qualified, 60));
        }
        List<String[]> courses = new ArrayList<>();
        if (!gaps.isEmpty()) {
            gaps.stream().limit(SKILL_ACTIONS)
                    .forEach(g -> courses.add(new String[] {
                            "Raise " + g.name() + " from " + level(g.personLevel()) + " to " + level(g.requiredLevel()),
                            "Skill gap from your self-rating (importance " + g.importance() + " of 5)." }));
        } else if (move != null && !move.move().gap().skillsToRaise().isEmpty()) {
            String from = singular(move.from().title());
            move.move().gap().skillsToRaise().stream().limit(SKILL_ACTIONS)
                    .forEach(r -> courses.add(new String[] {
                            "Raise " + r.name() + " from " + level(r.fromLevel()) + " to " + level(r.toLevel()),
                            "Move from " + from + ": O*NET rates it " + level(r.fromLevel()) + " for " + from + " and "
                                    + level(r.toLevel()) + " for " + who + " (importance " + level(r.importance())
                                    + " of 5)." }));
        } else if (occupation.skills() != null) {
            occupation.skills().stream().limit(SKILL_ACTIONS)
                    .forEach(sk -> courses.add(new String[] { "Build " + sk.name() + " to level " + level(sk.level()),
                            "One of the most important skills; take the skills self-rating to see your own gaps." }));
        }
        if (move != null) {
            String from = singular(move.from().title());
            move.move().gap().knowledgeToRaise().stream().limit(KNOWLEDGE_ACTIONS)
                    .forEach(r -> courses.add(new String[] {
                            "Deepen " + r.name() + " from " + level(r.fromLevel()) + " to " + level(r.toLevel()),
                            "Move from " + from + ": knowledge O*NET rates " + level(r.fromLevel()) + " for " + from
                                    + " and " + level(r.toLevel()) + " for " + who + " (importance "
                                    + level(r.importance()) + " of 5)." }));
        }
        // skill courses run alongside the rest, spread between the first conversation and the job search
        LocalDate from = interview;
        LocalDate until = searchFrom.isAfter(from.plusDays(14L * courses.size())) ? searchFrom : target;
        long span = until.toEpochDay() - from.toEpochDay();
        for (int i = 0; i < courses.size(); i++) {
            actions.add(action(ActionType.COURSE, courses.get(i)[0], courses.get(i)[1],
                    from.plusDays(span * (i + 1) / courses.size()), 20));
        }
        actions.add(action(ActionType.MOCK_INTERVIEW,
                "Mock interview for " + article(occupation.title()) + " " + who + " role", null,
                earlier(searchFrom.plusDays(INTERVIEW_DAYS), target), 2));
        actions.add(action(ActionType.JOB_APPLICATION, "Apply to five " + who + " openings", null, target, 10));

        String pay = payNote(occupation);
        // ACTIVE: posting the proposal is the person's acceptance, so the goal is tracked from then on
        String aim = move == null ? null
                : "Move from " + singular(move.from().title()) + " (similarity "
                        + String.format(java.util.Locale.ROOT, "%.2f", move.move().similarity().overall()) + " of 1"
                        + (move.move().feasibility() == null ? ""
                                : ", " + move.move().feasibility().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        + ")";
        GoalInput goal = new GoalInput("Become " + article(occupation.title()) + " " + who, occupation.code(), aim,
                "Hired as " + who + pay, target, GoalStatus.ACTIVE, actions);
        return new Proposal(goal,
                new Schedule(requestedTarget, target, earliest, feasible, mode, has, educationMonths,
                        summary(who, programmes, residency ? residencyName : null, residencyMonths, experienceMonths,
                                certify, mode, requestedTarget, earliest, feasible),
                        assumptions(has, mode, occupation.optionalCertification(), experienceRequired,
                                assumedExperience, experienceYears, move)));
    }

    /**
     * The months of related work experience BLS's category asks for, as the plan assumes them: "Less than 5 years" 2
     * years (BLS gives no figure inside the range), "5 years or more" 5 years, "None" or unknown 0.
     */
    static int experienceMonths(String blsCategory) {
        if (blsCategory == null) {
            return 0;
        }
        return switch (blsCategory.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "less than 5 years" -> 24;
        case "5 years or more" -> 60;
        default -> 0;
        };
    }

    private static String summary(String who, List<StudyDurations.Programme> programmes, String residency,
            int residencyMonths, int experienceMonths, boolean certify, StudyDurations.StudyMode mode,
            LocalDate requested, LocalDate earliest, boolean feasible) {
        List<String> needs = new ArrayList<>();
        for (StudyDurations.Programme p : programmes) {
            needs.add(p.title().replaceFirst("^Complete ", "") + " (about " + StudyDurations.years(p.months())
                    + (mode == StudyDurations.StudyMode.PART_TIME ? " part time)" : " full time)"));
        }
        if (residency != null) {
            needs.add(("aeiou".indexOf(residency.charAt(0)) >= 0 ? "an " : "a ") + residency + " (about "
                    + StudyDurations.years(residencyMonths) + ")");
        }
        if (experienceMonths > 0) {
            needs.add("about " + StudyDurations.years(experienceMonths) + " of work in a related occupation");
        }
        if (certify) {
            needs.add("a certification or licence (about " + CERTIFICATION_MONTHS + " months to prepare)");
        }
        String what = needs.isEmpty()
                ? "Becoming " + article(who) + " " + who + " needs no education beyond high school"
                : capitalized(article(who)) + " " + who + " needs " + String.join(", then ", needs);
        String when = "; with " + JOB_SEARCH_MONTHS + " months to find the job, the earliest realistic target date is "
                + earliest;
        if (!feasible) {
            return what + when + ", not " + requested + ": the proposal uses " + earliest + ".";
        }
        return what + when + ".";
    }

    private static List<String> assumptions(EducationLevel has, StudyDurations.StudyMode mode, String optional,
            String experienceRequired, int assumedExperience, double experienceYears, CareerMove move) {
        List<String> assumptions = new ArrayList<>(List.of(
                "Current education: " + has.label().toLowerCase() + " (give currentEducation if you have more).",
                mode == StudyDurations.StudyMode.FULL_TIME
                        ? "Study full time (give studyMode=PART_TIME: half the course load, twice as long)."
                        : "Study part time: half the course load, so twice as long as full time.",
                "Programme lengths are typical US lengths: certificate 1 year, associate's 2, bachelor's 4, master's 2"
                        + " after a bachelor's, research doctorate 5 (3 after a master's). Professions entered through a"
                        + " professional degree get that degree (MD/DO, DDS, PharmD, DVM, JD ...: 3-4 years), their"
                        + " residency where one is required (medicine 3-7 years by specialty) and their licensing"
                        + " examinations, instead of BLS's category \"doctoral or professional degree\".",
                "Certification or licensing: " + CERTIFICATION_MONTHS + " months of preparation after the education.",
                "Job search: " + JOB_SEARCH_MONTHS + " months once qualified; the entry requirement is the BLS typical"
                        + " entry education from the catalog."));
        if (assumedExperience > 0) {
            assumptions.add("Work experience: BLS says \"" + experienceRequired + "\" in a related occupation; the plan"
                    + " assumes " + StudyDurations.years(assumedExperience) + ", less the "
                    + StarterPlanner.level(experienceYears) + " years you have (give experienceYears).");
        }
        if (move != null) {
            assumptions.add("Move from " + move.from().title() + ": without your own skills self-rating, the courses"
                    + " close the gap between O*NET's skill and knowledge levels for your occupation and the target's"
                    + " (the assessment service's career move); your education defaults to your occupation's typical"
                    + " entry education" + (move.from().entryEducation() == null ? ""
                            : " (" + move.from().entryEducation().label().toLowerCase() + ")")
                    + ".");
        }
        if (optional != null) {
            assumptions.add("Optional credential: " + optional.replaceFirst("\\.+$", "")
                    + ". It is not required to enter the occupation, so it"
                    + " is not in the schedule or counted in the return on education; add it as an action if you want it.");
        }
        return List.copyOf(assumptions);
    }

    private static ActionInput action(ActionType type, String title, String notes, LocalDate due, int effortHours) {
        return action(type, title, notes, due, effortHours, null);
    }

    private static ActionInput action(ActionType type, String title, String notes, LocalDate due, int effortHours,
            EducationLevel level) {
        return new ActionInput(type, title, notes, due, null, null, java.math.BigDecimal.valueOf(effortHours), null,
                null, null, null, null, null, null, level);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A level to one decimal, without a trailing ".0": 2, 3.9 (1.96 reads 2, not 2.0). */
    static String level(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(java.util.Locale.ROOT, "%.1f", rounded);
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

    /**
     * The target's median pay for the goal's success criterion: national; with an area, the area's median beside it, or
     * that BLS publishes none there. Empty when no median is known.
     */
    static String payNote(CatalogOccupation occupation) {
        Integer national = occupation.pay() == null ? null : occupation.pay().annualMedian();
        CatalogOccupation.LocalPay local = occupation.localPay();
        if (local == null) {
            return national == null ? "" : " (median pay " + Roi.money(national) + ")";
        }
        String where = local.area().title();
        String nationally = national == null ? "" : Roi.money(national) + " nationally";
        CatalogOccupation.Pay here = local.asPay();
        if (here != null) {
            return " (median pay " + Roi.money(here.annualMedian()) + " in " + where
                    + (nationally.isEmpty() ? "" : "; " + nationally) + ")";
        }
        return nationally.isEmpty() ? " (BLS publishes no median pay for " + where + ")"
                : " (median pay " + nationally + "; BLS publishes no median for " + where + ")";
    }

}

package org.careercompass.plan.starter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.domain.ActionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Return on education, credited honestly. Pure.
 *
 * <p>
 * The pay difference between the target occupation and today is credited only to the <em>requirement gap</em>: the
 * education programmes between the person's education and the occupation's typical entry education
 * ({@link StudyDurations}), plus the certification or licence when the occupation needs one. An action outside the gap
 * (a course, a programme at another level, education already held) gets no figure, and says why. The cost of the gap is
 * the fees of all its actions in the goal plus, for full-time study, the earnings given up while studying (current pay
 * x study years). Payback counts from the day the person qualifies: first the related work experience the occupation
 * asks for and the job search ({@value #SEARCH_MONTHS} months), with no uplift, then pay that starts at the
 * occupation's 25th percentile (a newcomer's pay; the 10th when the 25th is not published, the median when neither is)
 * and rises in a straight line to the median over the years of experience the occupation needs ({@link #rampMonths});
 * the uplift is that pay less today's, month by month, until it has paid the cost. The sensitivity gives the same count
 * for pay that stays at the 10th percentile (low) and for pay that starts at the median and reaches the 90th (high).
 * {@code paybackYearsAtMedian} is cost / uplift at the median from the first day, the figure that ignores all three.
 * When a gap item has no action or no cost in the plan, or the catalog has no pay, the answer is "not computable" and
 * names what is missing. Taxes, raises beyond the ramp and discounting are left out, and the assumptions say so.
 */
public final class Roi {

    private Roi() {
    }

    /** One of the goal's actions, as the calculation sees it. */
    public record Item(UUID id, ActionType type, String title, BigDecimal cost, EducationLevel level,
            boolean cancelled) {
    }

    /** Months of job search after qualifying, with no uplift (the BLS median spell of unemployment is about two). */
    static final int SEARCH_MONTHS = StarterPlanner.JOB_SEARCH_MONTHS;
    /** The payback is looked for over this many months; beyond it the answer is "does not pay back". */
    static final int HORIZON_MONTHS = 40 * 12;

    /** What the catalog says about the target and the person's pay. */
    public record Occupation(String code, String title, EducationLevel entryEducation, boolean certificationRequired,
            Integer annualMedian, Integer annualP10, Integer annualP25, Integer annualP90, String workExperience,
            String paySource, Short payYear, String release, String payWhere) {

        /**
         * National pay ({@code payWhere}, appended to the title where the assumptions name the target's pay, says
         * otherwise: " in Akron, OH").
         */
        public Occupation(String code, String title, EducationLevel entryEducation, boolean certificationRequired,
                Integer annualMedian, Integer annualP10, Integer annualP25, Integer annualP90, String workExperience,
                String paySource, Short payYear, String release) {
            this(code, title, entryEducation, certificationRequired, annualMedian, annualP10, annualP25, annualP90,
                    workExperience, paySource, payYear, release, "");
        }

        public Occupation(String code, String title, EducationLevel entryEducation, boolean certificationRequired,
                Integer annualMedian, String paySource, Short payYear, String release) {
            this(code, title, entryEducation, certificationRequired, annualMedian, null, null, null, null, paySource,
                    payYear, release, "");
        }
    }

    /**
     * How long pay takes to rise from a newcomer's to the median: the related work experience the occupation asks for
     * as the proposal assumes it ({@link StarterPlanner#experienceMonths}: 2 years for "Less than 5 years", 5 for "5
     * years or more"), and 2 years when it asks for none.
     */
    static int rampMonths(String workExperience) {
        return Math.max(24, StarterPlanner.experienceMonths(workExperience));
    }

    @Schema(name = "EducationRoiGapItem")
    public record GapItem(@Schema(examples = "Complete a bachelor's degree") String item,
            @Schema(nullable = true) EducationLevel level,
            @Schema(description = "The goal's action for it, if any") UUID actionId,
            @Schema(description = "Its cost, if given") BigDecimal cost, int months) {
    }

    @Schema(name = "EducationRoi", description = "What an education action returns, credited only to the target occupation's requirement gap")
    public record Result(
            @Schema(description = "false: no honest figure can be given; reason says why") boolean computable,
            @Schema(examples = "Closing the requirement gap costs $40,400 in fees ...") String summary,
            @Schema(description = "REQUIREMENT_GAP when this action is part of what the target occupation requires and you lack; else NOT_A_REQUIREMENT") String credit,
            @Schema(description = "The target's typical entry education (BLS)") EducationLevel entryEducation,
            EducationLevel currentEducation, StudyDurations.StudyMode studyMode,
            @Schema(description = "Everything between you and the entry requirement") List<GapItem> requirementGap,
            @Schema(nullable = true, examples = "40400.00") BigDecimal fees,
            @Schema(nullable = true, description = "Earnings given up during full-time study; 0 part time", examples = "148920.00") BigDecimal forgoneEarnings,
            @Schema(nullable = true, examples = "189320.00") BigDecimal totalCost, Integer studyMonths,
            @Schema(nullable = true, description = "This action's share of the fees", examples = "0.99") BigDecimal actionShareOfFees,
            @Schema(examples = "37230") Integer currentAnnualPay,
            @Schema(description = "Annual median pay of the goal's target occupation", examples = "93600") Integer targetAnnualMedian,
            @Schema(nullable = true, description = "target - current, per year", examples = "56370") Integer annualUplift,
            @Schema(nullable = true, description = "Years after qualifying until the extra pay has paid the total cost: the job search first, then pay rising from the 25th percentile to the median over rampYears; null when not computable, no uplift, or not within 40 years", examples = "4.61") BigDecimal paybackYears,
            @Schema(nullable = true, description = "The same if pay stayed at the 10th percentile (null: not within 40 years, or not published)", examples = "12.40") BigDecimal paybackYearsLow,
            @Schema(nullable = true, description = "The same if pay started at the median and rose to the 90th percentile (null: not published)", examples = "2.95") BigDecimal paybackYearsHigh,
            @Schema(nullable = true, description = "totalCost / annualUplift: as if hired at the median on the day you qualify, which overstates the return", examples = "3.36") BigDecimal paybackYearsAtMedian,
            @Schema(nullable = true, description = "The pay assumed at hire: the 25th percentile (else the 10th, else the median)", examples = "79000") Integer entryAnnualPay,
            @Schema(description = "Years over which pay rises from entryAnnualPay to the median", examples = "2") double rampYears,
            @Schema(description = "Months of job search after qualifying, with no extra pay", examples = "2") int jobSearchMonths,
            @Schema(description = "Months of work in a related occupation the target asks for before hiring (BLS, as the proposal assumes it), counted with no extra pay", examples = "24") int experienceMonths,
            List<String> assumptions,
            @Schema(description = "Where the pay and requirements come from", examples = "BLS OEWS May 2024; catalog onet=29.0; oews=2024") String data) {
    }

    public static Result of(Item action, List<Item> goalActions, Occupation target, EducationLevel has,
            StudyDurations.StudyMode mode, int currentPay, String currentPaySource) {
        List<StudyDurations.Programme> programmes = StudyDurations.programmes(has, target.entryEducation(), mode,
                target.code());
        List<GapItem> gap = new ArrayList<>();
        Set<UUID> gapActions = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        int months = 0;
        for (StudyDurations.Programme programme : programmes) {
            months += programme.months();
            Item match = goalActions.stream().filter(i -> !i.cancelled() && i.type() == ActionType.EDUCATION_PROGRAM
                    && sameLevel(i.level(), programme.level())).findFirst().orElse(null);
            gap.add(new GapItem(programme.title(), programme.level(), match == null ? null : match.id(),
                    match == null ? null : match.cost(), programme.months()));
            if (match == null) {
                missing.add("an education programme action with educationLevel " + programme.level());
            } else {
                gapActions.add(match.id());
                if (match.cost() == null) {
                    missing.add("the cost of '" + match.title() + "'");
                }
            }
        }
        if (target.certificationRequired()) {
            Item match = goalActions.stream().filter(i -> !i.cancelled() && i.type() == ActionType.CERTIFICATION)
                    .findFirst().orElse(null);
            gap.add(new GapItem("Certification or licence", null, match == null ? null : match.id(),
                    match == null ? null : match.cost(), 0));
            if (match == null) {
                missing.add("a certification action");
            } else {
                gapActions.add(match.id());
                if (match.cost() == null) {
                    missing.add("the cost of '" + match.title() + "'");
                }
            }
        }
        int experience = StarterPlanner.experienceMonths(target.workExperience());
        List<String> assumptions = assumptions(has, mode, currentPaySource, target, experience);
        String source = target.paySource() == null ? "" : target.paySource();
        if (target.payYear() != null && !source.contains(String.valueOf(target.payYear()))) {
            source = (source + " " + target.payYear()).trim();
        }
        String data = (source.isEmpty() ? "" : source + ", ") + "median pay; catalog release " + target.release();
        String credit = gapActions.contains(action.id()) ? "REQUIREMENT_GAP" : "NOT_A_REQUIREMENT";

        String refusal = null;
        if (target.entryEducation() == null) {
            refusal = "The catalog gives no typical entry education for " + target.title()
                    + ", so no education can be credited with its pay.";
        } else if (action.type() == ActionType.EDUCATION_PROGRAM && action.level() == null) {
            refusal = "Say which level this programme leads to (educationLevel) to see whether it is what "
                    + target.title() + " requires.";
        } else if (!gapActions.contains(action.id())) {
            refusal = notARequirement(action, target, has, programmes);
        } else if (!missing.isEmpty()) {
            refusal = "Part of the requirement gap, but the plan lacks " + String.join(" and ", missing)
                    + ": add them to see the return of the whole gap.";
        } else if (target.annualMedian() == null) {
            refusal = "The catalog has no median pay for " + target.title() + ".";
        }
        int ramp = rampMonths(target.workExperience());
        int wait = SEARCH_MONTHS + experience;
        Integer entry = target.annualP25() != null ? target.annualP25()
                : target.annualP10() != null ? target.annualP10() : target.annualMedian();
        if (refusal != null) {
            return new Result(false, "Not computable. " + refusal, credit, target.entryEducation(), has, mode, gap,
                    null, null, null, months, null, currentPay, target.annualMedian(), null, null, null, null, null,
                    entry, ramp / 12.0, SEARCH_MONTHS, wait - SEARCH_MONTHS, assumptions, data);
        }

        BigDecimal fees = gap.stream().map(GapItem::cost).filter(c -> c != null).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal forgone = mode == StudyDurations.StudyMode.FULL_TIME
                ? BigDecimal.valueOf((long) currentPay * months).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal total = fees.add(forgone).setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = fees.signum() == 0 ? null : action.cost().divide(fees, 2, RoundingMode.HALF_UP);
        int uplift = target.annualMedian() - currentPay;
        String costs = "Closing the requirement gap (" + String.join(", ", gap.stream().map(GapItem::item).toList())
                + ") costs " + money(fees) + " in fees" + (forgone.signum() > 0 ? " plus " + money(forgone)
                        + " of earnings given up over " + StudyDurations.years(months) + " of full-time study" : "");
        int median = target.annualMedian();
        BigDecimal low = target.annualP10() == null ? null
                : payback(total, currentPay, target.annualP10(), target.annualP10(), ramp, wait);
        BigDecimal high = target.annualP90() == null ? null
                : payback(total, currentPay, median, target.annualP90(), ramp, wait);
        if (uplift <= 0) {
            return new Result(true,
                    costs + "; at median pay " + target.title() + " pays " + (uplift == 0 ? "the same" : "less")
                            + ", so it does not pay back in money.",
                    credit, target.entryEducation(), has, mode, gap, fees, forgone, total, months, share, currentPay,
                    median, uplift, null, low, high, null, entry, ramp / 12.0, SEARCH_MONTHS, wait - SEARCH_MONTHS,
                    assumptions, data);
        }
        BigDecimal atMedian = total.divide(BigDecimal.valueOf(uplift), 2, RoundingMode.HALF_UP);
        BigDecimal years = payback(total, currentPay, entry, median, ramp, wait);
        String expected = years == null ? "it does not pay back within 40 years"
                : "it pays back " + years + " years after you qualify";
        String range = low == null && high == null ? ""
                : " (" + (low == null ? "not within 40 years" : low + " years") + " if your pay stayed at the 10th"
                        + " percentile, " + (high == null ? "unknown" : high + " years") + " if it rose from the median"
                        + " to the 90th)";
        String before = wait > SEARCH_MONTHS
                ? StudyDurations.years(wait - SEARCH_MONTHS) + " of work in a related occupation and " : "";
        return new Result(true,
                costs + "; after " + before + SEARCH_MONTHS + " months of job search, with pay starting at "
                        + money(BigDecimal.valueOf(entry)) + " and reaching the median ("
                        + money(BigDecimal.valueOf(median)) + ", " + money(BigDecimal.valueOf(uplift))
                        + " a year more than today) after " + StudyDurations.years(ramp) + ", " + expected + range
                        + ". Hired at the median on the day you" + " qualify, it would be " + atMedian
                        + " years. This action is " + percent(share) + " of the fees.",
                credit, target.entryEducation(), has, mode, gap, fees, forgone, total, months, share, currentPay,
                median, uplift, years, low, high, atMedian, entry, ramp / 12.0, SEARCH_MONTHS, wait - SEARCH_MONTHS,
                assumptions, data);
    }

    /**
     * Years after qualifying until the extra pay covers {@code cost}: {@code waitMonths} with no uplift (the related
     * work experience the target asks for, then {@value #SEARCH_MONTHS} months of search), then month k of work pays
     * {@code start + (end - start) x min(1, k / rampMonths)} a year; the uplift of a month is a twelfth of that less
     * {@code current}. The month that completes the cost counts in part. Null when it is not paid within
     * {@value #HORIZON_MONTHS} months.
     */
    static BigDecimal payback(BigDecimal cost, int current, int start, int end, int rampMonths, int waitMonths) {
        double remaining = cost.doubleValue();
        if (remaining <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        for (int m = waitMonths; m < HORIZON_MONTHS; m++) {
            int k = m - waitMonths;
            double pay = start + (end - start) * Math.min(1.0, k / (double) rampMonths);
            double uplift = (pay - current) / 12;
            if (uplift > 0 && uplift >= remaining) {
                return BigDecimal.valueOf((m + remaining / uplift) / 12).setScale(2, RoundingMode.HALF_UP);
            }
            remaining -= uplift;
        }
        return null;
    }

    /** BLS joins professional and research doctorates, and people name a JD either way. */
    private static boolean sameLevel(EducationLevel given, EducationLevel needed) {
        Set<EducationLevel> doctorates = Set.of(EducationLevel.FIRST_PROFESSIONAL, EducationLevel.DOCTORAL);
        return given != null && (given == needed || (doctorates.contains(given) && doctorates.contains(needed)));
    }

    private static String notARequirement(Item action, Occupation target, EducationLevel has,
            List<StudyDurations.Programme> programmes) {
        String requirement = "the entry requirement of " + target.title() + " is "
                + withArticle(target.entryEducation().label().toLowerCase())
                + (target.certificationRequired() ? " and a certification or licence" : "");
        return switch (action.type()) {
        case COURSE, CONTINUING_EDUCATION -> capitalized(requirement) + "; a course is not part of it, so no share"
                + " of the pay difference can honestly be credited to it.";
        case CERTIFICATION -> capitalized(requirement) + "; this certification is not part of it, so no pay"
                + " difference is credited to it.";
        default -> programmes.isEmpty()
                ? "You already hold what " + target.title() + " typically requires ("
                        + target.entryEducation().label().toLowerCase()
                        + "), so this programme is not what stands between you and its pay."
                : capitalized(requirement) + "; from " + withArticle(has.label().toLowerCase()) + " the gap is "
                        + String.join(", then ", programmes.stream().map(p -> p.level().label().toLowerCase()).toList())
                        + ". This programme (" + action.level().label().toLowerCase() + ") is not part of that gap.";
        };
    }

    private static List<String> assumptions(EducationLevel has, StudyDurations.StudyMode mode, String currentPaySource,
            Occupation target, int experienceMonths) {
        return List.of("Current education: " + has.label().toLowerCase() + " (give currentEducation if you have more).",
                mode == StudyDurations.StudyMode.FULL_TIME
                        ? "Full-time study: no earnings while studying (give studyMode=PART_TIME if you keep working)."
                        : "Part-time study: you keep your current pay while studying, for twice as long.",
                "Current pay: " + currentPaySource + ".",
                "Target pay: starting at the 25th percentile of " + target.title()
                        + (target.payWhere() == null ? "" : target.payWhere()) + " (a newcomer's pay) and rising"
                        + " to its median over " + StudyDurations.years(rampMonths(target.workExperience()))
                        + " (the related experience it asks for, at least 2 years); the range gives the 10th and 90th"
                        + " percentiles.",
                "Hiring: "
                        + (experienceMonths > 0 ? StudyDurations.years(experienceMonths)
                                + " of work in a related occupation first (BLS: \"" + target.workExperience()
                                + "\"), then " : "")
                        + SEARCH_MONTHS
                        + " months of job search after you qualify, earning no more than today meanwhile.",
                "Credited only to the requirement gap: the typical entry education (BLS) and a certification or"
                        + " licence when the catalog names one.",
                "Left out: taxes, raises beyond the rise to the median, interest and discounting, and the chance of"
                        + " not being hired.");
    }

    static String withArticle(String label) {
        if (label.startsWith("some ") || label.startsWith("less ") || label.startsWith("post-doctoral")) {
            return label;
        }
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String money(BigDecimal amount) {
        return money(amount.setScale(0, RoundingMode.HALF_UP).longValue());
    }

    /** Whole dollars with thousands separators, whatever the server's locale ($93,600). */
    static String money(long dollars) {
        return "$" + String.format(Locale.ROOT, "%,d", dollars);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "none" : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}

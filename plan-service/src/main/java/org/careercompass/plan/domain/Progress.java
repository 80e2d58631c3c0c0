package org.careercompass.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Progress computed from actions. Pure. Cancelled actions do not count. {@code percent} weighs each action by its
 * effort in hours when given, else 1 (so a 1,200-hour degree outweighs a 2-hour task); {@code percentByCount} is the
 * plain share of actions done; {@code weighting} says which weighting {@code percent} used; {@code statement} gives
 * both in words, the count first. An action is overdue when its due date has passed and it is neither done nor
 * cancelled.
 */
public final class Progress {

    private Progress() {
    }

    /** What progress needs to know of one action. */
    public record Item(UUID id, String title, LocalDate dueDate, ActionStatus status, BigDecimal effortHours) {
    }

    @Schema(name = "Progress", description = "Progress computed from actions, weighted by effort when given")
    public record Summary(
            @Schema(description = "0-100, weighted as 'weighting' says", examples = "42.5") double percent,
            @Schema(description = "0-100: actions done / actions counted", examples = "30.0") double percentByCount,
            @Schema(description = "EFFORT_HOURS: each action weighs its effort hours, 1 when none is given; COUNT: no action gives effort hours, so every action weighs 1", examples = "EFFORT_HOURS") Weighting weighting,
            @Schema(description = "Actions counted (not cancelled)", examples = "8") int actions,
            @Schema(examples = "3") int done,
            @Schema(description = "Effort hours of the actions done (an action without effort hours counts 1)", examples = "42") double effortHoursDone,
            @Schema(description = "Effort hours of the actions counted (an action without effort hours counts 1)", examples = "100") double effortHoursPlanned,
            @Schema(description = "The progress in words, both ways side by side: what a person should read", examples = "3 of 8 actions done (37.5%); 42 of 100 hours of planned effort (42%)") String statement,
            @Schema(description = "Overdue actions, earliest due first") List<Overdue> overdue) {
    }

    @Schema(name = "OverdueAction")
    public record Overdue(UUID id, @Schema(examples = "Finish the CAP study guide") String title, LocalDate dueDate,
            @Schema(examples = "12") long daysLate) {
    }

    /** How {@code percent} weighs the actions. */
    public enum Weighting {
        EFFORT_HOURS, COUNT
    }

    /** Whether a goal is on track, from its actions' due dates; see {@link #track}. */
    public enum Track {
        ON_TRACK, AT_RISK, BEHIND, ACHIEVED, NOT_TRACKED
    }

    @Schema(name = "GoalTrack", description = "ON_TRACK: nothing overdue. AT_RISK: one action overdue by up to 30 days. BEHIND: more than one overdue, one overdue by more than 30 days, or the target date passed without the goal achieved. ACHIEVED; NOT_TRACKED for draft and abandoned goals.")
    public record TrackView(@Schema(examples = "AT_RISK") Track status,
            @Schema(examples = "1 action overdue (Finish the CAP study guide, 12 days late)") String reason) {
    }

    /** The documented rule: only due dates and completion count, so a long degree does not look "behind" mid-way. */
    public static TrackView track(Summary progress, GoalStatus status, LocalDate target, LocalDate today) {
        if (status == GoalStatus.ACHIEVED) {
            return new TrackView(Track.ACHIEVED, "Achieved");
        }
        if (status == GoalStatus.DRAFT || status == GoalStatus.ABANDONED) {
            return new TrackView(Track.NOT_TRACKED, status == GoalStatus.DRAFT ? "Draft" : "Abandoned");
        }
        if (target != null && target.isBefore(today)) {
            return new TrackView(Track.BEHIND, "Target date " + target + " passed");
        }
        List<Overdue> overdue = progress.overdue();
        if (overdue.isEmpty()) {
            return new TrackView(Track.ON_TRACK, "Nothing overdue");
        }
        Overdue first = overdue.get(0);
        long latest = overdue.stream().mapToLong(Overdue::daysLate).max().orElse(0);
        String reason = overdue.size() + (overdue.size() == 1 ? " action" : " actions") + " overdue (" + first.title()
                + ", " + first.daysLate() + (first.daysLate() == 1 ? " day" : " days") + " late"
                + (overdue.size() > 1 ? ", ..." : "") + ")";
        return new TrackView(overdue.size() == 1 && latest <= 30 ? Track.AT_RISK : Track.BEHIND, reason);
    }

    public static Summary of(List<Item> items, LocalDate today) {
        double counted = 0;
        double done = 0;
        int actions = 0;
        int finished = 0;
        for (Item item : items) {
            if (item.status() == ActionStatus.CANCELLED) {
                continue;
            }
            double weight = item.effortHours() == null ? 1 : item.effortHours().doubleValue();
            counted += weight;
            actions++;
            if (item.status() == ActionStatus.DONE) {
                done += weight;
                finished++;
            }
        }
        List<Overdue> overdue = items.stream().filter(i -> i.dueDate() != null && i.dueDate().isBefore(today))
                .filter(i -> i.status() == ActionStatus.PLANNED || i.status() == ActionStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(Item::dueDate).thenComparing(Item::title))
                .map(i -> new Overdue(i.id(), i.title(), i.dueDate(), today.toEpochDay() - i.dueDate().toEpochDay()))
                .toList();
        double percent = counted == 0 ? 0 : Math.round(done / counted * 1000) / 10.0;
        double byCount = actions == 0 ? 0 : Math.round(finished * 1000.0 / actions) / 10.0;
        boolean effort = items.stream().anyMatch(i -> i.status() != ActionStatus.CANCELLED && i.effortHours() != null);
        return new Summary(percent, byCount, effort ? Weighting.EFFORT_HOURS : Weighting.COUNT, actions, finished, done,
                counted, statement(actions, finished, byCount, effort, done, counted), overdue);
    }

    /**
     * "1 of 16 actions done (6.3%); 2 of 8,012 hours of planned effort (under 0.1%)": the count first, which is what a
     * person ticks off, then the effort when actions give it (a degree of 5,400 hours outweighs a 2-hour task), with a
     * share under 0.1% said as such rather than rounded to 0.
     */
    static String statement(int actions, int finished, double byCount, boolean effort, double done, double counted) {
        if (actions == 0) {
            return "No actions yet";
        }
        String count = finished + " of " + actions + (actions == 1 ? " action" : " actions") + " done ("
                + share(byCount) + ")";
        if (!effort) {
            return count;
        }
        double byEffort = counted == 0 ? 0 : done / counted * 100;
        String effortShare = done > 0 && byEffort < 0.05 ? "under 0.1%" : share(Math.round(byEffort * 10) / 10.0);
        return count + "; " + hours(done) + " of " + hours(counted) + " hours of planned effort (" + effortShare + ")";
    }

    private static String share(double percent) {
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    private static String hours(double value) {
        return value == Math.rint(value) ? String.format("%,d", (long) value) : String.format("%,.1f", value);
    }
}

package org.careercompass.plan.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.vocabulary.CalendarRange;
import org.careercompass.plan.domain.Action;
import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.Goal;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanAccess;

/**
 * iCalendar export of a plan's dated actions. Calendar apps cannot send bearer tokens, so a plan's owner can create a
 * secret feed URL (a 256-bit random token) to subscribe to, and revoke it.
 */
@ApplicationScoped
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    public String ics(java.util.UUID planId) {
        return render(access.readable(planId));
    }

    public String feed(String token) {
        Plan plan = token == null || token.length() < 20 ? null
                : Plan.<Plan> find("calendarToken", token).firstResult();
        if (plan == null) {
            throw ProblemException.notFound("Calendar feed", "(token)");
        }
        return render(plan);
    }

    @Transactional
    public String createFeed(java.util.UUID planId) {
        Plan plan = access.owned(planId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        plan.calendarToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return plan.calendarToken;
    }

    @Transactional
    public void revokeFeed(java.util.UUID planId) {
        access.owned(planId).calendarToken = null;
    }

    /**
     * An action as a calendar entry: an open action on its due date; a completed action on the day it was completed
     * (its due date when that is unknown), marked done; cancelled actions and open ones without a due date are not
     * shown, nor dates outside {@link CalendarRange}.
     */
    static java.util.Optional<IcsWriter.Entry> entry(java.util.UUID id, String title, String notes, ActionStatus status,
            java.time.LocalDate due, java.time.LocalDate completedOn, String goal) {
        if (status == ActionStatus.CANCELLED) {
            return java.util.Optional.empty();
        }
        boolean done = status == ActionStatus.DONE;
        java.time.LocalDate date = done && completedOn != null ? completedOn : due;
        if (date == null || !CalendarRange.contains(date)) {
            // a date outside the calendar (stored before the API refused them) is not an event anyone can attend
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new IcsWriter.Entry(id, date, done ? "Done: " + title : title,
                goal + (notes == null ? "" : "\n" + notes), done));
    }

    private String render(Plan plan) {
        List<Goal> goals = Goal.list("planId", plan.id);
        Map<java.util.UUID, List<Action>> actions = Action.ofGoals(goals);
        List<IcsWriter.Entry> entries = goals.stream()
                .flatMap(g -> actions.getOrDefault(g.id, List.of()).stream()
                        .map(a -> entry(a.id, a.title, a.notes, a.status, a.dueDate, a.completedOn, g.title))
                        .flatMap(java.util.Optional::stream))
                .sorted(java.util.Comparator.comparing(IcsWriter.Entry::date)).toList();
        return IcsWriter.write("Career plan: " + plan.title, entries, clock.instant());
    }
}

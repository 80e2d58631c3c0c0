package org.careercompass.plan.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.GoalStatus;
import org.careercompass.plan.domain.Progress;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Progress.Item item(String title, LocalDate due, ActionStatus status, Integer effort) {
        return new Progress.Item(UUID.randomUUID(), title, due, status,
                effort == null ? null : BigDecimal.valueOf(effort));
    }

    @Test
    void weightsByEffortAndIgnoresCancelled() {
        // done 30 h of 30 + 10 + 60 = 100 counted hours; the cancelled 500 h do not count
        Progress.Summary s = Progress.of(List.of(item("course", null, ActionStatus.DONE, 30),
                item("networking", null, ActionStatus.IN_PROGRESS, 10), item("degree", null, ActionStatus.PLANNED, 60),
                item("abandoned degree", null, ActionStatus.CANCELLED, 500)), TODAY);
        assertEquals(30.0, s.percent());
        assertEquals(3, s.actions());
        assertEquals(1, s.done());
    }

    /**
     * A starter plan: one 2-hour conversation done of 16 actions, a degree among them. By effort that is 0.025%, which
     * rounds to 0.0: the statement a person reads gives the count first and says "under 0.1%" instead of 0.
     */
    @Test
    void oneSmallActionDoneReadsAsProgressNotZero() {
        List<Progress.Item> items = new java.util.ArrayList<>();
        items.add(item("informational interview", null, ActionStatus.DONE, 2));
        items.add(item("bachelor's degree", null, ActionStatus.PLANNED, 5400));
        for (int i = 0; i < 14; i++) {
            items.add(item("task " + i, null, ActionStatus.PLANNED,
                    i < 2 ? Integer.valueOf(1300) : i == 2 ? Integer.valueOf(10) : null));
        }
        Progress.Summary s = Progress.of(items, TODAY);
        assertEquals(6.3, s.percentByCount());
        assertEquals(0.0, s.percent());
        assertEquals(2.0, s.effortHoursDone());
        assertEquals(8023.0, s.effortHoursPlanned());
        assertEquals("1 of 16 actions done (6.3%); 2 of 8,023 hours of planned effort (under 0.1%)", s.statement());
        assertEquals("No actions yet", Progress.of(List.of(), TODAY).statement());
        assertEquals("2 of 3 actions done (66.7%)",
                Progress.of(List.of(item("a", null, ActionStatus.DONE, null), item("b", null, ActionStatus.DONE, null),
                        item("c", null, ActionStatus.PLANNED, null)), TODAY).statement());
    }

    @Test
    void withoutEffortEveryActionWeighsOne() {
        Progress.Summary s = Progress.of(List.of(item("a", null, ActionStatus.DONE, null),
                item("b", null, ActionStatus.DONE, null), item("c", null, ActionStatus.PLANNED, null)), TODAY);
        assertEquals(66.7, s.percent());
        assertEquals(66.7, s.percentByCount());
        assertEquals(Progress.Weighting.COUNT, s.weighting());
    }

    @Test
    void oneBigDegreeDominatesTheEffortPercentButCountsSayThreeOfTen() {
        // 3 of 10 actions done (2 h each), the open ones include a 1,200-hour degree
        List<Progress.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(item("done " + i, null, ActionStatus.DONE, 2));
        }
        for (int i = 0; i < 6; i++) {
            items.add(item("open " + i, null, ActionStatus.PLANNED, 2));
        }
        items.add(item("bachelor's degree", null, ActionStatus.PLANNED, 1200));
        Progress.Summary s = Progress.of(items, TODAY);
        assertEquals(0.5, s.percent(), "6 of 1,218 hours");
        assertEquals(30.0, s.percentByCount());
        assertEquals(Progress.Weighting.EFFORT_HOURS, s.weighting());
        assertEquals(10, s.actions());
        assertEquals(3, s.done());
    }

    @Test
    void overdueListsOpenActionsPastTheirDueDateEarliestFirst() {
        Progress.Summary s = Progress.of(List.of(item("late", TODAY.minusDays(3), ActionStatus.PLANNED, null),
                item("later", TODAY.minusDays(10), ActionStatus.IN_PROGRESS, null),
                item("done late", TODAY.minusDays(5), ActionStatus.DONE, null),
                item("due today", TODAY, ActionStatus.PLANNED, null)), TODAY);
        assertEquals(List.of("later", "late"), s.overdue().stream().map(Progress.Overdue::title).toList());
        assertEquals(10, s.overdue().get(0).daysLate());
    }

    @Test
    void nothingToDoIsZeroPercent() {
        assertEquals(0.0, Progress.of(List.of(), TODAY).percent());
    }

    @Test
    void trackFollowsDueDatesNotEffort() {
        LocalDate target = TODAY.plusYears(3);
        // a long degree open and nothing overdue: on track, whatever the effort percentage says
        Progress.Summary fine = Progress.of(List.of(item("degree", TODAY.plusYears(2), ActionStatus.PLANNED, 5400),
                item("talk", TODAY.minusDays(5), ActionStatus.DONE, 2)), TODAY);
        assertEquals(Progress.Track.ON_TRACK, Progress.track(fine, GoalStatus.ACTIVE, target, TODAY).status());
        Progress.Summary oneLate = Progress.of(List.of(item("exam", TODAY.minusDays(12), ActionStatus.PLANNED, null)),
                TODAY);
        Progress.TrackView risk = Progress.track(oneLate, GoalStatus.ACTIVE, target, TODAY);
        assertEquals(Progress.Track.AT_RISK, risk.status());
        assertEquals("1 action overdue (exam, 12 days late)", risk.reason());
        Progress.Summary longLate = Progress.of(List.of(item("exam", TODAY.minusDays(31), ActionStatus.PLANNED, null)),
                TODAY);
        assertEquals(Progress.Track.BEHIND, Progress.track(longLate, GoalStatus.ACTIVE, target, TODAY).status());
        Progress.Summary twoLate = Progress.of(List.of(item("a", TODAY.minusDays(1), ActionStatus.PLANNED, null),
                item("b", TODAY.minusDays(2), ActionStatus.IN_PROGRESS, null)), TODAY);
        assertEquals(Progress.Track.BEHIND, Progress.track(twoLate, GoalStatus.ACTIVE, target, TODAY).status());
        assertEquals(Progress.Track.BEHIND, Progress.track(fine, GoalStatus.ACTIVE, TODAY.minusDays(1), TODAY).status(),
                "target passed");
        assertEquals(Progress.Track.ACHIEVED, Progress.track(twoLate, GoalStatus.ACHIEVED, target, TODAY).status());
        assertEquals(Progress.Track.NOT_TRACKED, Progress.track(twoLate, GoalStatus.DRAFT, target, TODAY).status());
    }
}

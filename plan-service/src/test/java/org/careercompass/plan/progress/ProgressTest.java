package org.careercompass.plan.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careercompass.plan.action.ActionStatus;
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

    @Test
    void withoutEffortEveryActionWeighsOne() {
        Progress.Summary s = Progress.of(List.of(item("a", null, ActionStatus.DONE, null),
                item("b", null, ActionStatus.DONE, null), item("c", null, ActionStatus.PLANNED, null)), TODAY);
        assertEquals(66.7, s.percent());
        assertEquals(66.7, s.percentByCount());
        assertEquals("COUNT", s.weighting());
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
        assertEquals("EFFORT_HOURS", s.weighting());
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
}

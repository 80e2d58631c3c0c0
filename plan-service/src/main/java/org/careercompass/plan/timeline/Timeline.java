package org.careercompass.plan.timeline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;

/**
 * Appends to and reads a plan's timeline. Appends join the caller's transaction, so events and changes commit together.
 */
@ApplicationScoped
public class Timeline {

    @Inject
    Clock clock;

    @Schema(name = "TimelineEvent")
    public record Event(@Schema(examples = "17") long id, OffsetDateTime at, @Schema(examples = "alice") String actor,
            @Schema(examples = "ACTION_COMPLETED") String kind, @Schema(nullable = true) UUID subjectId,
            @Schema(examples = "Mock interview with the career center") String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID planId, String actor, String kind, UUID subjectId, String detail) {
        PlanEvent event = new PlanEvent();
        event.planId = planId;
        event.at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        event.actor = actor;
        event.kind = kind;
        event.subjectId = subjectId;
        event.detail = detail(detail);
        event.persist();
    }

    /** An event's detail as stored: at most 1,000 characters. */
    public static String detail(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Page<Event> read(UUID planId, PageRequest page) {
        var query = PlanEvent.<PlanEvent> find("planId", Sort.ascending("id"), planId);
        long total = query.count();
        List<Event> items = query.page(page.page(), page.size()).list().stream()
                .map(e -> new Event(e.id, e.at, e.actor, e.kind, e.subjectId, e.detail)).toList();
        return Page.of(items, page, total);
    }
}

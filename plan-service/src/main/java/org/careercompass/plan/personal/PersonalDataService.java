package org.careercompass.plan.personal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.commons.persistence.PersonSql;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.security.Counselors;
import org.careercompass.commons.security.PersonalData;
import org.careercompass.commons.web.StoredAnswers;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanViews.PlanView;
import org.careercompass.plan.plans.PlanService;
import org.careercompass.plan.sharing.PlanComment;
import org.careercompass.plan.sharing.SharingService;
import org.careercompass.plan.timeline.PlanEvent;
import org.careercompass.plan.timeline.Timeline;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;

/**
 * Everything this service holds about the signed-in person, to take away or to erase. The person is the token's subject
 * (plans they own) and their username (what they wrote or were given as a counselor: comments, timeline events they
 * caused on other people's plans, shares naming them, their counselor sign-in).
 */
@ApplicationScoped
public class PersonalDataService implements PersonalData {

    @Schema(name = "PersonalDataExport", description = "Everything the plan service holds about you")
    public record Export(OffsetDateTime exportedAt, @Schema(examples = "plan-service") String service,
            @Schema(examples = "alice") String username, String subject, List<PlanExport> plans,
            @Schema(description = "Comments you wrote on plans shared with you") List<SharingService.Comment> commentsOnSharedPlans,
            @Schema(description = "Plans shared with you as a counselor") List<SharingService.Shared> sharedWithYou,
            @Schema(description = "Every read of your plans by someone you shared them with, newest first") List<AccessLog.Entry> accessLog,
            @Schema(description = "Answers kept for safe retries of your POSTs with an Idempotency-Key (24 hours), oldest first") List<StoredAnswers.Entry> storedAnswers) {
    }

    @Schema(name = "PlanExport")
    public record PlanExport(PlanView plan, List<Timeline.Event> timeline, List<SharingService.Comment> comments,
            List<SharingService.Granted> shares,
            @Schema(description = "Whether a calendar subscription URL is active (the secret itself is not exported)") boolean calendarFeed) {
    }

    @Schema(name = "PersonalDataErasure")
    public record Erased(
            @Schema(description = "Rows removed, by kind", examples = "{\"plans\": 1, \"goals\": 2, \"actions\": 7, \"timelineEvents\": 12, \"comments\": 1, \"shares\": 1, \"counselorSignIn\": 0, \"storedAnswers\": 2}") Map<String, Long> removed) {
    }

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    SharingService sharing;

    @Inject
    Counselors counselors;

    @Inject
    AccessLog accessLog;

    @Inject
    StoredAnswers storedAnswers;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    @Transactional
    @Override
    public Export export() {
        List<Plan> owned = Plan.list("ownerId", Sort.by("createdAt").and("id"), caller.id());
        List<PlanExport> exported = owned.stream().map(p -> {
            List<PlanEvent> events = PlanEvent.list("planId", Sort.ascending("id"), p.id);
            return new PlanExport(
                    plans.read(p.id), events.stream()
                            .map(e -> new Timeline.Event(e.id, e.at, e.actor, e.kind, e.subjectId, e.detail)).toList(),
                    sharing.comments(p.id), sharing.granted(p.id), p.calendarToken != null);
        }).toList();
        List<UUID> ownIds = owned.stream().map(p -> p.id).toList();
        List<PlanComment> written = PlanComment.list("author", Sort.by("createdAt").and("id"), caller.name());
        List<SharingService.Comment> elsewhere = written.stream().filter(c -> !ownIds.contains(c.planId))
                .map(c -> new SharingService.Comment(c.id, c.author, c.body, c.createdAt)).toList();
        return new Export(OffsetDateTime.now(ZoneOffset.UTC), "plan-service", caller.name(), caller.id(), exported,
                elsewhere, sharing.sharedWithMe(), accessLog.all(caller.id()), storedAnswers.of(caller.id()));
    }

    /**
     * Removes every row about the person in one transaction and counts them by kind. The timeline is append-only: rows
     * are never edited, but a person's erasure removes them (their own plans' events, and events they caused on plans
     * shared with them).
     */
    @Transactional
    @Override
    public Erased erase() {
        String s = schema + ".";
        PersonSql sql = new PersonSql(em, caller.id(), caller.name());
        String owned = "SELECT id FROM " + s + "plan WHERE owner_id = :sub";
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("plans", sql.count("SELECT count(*) FROM " + s + "plan WHERE owner_id = :sub"));
        removed.put("goals", sql.count("SELECT count(*) FROM " + s + "goal WHERE plan_id IN (" + owned + ")"));
        removed.put("actions", sql.count("SELECT count(*) FROM " + s + "action WHERE goal_id IN (SELECT id FROM " + s
                + "goal WHERE plan_id IN (" + owned + "))"));
        // each count is a union of two indexed lookups: "plan_id IN (...) OR actor = :name" reads the whole table
        // (162 ms an erasure with a million timeline events, bench/scale.sh)
        removed.put("timelineEvents", countEither(sql, s + "plan_event", owned, "actor"));
        removed.put("comments", countEither(sql, s + "plan_comment", owned, "author"));
        removed.put("shares", countEither(sql, s + "plan_share", owned, "counselor_name"));
        removed.put("accessLog",
                sql.count("SELECT count(*) FROM " + s + "access_log WHERE owner_id = :sub OR reader = :name"));
        removed.put("counselorSignIn", sql.count("SELECT count(*) FROM " + s + "counselor WHERE name = :name"));
        sql.update("DELETE FROM " + s + "plan_event WHERE actor = :name");
        sql.update("DELETE FROM " + s + "plan_comment WHERE author = :name");
        sql.update("DELETE FROM " + s + "plan_share WHERE counselor_name = :name");
        sql.update("DELETE FROM " + s + "counselor WHERE name = :name");
        sql.update("DELETE FROM " + s + "access_log WHERE owner_id = :sub OR reader = :name");
        // goals, actions, the rest of the timeline, comments and shares of the person's plans go with them (cascade)
        sql.update("DELETE FROM " + s + "plan WHERE owner_id = :sub");
        // answers kept for retries hold what was written: they go too, leaving tombstones without personal data
        removed.put("storedAnswers", storedAnswers.erase(caller.id()));
        counselors.forget(caller.name());
        return new Erased(removed);
    }

    /** Rows of a table on the person's own plans or naming them in {@code column}, each counted once. */
    private static long countEither(PersonSql sql, String table, String ownedPlans, String column) {
        return sql.count("SELECT count(*) FROM (SELECT id FROM " + table + " WHERE plan_id IN (" + ownedPlans
                + ") UNION SELECT id FROM " + table + " WHERE " + column + " = :name) rows");
    }
}

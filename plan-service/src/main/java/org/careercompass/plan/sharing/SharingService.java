package org.careercompass.plan.sharing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.security.Counselors;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanAccess;
import org.careercompass.plan.domain.PlanShare;
import org.careercompass.plan.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SharingService {

    @Schema(name = "PlanShare")
    public record Granted(@Schema(examples = "carol") String counselor, OffsetDateTime since,
            @Schema(nullable = true, description = "When the share ends; null: until revoked") OffsetDateTime expiresAt) {
    }

    @Schema(name = "Comment")
    public record Comment(UUID id, @Schema(examples = "carol") String author,
            @Schema(examples = "Good progress; book the CAP exam before March.") String body,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "SharedPlan", description = "A plan shared with you")
    public record Shared(UUID planId, String title, @Schema(examples = "alice") String owner, OffsetDateTime since) {
    }

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    Counselors counselors;

    @Transactional
    public Granted grant(UUID planId, String counselor, OffsetDateTime expiresAt) {
        Plan plan = access.owned(planId);
        counselors.requireShareable(counselor, caller.name());
        PlanShare share = PlanShare.<PlanShare> find("planId = ?1 and counselorName = ?2", plan.id, counselor)
                .firstResultOptional().orElseGet(() -> {
                    PlanShare created = new PlanShare();
                    created.planId = plan.id;
                    created.counselorName = counselor;
                    created.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
                    created.expiresAt = expiresAt;
                    created.persist();
                    timeline.append(plan.id, caller.name(), "SHARED", null,
                            counselor + (expiresAt == null ? "" : " until " + expiresAt));
                    return created;
                });
        if (!java.util.Objects.equals(share.expiresAt, expiresAt)) {
            share.expiresAt = expiresAt;
            timeline.append(plan.id, caller.name(), "SHARED", null,
                    counselor + (expiresAt == null ? "" : " until " + expiresAt));
        }
        return new Granted(share.counselorName, share.createdAt, share.expiresAt);
    }

    public List<Granted> granted(UUID planId) {
        Plan plan = access.owned(planId);
        List<PlanShare> shares = PlanShare.list("planId", Sort.by("counselorName"), plan.id);
        return shares.stream().map(s -> new Granted(s.counselorName, s.createdAt, s.expiresAt)).toList();
    }

    @Transactional
    public void revoke(UUID planId, String counselor) {
        Plan plan = access.owned(planId);
        if (PlanShare.delete("planId = ?1 and counselorName = ?2", plan.id, counselor) == 0) {
            throw ProblemException.notFound("Share with", counselor);
        }
        timeline.append(plan.id, caller.name(), "UNSHARED", null, counselor);
    }

    public List<Shared> sharedWithMe() {
        List<PlanShare> shares = PlanShare.list("counselorName = ?1 and (expiresAt is null or expiresAt > ?2)",
                Sort.by("createdAt"), caller.name(), OffsetDateTime.now(clock));
        return shares.stream().map(s -> {
            Plan plan = Plan.findById(s.planId);
            return new Shared(plan.id, plan.title, plan.ownerName, s.createdAt);
        }).toList();
    }

    /** The owner or a counselor the plan is shared with may comment; the comment also goes on the timeline. */
    @Transactional
    public Comment comment(UUID planId, String body) {
        Plan plan = access.readable(planId);
        PlanComment comment = new PlanComment();
        comment.id = UUID.randomUUID();
        comment.planId = plan.id;
        comment.author = caller.name();
        comment.body = body.trim();
        comment.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        comment.persist();
        timeline.append(plan.id, caller.name(), "COMMENT_ADDED", comment.id,
                comment.body.length() > 200 ? comment.body.substring(0, 200) : comment.body);
        return new Comment(comment.id, comment.author, comment.body, comment.createdAt);
    }

    public List<Comment> comments(UUID planId) {
        Plan plan = access.readable(planId);
        List<PlanComment> comments = PlanComment.list("planId", Sort.by("createdAt").and("id"), plan.id);
        return comments.stream().map(c -> new Comment(c.id, c.author, c.body, c.createdAt)).toList();
    }
}

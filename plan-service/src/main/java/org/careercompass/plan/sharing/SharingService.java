package org.careercompass.plan.sharing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.security.Counselors;
import org.careercompass.commons.security.ShareState;
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
            @Schema(nullable = true, description = "When the share ends; null: until revoked") OffsetDateTime expiresAt,
            ShareState state,
            @Schema(nullable = true, description = "While INVITED: until when the counselor can accept; null otherwise") OffsetDateTime invitedUntil) {

        static Granted of(PlanShare share, OffsetDateTime now) {
            ShareState state = share.stateAt(now);
            return new Granted(share.counselorName, share.createdAt, share.expiresAt, state,
                    share.state == ShareState.INVITED ? share.invitedUntil : null);
        }
    }

    @Schema(name = "PlanInvitation", description = "A plan its owner invites you to read and comment on, waiting for your answer")
    public record Invitation(UUID planId, String title, @Schema(examples = "alice") String owner,
            OffsetDateTime invitedAt, @Schema(description = "Accept before then") OffsetDateTime invitedUntil,
            @Schema(nullable = true, description = "When the share would end; null: until revoked") OffsetDateTime expiresAt) {
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

    /**
     * Shares a plan: active at once with a counselor who has signed in here, otherwise an invitation. Sharing again
     * sets the end; it renews a pending invitation, and activates it when the counselor has signed in since.
     */
    @Transactional
    public Granted grant(UUID planId, String counselor, OffsetDateTime expiresAt) {
        Plan plan = access.owned(planId);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        PlanShare share = PlanShare.<PlanShare> find("planId = ?1 and counselorName = ?2", plan.id, counselor)
                .firstResult();
        ShareState before = share == null ? null : share.stateAt(now);
        OffsetDateTime endBefore = share == null ? null : share.expiresAt;
        if (share == null) {
            share = new PlanShare();
            share.planId = plan.id;
            share.counselorName = counselor;
            share.createdAt = now;
        }
        Counselors.Sharing sharing = counselors.share(share.state, counselor, caller.name(), now);
        share.state = sharing.state();
        share.invitedUntil = sharing.invitedUntil();
        share.expiresAt = expiresAt;
        if (!share.isPersistent()) {
            share.persist();
        }
        ShareState after = share.stateAt(now);
        if (after != before || !Objects.equals(endBefore, expiresAt)) {
            timeline.append(plan.id, caller.name(), after == ShareState.ACTIVE ? "SHARED" : "INVITED", null,
                    counselor + (expiresAt == null ? "" : " until " + expiresAt));
        }
        return Granted.of(share, now);
    }

    public List<Granted> granted(UUID planId) {
        Plan plan = access.owned(planId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PlanShare> shares = PlanShare.list("planId", Sort.by("counselorName"), plan.id);
        return shares.stream().map(s -> Granted.of(s, now)).toList();
    }

    @Transactional
    public void revoke(UUID planId, String counselor) {
        Plan plan = access.owned(planId);
        if (PlanShare.delete("planId = ?1 and counselorName = ?2", plan.id, counselor) == 0) {
            throw ProblemException.notFound("Share with", counselor);
        }
        timeline.append(plan.id, caller.name(), "UNSHARED", null, counselor);
    }

    /** The invitations waiting for the calling counselor's answer, oldest first. */
    public List<Invitation> invitations() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PlanShare> shares = PlanShare.list(
                "counselorName = ?1 and state = ?2 and invitedUntil > ?3 and (expiresAt is null or expiresAt > ?3)",
                Sort.by("createdAt").and("planId"), caller.name(), ShareState.INVITED, now);
        return shares.stream().map(s -> {
            Plan plan = Plan.findById(s.planId);
            return new Invitation(plan.id, plan.title, plan.ownerName, s.createdAt, s.invitedUntil, s.expiresAt);
        }).toList();
    }

    /** The calling counselor accepts an open invitation (accepting an active share again changes nothing). */
    @Transactional
    public Shared accept(UUID planId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PlanShare share = PlanShare.<PlanShare> find("planId = ?1 and counselorName = ?2", planId, caller.name())
                .firstResult();
        ShareState state = share == null ? ShareState.EXPIRED : share.stateAt(now);
        if (state == ShareState.EXPIRED) {
            throw ProblemException.notFound("Invitation to plan", planId.toString());
        }
        Plan plan = Plan.findById(planId);
        if (state == ShareState.INVITED) {
            share.state = ShareState.ACTIVE;
            share.invitedUntil = null;
            timeline.append(plan.id, caller.name(), "INVITATION_ACCEPTED", null, caller.name());
        }
        return new Shared(plan.id, plan.title, plan.ownerName, share.createdAt);
    }

    /** The calling counselor declines an open invitation; the owner sees the share gone. */
    @Transactional
    public void decline(UUID planId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PlanShare share = PlanShare.<PlanShare> find("planId = ?1 and counselorName = ?2", planId, caller.name())
                .firstResult();
        if (share == null || share.stateAt(now) != ShareState.INVITED) {
            throw ProblemException.notFound("Invitation to plan", planId.toString());
        }
        share.delete();
        timeline.append(planId, caller.name(), "INVITATION_DECLINED", null, caller.name());
    }

    public List<Shared> sharedWithMe() {
        List<PlanShare> shares = PlanShare.list(
                "counselorName = ?1 and state = ?2 and (expiresAt is null or expiresAt > ?3)", Sort.by("createdAt"),
                caller.name(), ShareState.ACTIVE, OffsetDateTime.now(clock));
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

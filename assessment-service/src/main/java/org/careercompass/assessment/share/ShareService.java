package org.careercompass.assessment.share;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Counselors;
import org.careercompass.commons.security.ShareState;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ShareService {

    @Inject
    Clock clock;

    @Inject
    Counselors counselors;

    @Inject
    AccessLog accessLog;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /**
     * Shares results: active at once with a counselor who has signed in here, otherwise an invitation. Sharing again
     * sets the end; it renews a pending invitation, and activates it when the counselor has signed in since.
     */
    @Transactional
    public ShareView.Granted grant(String ownerId, String ownerName, String counselor, OffsetDateTime expiresAt) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Share share = Share.<Share> find("ownerId = ?1 and counselorName = ?2", ownerId, counselor).firstResult();
        if (share == null) {
            share = new Share();
            share.ownerId = ownerId;
            share.ownerName = ownerName;
            share.counselorName = counselor;
            share.createdAt = now;
        }
        Counselors.Sharing sharing = counselors.share(share.state, counselor, ownerName, now);
        share.state = sharing.state();
        share.invitedUntil = sharing.invitedUntil();
        share.expiresAt = expiresAt;
        if (!share.isPersistent()) {
            share.persist();
        }
        return ShareView.Granted.of(share, now);
    }

    public List<ShareView.Granted> granted(String ownerId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Share> shares = Share.list("ownerId", Sort.by("counselorName"), ownerId);
        return shares.stream().map(s -> ShareView.Granted.of(s, now)).toList();
    }

    @Transactional
    public void revoke(String ownerId, String counselor) {
        if (Share.delete("ownerId = ?1 and counselorName = ?2", ownerId, counselor) == 0) {
            throw ProblemException.notFound("Share with", counselor);
        }
    }

    public List<ShareView.Client> clients(String counselor) {
        List<Share> shares = Share.list("counselorName = ?1 and state = ?2 and (expiresAt is null or expiresAt > ?3)",
                Sort.by("ownerName").and("ownerId"), counselor, ShareState.ACTIVE, OffsetDateTime.now(clock));
        return shares.stream().map(s -> new ShareView.Client(s.ownerId, s.ownerName, s.createdAt)).toList();
    }

    /** The invitations waiting for this counselor's answer, oldest first. */
    public List<ShareView.Invitation> invitations(String counselor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Share> shares = Share.list(
                "counselorName = ?1 and state = ?2 and invitedUntil > ?3 and (expiresAt is null or expiresAt > ?3)",
                Sort.by("createdAt").and("ownerId"), counselor, ShareState.INVITED, now);
        return shares.stream()
                .map(s -> new ShareView.Invitation(s.ownerId, s.ownerName, s.createdAt, s.invitedUntil, s.expiresAt))
                .toList();
    }

    /** The counselor accepts an open invitation (accepting an active share again changes nothing). */
    @Transactional
    public ShareView.Client accept(String personId, String counselor) {
        Share share = Share.<Share> find("ownerId = ?1 and counselorName = ?2", personId, counselor).firstResult();
        ShareState state = share == null ? ShareState.EXPIRED : share.stateAt(OffsetDateTime.now(clock));
        if (state == ShareState.EXPIRED) {
            throw ProblemException.notFound("Invitation from", personId);
        }
        share.state = ShareState.ACTIVE;
        share.invitedUntil = null;
        return new ShareView.Client(share.ownerId, share.ownerName, share.createdAt);
    }

    /** The counselor declines an open invitation; the person sees the share gone. */
    @Transactional
    public void decline(String personId, String counselor) {
        Share share = Share.<Share> find("ownerId = ?1 and counselorName = ?2", personId, counselor).firstResult();
        if (share == null || share.stateAt(OffsetDateTime.now(clock)) != ShareState.INVITED) {
            throw ProblemException.notFound("Invitation from", personId);
        }
        share.delete();
    }

    /** Throws 404 unless the person shared with this counselor, so nothing reveals who exists. */
    public void requireShared(String personId, String counselor) {
        if (!Share.exists(personId, counselor, OffsetDateTime.now(clock))) {
            throw ProblemException.notFound("Person", personId);
        }
        accessLog.record(personId, counselor, request.method() + " " + request.path());
    }
}

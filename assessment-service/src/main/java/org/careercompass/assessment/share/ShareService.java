package org.careercompass.assessment.share;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Counselors;

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

    /** Grants a counselor access; granting twice is harmless (idempotent). */
    @Transactional
    public ShareView.Granted grant(String ownerId, String ownerName, String counselor, OffsetDateTime expiresAt) {
        counselors.requireShareable(counselor, ownerName);
        Share share = Share.<Share> find("ownerId = ?1 and counselorName = ?2", ownerId, counselor)
                .firstResultOptional().orElseGet(() -> {
                    Share created = new Share();
                    created.ownerId = ownerId;
                    created.ownerName = ownerName;
                    created.counselorName = counselor;
                    created.createdAt = OffsetDateTime.now(clock);
                    created.expiresAt = expiresAt;
                    created.persist();
                    return created;
                });
        share.expiresAt = expiresAt;
        return new ShareView.Granted(share.counselorName, share.createdAt, share.expiresAt);
    }

    public List<ShareView.Granted> granted(String ownerId) {
        List<Share> shares = Share.list("ownerId", Sort.by("counselorName"), ownerId);
        return shares.stream().map(s -> new ShareView.Granted(s.counselorName, s.createdAt, s.expiresAt)).toList();
    }

    @Transactional
    public void revoke(String ownerId, String counselor) {
        if (Share.delete("ownerId = ?1 and counselorName = ?2", ownerId, counselor) == 0) {
            throw ProblemException.notFound("Share with", counselor);
        }
    }

    public List<ShareView.Client> clients(String counselor) {
        List<Share> shares = Share.list("counselorName = ?1 and (expiresAt is null or expiresAt > ?2)",
                Sort.by("ownerName").and("ownerId"), counselor, OffsetDateTime.now(clock));
        return shares.stream().map(s -> new ShareView.Client(s.ownerId, s.ownerName, s.createdAt)).toList();
    }

    /** Throws 404 unless the person shared with this counselor, so nothing reveals who exists. */
    public void requireShared(String personId, String counselor) {
        if (!Share.exists(personId, counselor, OffsetDateTime.now(clock))) {
            throw ProblemException.notFound("Person", personId);
        }
        accessLog.record(personId, counselor, request.method() + " " + request.path());
    }
}

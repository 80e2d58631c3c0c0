package org.careercompass.commons.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answers {@link IdempotencyKeys} keeps for safe retries, seen from the person they belong to: listed in their
 * export, erased with them, purged when they expire ({@value IdempotencyKeys#KEEP_HOURS} hours after the request).
 * <p>
 * Erasure keeps a tombstone per key until the key would have expired: the owner becomes a one-way hash of the subject,
 * and the request hash, status, location and body are cleared. A retry with an erased key then answers 422 instead of
 * replaying the erased answer or writing the erased data again.
 */
@ApplicationScoped
public class StoredAnswers {

    static final String ERASED_PREFIX = "erased:";

    @Schema(name = "StoredAnswer", description = "The answer to a POST you sent with an Idempotency-Key, kept so that a"
            + " retry with the same key gets it again instead of writing twice")
    public record Entry(@Schema(examples = "3f6c9a1e-7b2d-4c55-9e0a-2d8b1c7f4e10") String key,
            @Schema(examples = "POST /api/v1/plans") String request, @Schema(examples = "201") int status,
            OffsetDateTime storedAt, @Schema(description = "When it is deleted") OffsetDateTime expiresAt) {
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    /** The person's stored answers, oldest first, in the caller's transaction. */
    public List<Entry> of(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT idem_key, request, status, created_at FROM " + table()
                + " WHERE owner = ?1 AND created_at > now() - make_interval(hours => ?2) ORDER BY created_at, idem_key")
                .setParameter(1, owner).setParameter(2, IdempotencyKeys.KEEP_HOURS).getResultList();
        return rows.stream().map(r -> {
            OffsetDateTime at = toOffset(r[3]);
            return new Entry((String) r[0], (String) r[1], ((Number) r[2]).intValue(), at,
                    at.plusHours(IdempotencyKeys.KEEP_HOURS));
        }).toList();
    }

    /**
     * Erases the person's stored answers in the caller's transaction, leaving tombstones that hold no personal data;
     * returns how many answers were erased.
     */
    public long erase(String owner) {
        String tombstone = tombstoneOf(owner);
        // a key erased before and used again since: the newer tombstone replaces the older one
        em.createNativeQuery("DELETE FROM " + table() + " WHERE owner = ?1 AND idem_key IN (SELECT idem_key FROM "
                + table() + " WHERE owner = ?2)").setParameter(1, tombstone).setParameter(2, owner).executeUpdate();
        return em
                .createNativeQuery("UPDATE " + table() + " SET owner = ?1, request_hash = ?2, status = 0,"
                        + " request = NULL, location = NULL, content_type = NULL, body = NULL WHERE owner = ?3")
                .setParameter(1, tombstone).setParameter(2, "0".repeat(64)).setParameter(3, owner).executeUpdate();
    }

    /**
     * Deletes up to {@code limit} answers and tombstones older than the retention, in the caller's transaction; returns
     * how many.
     */
    public int purgeExpired(int limit) {
        return em
                .createNativeQuery("DELETE FROM " + table() + " WHERE ctid IN (SELECT ctid FROM " + table()
                        + " WHERE created_at < now() - make_interval(hours => ?1) LIMIT ?2)")
                .setParameter(1, IdempotencyKeys.KEEP_HOURS).setParameter(2, limit).executeUpdate();
    }

    /** What an erased owner's keys are stored under: a SHA-256 of the subject, not the subject. */
    static String tombstoneOf(String owner) {
        return ERASED_PREFIX + IdempotencyKeys.sha256("", owner.getBytes(StandardCharsets.UTF_8));
    }

    private String table() {
        return schema + ".idempotency_key";
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}

package org.careercompass.commons.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answers kept for safe retries ({@link Idempotent}): found and recorded by {@link IdempotentInterceptor}, listed
 * in their owner's export, erased with them, purged when they expire ({@value Idempotent#KEEP_HOURS} hours after the
 * request).
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

    /** A kept answer; {@code erased} when its owner erased their data since (a tombstone). */
    record Stored(boolean erased, String requestHash, int status, String location, String contentType, String body) {
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    /** The answer kept for the owner's key, or the tombstone left when they erased it, in the caller's transaction. */
    Optional<Stored> find(String owner, String key) {
        String tombstone = tombstoneOf(owner);
        List<?> rows = em
                .createNativeQuery("SELECT request_hash, status, location, content_type, body, owner FROM " + table()
                        + " WHERE owner IN (?1, ?4) AND idem_key = ?2"
                        + " AND created_at > now() - make_interval(hours => ?3) ORDER BY owner = ?1 DESC LIMIT 1")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, Idempotent.KEEP_HOURS)
                .setParameter(4, tombstone).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new Stored(tombstone.equals(r[5]),
                (String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4]));
    }

    /**
     * Records an answer in the caller's transaction; false when the key was recorded meanwhile by a concurrent request
     * (which then committed first). An expired answer under the same key is replaced; the retention job deletes the
     * others.
     */
    boolean record(String owner, String key, String requestHash, String request, int status, String location,
            jakarta.ws.rs.core.MediaType type, String body) {
        return em
                .createNativeQuery("INSERT INTO " + table() + " (owner, idem_key, request_hash, status, location,"
                        + " content_type, body, request, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())"
                        + " ON CONFLICT (owner, idem_key) DO UPDATE SET request_hash = excluded.request_hash, status ="
                        + " excluded.status, location = excluded.location, content_type = excluded.content_type, body ="
                        + " excluded.body, request = excluded.request, created_at = excluded.created_at WHERE"
                        + " idempotency_key.created_at <= now() - make_interval(hours => ?9)")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, requestHash).setParameter(4, status)
                .setParameter(5, location).setParameter(6, type == null ? null : type.toString()).setParameter(7, body)
                .setParameter(8, request.length() > 300 ? request.substring(0, 300) : request)
                .setParameter(9, Idempotent.KEEP_HOURS).executeUpdate() == 1;
    }

    /** The person's stored answers, oldest first, in the caller's transaction. */
    public List<Entry> of(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT idem_key, request, status, created_at FROM " + table()
                + " WHERE owner = ?1 AND created_at > now() - make_interval(hours => ?2) ORDER BY created_at, idem_key")
                .setParameter(1, owner).setParameter(2, Idempotent.KEEP_HOURS).getResultList();
        return rows.stream().map(r -> {
            OffsetDateTime at = toOffset(r[3]);
            return new Entry((String) r[0], (String) r[1], ((Number) r[2]).intValue(), at,
                    at.plusHours(Idempotent.KEEP_HOURS));
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
                .setParameter(1, Idempotent.KEEP_HOURS).setParameter(2, limit).executeUpdate();
    }

    /** What an erased owner's keys are stored under: a SHA-256 of the subject, not the subject. */
    static String tombstoneOf(String owner) {
        return ERASED_PREFIX + IdempotentInterceptor.sha256("", owner.getBytes(StandardCharsets.UTF_8));
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

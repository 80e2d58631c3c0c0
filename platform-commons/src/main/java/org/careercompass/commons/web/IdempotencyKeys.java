package org.careercompass.commons.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemMappers;
import org.careercompass.commons.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Safe retries of POSTs (the IETF httpapi Idempotency-Key draft). A POST carrying {@code Idempotency-Key} runs in one
 * transaction together with the record of its key, the caller, a SHA-256 of the request (method, path, body) and the
 * answer: either both commit or neither does. So a retry with the same key after an answer was lost (a dropped
 * connection, a 503 after the commit) gets the first answer again ({@code Idempotent-Replayed: true}) and writes
 * nothing; the same key with a different request is a 422; a key whose first request has not committed yet is a 409.
 * Only successful answers are kept: an error leaves nothing, so the client may retry. Keys are per caller and kept for
 * {@link #KEEP_HOURS} hours; {@link StoredAnswers} lists them in the person's export, erases them with the person (a
 * retry with an erased key is a 422) and purges expired ones.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int KEEP_HOURS = 24;
    private static final String KEY = "careercompass.idempotency.key";
    private static final String HASH = "careercompass.idempotency.hash";
    private static final String REQUEST = "careercompass.idempotency.request";

    @Inject
    EntityManager em;

    @Inject
    JsonWebToken jwt;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    @ServerRequestFilter
    public Response before(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return problem(request, 400, ProblemType.VALIDATION, HEADER + " must be 1-255 characters");
        }
        String owner = jwt.getSubject();
        if (owner == null) {
            return null; // not signed in: the resource answers 401
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String path = request.getUriInfo().getPath();
        String requestLine = request.getMethod() + " " + (path.startsWith("/") ? path : "/" + path);
        String hash = sha256(request.getMethod() + " " + path + "\n", body);
        String tombstone = StoredAnswers.tombstoneOf(owner);
        List<?> found = em
                .createNativeQuery("SELECT request_hash, status, location, content_type, body, owner FROM " + table()
                        + " WHERE owner IN (?1, ?4) AND idem_key = ?2"
                        + " AND created_at > now() - make_interval(hours => ?3) ORDER BY owner = ?1 DESC LIMIT 1")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, KEEP_HOURS).setParameter(4, tombstone)
                .getResultList();
        if (!found.isEmpty()) {
            Object[] row = (Object[]) found.get(0);
            if (tombstone.equals(row[5])) {
                return problem(request, 422, ProblemType.UNPROCESSABLE, HEADER
                        + " was used before you erased your data; its"
                        + " answer was erased with it and nothing was written now. Use a new key to send the request");
            }
            if (!hash.equals(row[0])) {
                return problem(request, 422, ProblemType.UNPROCESSABLE,
                        HEADER + " was already used with a different request; use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true")
                    .header(HEADER, key);
            if (row[2] != null) {
                replay.header(HttpHeaders.LOCATION, row[2]);
            }
            if (row[3] != null) {
                replay.type((String) row[3]);
            }
            return replay.entity(row[4]).build();
        }
        QuarkusTransaction.begin();
        request.setProperty(KEY, key);
        request.setProperty(HASH, hash);
        request.setProperty(REQUEST, requestLine.length() > 300 ? requestLine.substring(0, 300) : requestLine);
        return null;
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        String key = (String) request.getProperty(KEY);
        if (key == null || !QuarkusTransaction.isActive()) {
            return;
        }
        if (response.getStatus() >= 300) {
            QuarkusTransaction.rollback();
            return;
        }
        try {
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            String body = response.getEntity() == null ? null
                    : response.getEntity() instanceof String text ? text
                            : response.getEntity() instanceof byte[] bytes
                                    ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                                    : json.writeValueAsString(response.getEntity());
            // expired answers are deleted by the retention job (Retention), not here
            em.createNativeQuery("INSERT INTO " + table() + " (owner, idem_key, request_hash, status, location,"
                    + " content_type, body, request, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())")
                    .setParameter(1, jwt.getSubject()).setParameter(2, key).setParameter(3, request.getProperty(HASH))
                    .setParameter(4, response.getStatus()).setParameter(5, location)
                    .setParameter(6, response.getMediaType() == null ? null : response.getMediaType().toString())
                    .setParameter(7, body).setParameter(8, request.getProperty(REQUEST)).executeUpdate();
            QuarkusTransaction.commit();
            response.getHeaders().putSingle(HEADER, key);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            if (ProblemMappers.databaseUnavailable(e)) {
                // the commit is in doubt or failed: a retry with the same key finds the answer or runs it again
                response.setStatus(503);
                response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, "5");
                response.setEntity(
                        new Problem(ProblemType.SERVICE_UNAVAILABLE.uri(), ProblemType.SERVICE_UNAVAILABLE.title(), 503,
                                "The database is unavailable; retry with the same " + HEADER,
                                ProblemMappers.instance(request.getUriInfo()), null),
                        null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
                return;
            }
            // the same key committed meanwhile (a concurrent retry): nothing of this request was written; a retry with
            // the same key gets the committed answer
            response.setStatus(409);
            response.setEntity(new Problem(ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), 409,
                    "A request with this " + HEADER + " was processed at the same time, or the write failed; retry"
                            + " with the same key",
                    ProblemMappers.instance(request.getUriInfo()), null), null,
                    jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private String table() {
        return schema + ".idempotency_key";
    }

    private static Response problem(ContainerRequestContext request, int status, ProblemType type, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail,
                        ProblemMappers.instance(request.getUriInfo()), List.of(new Problem.FieldError(HEADER, detail))))
                .build();
    }

    static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.careercompass.commons.web;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Safe retries of POSTs ({@link Idempotent}). A POST carrying {@code Idempotency-Key} runs in one transaction together
 * with the record of its key, the caller, a SHA-256 of the request (method, path and body as read) and the answer:
 * either both commit or neither does. So a retry with the same key after an answer was lost (a dropped connection, a
 * 503 after the commit) gets the first answer again ({@code Idempotent-Replayed: true}) and writes nothing; the same
 * key with a different request is a 422; a key whose first request has not committed yet is a 409. Only successful
 * answers are kept: an error leaves nothing, so the client may retry. Keys are per caller and kept for
 * {@value Idempotent#KEEP_HOURS} hours in {@link StoredAnswers}. Without the header the method runs as it is, in the
 * transactions its service opens.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IdempotentInterceptor {

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    @Inject
    JsonWebToken jwt;

    @Inject
    ObjectMapper json;

    @Inject
    StoredAnswers answers;

    @AroundInvoke
    Object keyed(InvocationContext call) throws Exception {
        String key = headers.getHeaderString(Idempotent.HEADER);
        String owner = jwt.getSubject();
        if (key == null || owner == null) {
            return call.proceed();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ProblemException.invalid(Idempotent.HEADER, "must be 1-255 characters");
        }
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        String hash = sha256("POST " + path + "\n", body(call));
        Optional<StoredAnswers.Stored> stored = answers.find(owner, key);
        if (stored.isPresent()) {
            return replay(stored.get(), key, hash);
        }
        RestResponse<?> answer = QuarkusTransaction.joiningExisting().call(() -> {
            RestResponse<?> written = (RestResponse<?>) call.proceed();
            if (written.getStatus() >= 300) {
                QuarkusTransaction.setRollbackOnly();
                return written;
            }
            Object entity = written.getEntity();
            String body = entity == null ? null : json.writeValueAsString(entity);
            MediaType type = written.getMediaType() != null ? written.getMediaType()
                    : entity == null ? null : MediaType.APPLICATION_JSON_TYPE;
            String location = written.getLocation() == null ? null : written.getLocation().toString();
            if (!answers.record(owner, key, hash, "POST " + path, written.getStatus(), location, type, body)) {
                // the same key committed while this request ran: throwing rolls this one back
                throw ProblemException.conflict("A request with this " + Idempotent.HEADER + " was processed at the"
                        + " same time; nothing of this one was written. Retry with the same key to get its answer");
            }
            return written;
        });
        if (answer.getStatus() < 300) {
            answer.getHeaders().putSingle(Idempotent.HEADER, key);
        }
        return answer;
    }

    private static RestResponse<?> replay(StoredAnswers.Stored stored, String key, String hash) {
        if (stored.erased()) {
            throw unprocessable(Idempotent.HEADER + " was used before you erased your data; its answer was erased"
                    + " with it and nothing was written now. Use a new key to send the request");
        }
        if (!hash.equals(stored.requestHash())) {
            throw unprocessable(Idempotent.HEADER + " was already used with a different request; use a new key for a"
                    + " new request");
        }
        RestResponse.ResponseBuilder<Object> replay = RestResponse.ResponseBuilder.create(stored.status())
                .header(Idempotent.REPLAYED, "true").header(Idempotent.HEADER, key);
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            replay.type(stored.contentType());
        }
        return replay.entity(stored.body()).build();
    }

    /** The request's arguments as read (the body, path parameters), in a canonical JSON form. */
    private byte[] body(InvocationContext call) throws JsonProcessingException {
        Annotation[][] annotations = call.getMethod().getParameterAnnotations();
        List<Object> read = new ArrayList<>();
        for (int i = 0; i < annotations.length; i++) {
            boolean context = false;
            for (Annotation annotation : annotations[i]) {
                context |= annotation instanceof Context;
            }
            if (!context) {
                read.add(call.getParameters()[i]);
            }
        }
        return json.writeValueAsBytes(read);
    }

    private static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail,
                List.of(new Problem.FieldError(Idempotent.HEADER, detail)));
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

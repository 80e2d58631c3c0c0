package org.careercompass.commons.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.commons.vocabulary.CalendarRange;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one problem-details layer (RFC 9457) shared by every service: each exception that can leave a resource is turned
 * into an {@code application/problem+json} body naming the offending field. No stack trace, class name or SQL ever
 * reaches a client; unexpected errors are logged with an id the body repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Seconds a client waits before retrying when the identity provider is down (its restart takes about that). */
    static final int IDENTITY_PROVIDER_RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.type(), e.getMessage(), e.errors(), uri);
        if (e instanceof ServiceUnavailableException unavailable) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, errors, uri);
    }

    /** Jackson's words for a name given twice in one object (StrictJson). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    /*
     * Quarkus ships mappers for some Jackson exceptions; naming each subtype here makes ours the most specific, so
     * every malformed body gets the same problem shape.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, InvalidTypeIdException.class,
            ValueInstantiationException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "unknown property";
            } else if (e instanceof InvalidFormatException invalid) {
                message = expected(invalid.getTargetType());
            } else if (e instanceof MismatchedInputException mismatched) {
                message = expected(mismatched.getTargetType());
            } else {
                message = "invalid value";
            }
            return respond(ProblemType.MALFORMED_BODY, field + ": " + message,
                    List.of(new Problem.FieldError(field, message)), uri);
        }
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            String field = duplicate.group(1);
            return respond(ProblemType.MALFORMED_BODY, field + ": appears more than once" + location,
                    List.of(new Problem.FieldError(field, "appears more than once")), uri);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            // valid JSON of the wrong shape as a whole, such as [] or "text" where an object is expected
            return respond(ProblemType.MALFORMED_BODY,
                    "The request body " + expected(mismatched.getTargetType()) + location, List.of(), uri);
        }
        return respond(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + location, List.of(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response
                .fromResponse(respond(ProblemType.UNAUTHORIZED, "A valid bearer token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, "Someone else changed this resource at the same time; read it again",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
        case 404 -> "No resource matches " + uri.getPath();
        case 405 -> "This resource does not support the request method";
        case 406 -> "This resource cannot produce the requested media type";
        case 415 -> "This resource does not accept the request's media type";
        default -> status >= 500 ? "The server failed to process the request" : safeMessage(e);
        };
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed with status %d", uri.getPath(), status);
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, instance(uri), null));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is unavailable; nothing was changed unless a retry shows it; try again shortly",
                    List.of(), uri)).header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        if (identityProviderUnavailable(e)) {
            LOG.warnf("Identity provider unavailable on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                    "The identity provider is unavailable, so the bearer token cannot be verified; try again shortly",
                    List.of(), uri)).header(HttpHeaders.RETRY_AFTER, IDENTITY_PROVIDER_RETRY_AFTER_SECONDS).build();
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return respond(ProblemType.INTERNAL, "Unexpected error; incident " + incident, List.of(), uri);
    }

    /**
     * quarkus-oidc could not reach the provider to fetch its metadata and signing keys (it retries on the next
     * request), so the token can be neither accepted nor refused: a 503 the client may retry, not a 500 nor a 401.
     */
    static boolean identityProviderUnavailable(Throwable e) {
        return anyInChain(e, t -> t instanceof io.quarkus.oidc.OIDCException);
    }

    /**
     * A lost or refused database connection (SQL state class 08, admin shutdown 57P01, cannot-connect 57P03) or a
     * transient SQL failure: the request may be retried, so it is a 503, not a 500.
     */
    public static boolean databaseUnavailable(Throwable e) {
        return anyInChain(e, t -> {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            return t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                            || sql.getSQLState().equals("57P03"));
        });
    }

    /**
     * Whether the exception, its causes or anything suppressed along the way matches: a commit that fails reports the
     * lost connection as a suppressed XAException of the RollbackException, not as its cause.
     */
    static boolean anyInChain(Throwable e, java.util.function.Predicate<Throwable> test) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (e != null) {
            pending.push(e);
        }
        while (!pending.isEmpty() && seen.size() < 100) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    public static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The request path as a URI reference. The decoded path may hold characters a URI cannot (space, quotes, angle
     * brackets, '%', control characters), so it is quoted back rather than parsed: a problem about any path is still a
     * problem, never a failure of the problem layer itself.
     */
    public static URI instance(UriInfo uri) {
        return uri == null ? null : instance(uri.getPath());
    }

    /** A decoded request path as a URI reference, illegal characters quoted; null when even that fails. */
    static URI instance(String decodedPath) {
        try {
            // non-ASCII characters percent-encoded too: an RFC 3986 URI reference has none
            return URI.create(new URI(null, null, decodedPath, null).toASCIIString());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** {@code search.arg1.size} becomes {@code size}; {@code create.body.pay.annualMedian} becomes pay.annualMedian. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (!names.isEmpty() && isBodyParameter(names)) {
                    names.clear();
                }
                // Hibernate Validator puts a list index on the node after the list: skills, [0]importance
                if (node.isInIterable() && !names.isEmpty()) {
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (position != null) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + position + "]");
                    }
                }
                String name = node.getName();
                if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                    names.add(name);
                }
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static boolean isBodyParameter(List<String> names) {
        return names.size() == 1 && (names.get(0).equals("body") || names.get(0).startsWith("arg"));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** What a field of this type accepts, as a sentence end: dates say their form. */
    static String expected(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD, " + CalendarRange.RULE;
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "must be a date and time in the form YYYY-MM-DDThh:mm:ssZ, " + CalendarRange.RULE;
        }
        return "cannot be read as " + simpleType(type);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of "
                    + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String safeMessage(WebApplicationException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP ") || message.contains("Exception")) {
            return Response.Status.fromStatusCode(e.getResponse().getStatus()) == null ? "Request failed"
                    : Response.Status.fromStatusCode(e.getResponse().getStatus()).getReasonPhrase();
        }
        return message;
    }
}

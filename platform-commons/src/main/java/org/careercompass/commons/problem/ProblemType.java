package org.careercompass.commons.problem;

import java.net.URI;

/** The problem types the services answer with; each has a stable URI that clients may switch on. */
public enum ProblemType {
    VALIDATION(400, "Invalid request", "validation"), MALFORMED_BODY(400, "Malformed request body", "malformed-body"),
    UNAUTHORIZED(401, "Authentication required", "unauthorized"), FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Resource not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable", "not-acceptable"), CONFLICT(409, "Conflict", "conflict"),
    PRECONDITION_FAILED(412, "Precondition failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large", "payload-too-large"),
    URI_TOO_LONG(414, "Request line too long", "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    HEADERS_TOO_LARGE(431, "Request headers too large", "headers-too-large"),
    UNPROCESSABLE(422, "Unprocessable content", "unprocessable"),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "service-unavailable"),
    INTERNAL(500, "Internal server error", "internal");

    private static final String BASE = "https://careercompass.org/problems/";

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    /** The type that fits a bare HTTP status, for errors raised by the framework rather than by our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}

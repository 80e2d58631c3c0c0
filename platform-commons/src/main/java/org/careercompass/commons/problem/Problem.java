package org.careercompass.commons.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document. Every error of every service is answered with one of these, served as
 * {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = { "type", "title", "status" })
public record Problem(
        @Schema(format = "uri-reference", description = "URI reference identifying the problem type", examples = "https://careercompass.org/problems/validation") URI type,
        @Schema(description = "Short, human-readable summary of the problem type", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "Explanation specific to this occurrence", examples = "size must be between 1 and 100") String detail,
        @Schema(format = "uri-reference", description = "URI reference of the request that failed (a path)", examples = "/api/v1/occupations") URI instance,
        @Schema(description = "One entry per offending field or parameter") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input, named the way the client sent it (query parameter, header or JSON property path). */
    @Schema(name = "FieldError", requiredProperties = { "field", "message" })
    public record FieldError(@Schema(examples = "size") String field,
            @Schema(examples = "must be less than or equal to 100") String message) {
    }
}

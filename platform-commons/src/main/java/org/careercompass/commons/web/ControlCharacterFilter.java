package org.careercompass.commons.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a request whose decoded path or query holds a NUL or another C0 control character
 * (tab excepted): no identifier or search text of ours contains one, and PostgreSQL cannot even compare text with a
 * NUL, so such a value would otherwise fail deep inside a query. 400, naming the path or the parameter.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (hasControl(uri.getPath())) {
            throw refused("path");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey())) {
                throw refused("query");
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    throw refused(parameter.getKey());
                }
            }
        }
    }

    static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException refused(String field) {
        return new ProblemException(ProblemType.VALIDATION, field + ": must not contain control characters",
                List.of(new Problem.FieldError(field, "must not contain control characters")));
    }
}

package org.careercompass.commons.web;

import jakarta.ws.rs.core.EntityTag;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strong entity tags computed from the JSON representation itself, so any change a client could see changes the tag,
 * whichever table it came from.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(ObjectMapper mapper, Object representation) {
        return Representation.tagOf(mapper, representation);
    }

    /**
     * Enforces If-Match on an update: a client that sends the tag it read gets 412 when someone changed the resource
     * since. Without If-Match the update proceeds (last writer wins is then the client's explicit choice).
     */
    public static void checkIfMatch(String ifMatch, ObjectMapper mapper, Object current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = of(mapper, current).getValue();
        for (String candidate : ifMatch.split(",")) {
            if (Representation.sameContent(candidate.trim(), expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource changed since you read it (If-Match does not match the current ETag); read it again");
    }

    /** The entity tag of a versioned resource: its optimistic-locking version, quoted. */
    public static EntityTag ofVersion(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Guards an update of a versioned resource: an If-Match that is not the current version gives 412, a stale
     * {@code version} in the body gives 409. With neither, the update proceeds; a concurrent writer is still caught by
     * the optimistic lock at flush (409).
     */
    public static void checkVersion(String ifMatch, Long bodyVersion, long current) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
            boolean matches = false;
            for (String candidate : ifMatch.split(",")) {
                String value = candidate.trim();
                if (value.startsWith("W/")) {
                    value = value.substring(2);
                }
                if (value.equals("\"" + current + "\"")) {
                    matches = true;
                }
            }
            if (!matches) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "The resource changed since you read it (If-Match is not version " + current
                                + "); read it again");
            }
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "version " + bodyVersion + " is stale; the current version is " + current
                            + "; read the resource again",
                    java.util.List.of(new org.careercompass.commons.problem.Problem.FieldError("version", "stale")));
        }
    }
}

package org.careercompass.commons.paging;

import java.util.List;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.web.QueryParams;

/**
 * A validated page request. Page indexes start at 0; sizes run from 1 to {@link #MAX_SIZE}. Invalid values are rejected
 * with a problem naming the parameter, never silently clamped.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Beyond this offset deep paging is refused: clients should narrow the query instead. */
    public static final long MAX_OFFSET = 100_000;

    public PageRequest {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be greater than or equal to 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ProblemException.invalid("page", "page * size must not exceed " + MAX_OFFSET);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Reads {@code page} and {@code size} query parameters, recording errors in {@code params}. */
    public static PageRequest parse(QueryParams params, String page, String size) {
        Integer p = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        Integer s = params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        params.validate();
        return of(p, s);
    }

    public int offset() {
        return page * size;
    }

    /** This page's part of a list held in memory, in its order: empty when the page starts past its end. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }
}

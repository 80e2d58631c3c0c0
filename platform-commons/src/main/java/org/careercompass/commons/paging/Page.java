package org.careercompass.commons.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every list endpoint: the items of one page and where that page stands in the whole. */
@Schema(description = "One page of results")
public record Page<T>(@Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page index", examples = "0") int page,
        @Schema(description = "Page size requested", examples = "20") int size,
        @Schema(description = "Number of items across all pages", examples = "57") long totalItems,
        @Schema(description = "Number of pages", examples = "3") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}

package org.careercompass.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.web.QueryParams;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndOffset() {
        PageRequest request = PageRequest.parse(new QueryParams(), null, null);
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), request);
        assertEquals(60, PageRequest.parse(new QueryParams(), "3", "20").offset());
    }

    @Test
    void everyBadParameterIsNamed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PageRequest.parse(new QueryParams(), "-1", "x"));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(List.of("page", "size"), e.errors().stream().map(f -> f.field()).toList());
        assertThrows(ProblemException.class, () -> PageRequest.parse(new QueryParams(), "0", "101"));
        assertThrows(ProblemException.class, () -> PageRequest.parse(new QueryParams(), "5000", "100"));
    }

    @Test
    void sliceIsThePagesPartOfAList() {
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6);
        assertEquals(List.of(0, 1, 2), new PageRequest(0, 3).slice(all));
        assertEquals(List.of(6), new PageRequest(2, 3).slice(all));
        assertEquals(List.of(), new PageRequest(3, 3).slice(all));
        assertEquals(List.of(), new PageRequest(0, 3).slice(List.of()));
    }

    @Test
    void pageCountRoundsUp() {
        Page<String> page = Page.of(List.of("a"), new PageRequest(2, 10), 21);
        assertEquals(3, page.totalPages());
        assertEquals(0, Page.of(List.of(), new PageRequest(0, 10), 0).totalPages());
    }
}

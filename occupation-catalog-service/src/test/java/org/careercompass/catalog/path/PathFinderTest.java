package org.careercompass.catalog.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careercompass.catalog.path.PathFinder.Edge;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PathFinderTest {

    // R -> A -> M -> S, R -> A -> E -> S, A -> R (a cycle back), R -> X
    static final List<Edge> LADDER = List.of(new Edge(1, "R", "A", 2), new Edge(2, "A", "M", 4),
            new Edge(3, "A", "E", 4), new Edge(4, "M", "S", 4), new Edge(5, "E", "S", 3), new Edge(6, "A", "R", 1),
            new Edge(7, "R", "X", 1));

    static List<String> stops(List<Edge> path) {
        List<String> codes = new ArrayList<>();
        codes.add(path.get(0).from());
        path.forEach(e -> codes.add(e.to()));
        return codes;
    }

    @Test
    void listsEveryPathUpToTheLimitFewestStepsFirst() {
        List<List<Edge>> paths = new PathFinder(LADDER).from("R", 2, 100);
        List<List<String>> routes = paths.stream().map(PathFinderTest::stops).toList();
        assertEquals(List.of(List.of("R", "X"), List.of("R", "A"), List.of("R", "A", "E"), List.of("R", "A", "M")),
                routes);
    }

    @Test
    void betweenPrefersFewerStepsThenFewerYears() {
        List<List<Edge>> paths = new PathFinder(LADDER).between("R", "S", 5, 100);
        assertEquals(List.of(List.of("R", "A", "E", "S"), List.of("R", "A", "M", "S")),
                paths.stream().map(PathFinderTest::stops).toList());
        assertEquals(9.0, PathFinder.years(paths.get(0)));
    }

    /**
     * A derived step has no typical years: the path's total is unknown, never the other steps' sum as if that step took
     * no time, and such a path comes after one of the same length whose years are all known.
     */
    @Test
    void unknownYearsMakeTheTotalUnknownAndSortAfterKnownOnes() {
        List<Edge> edges = List.of(new Edge(1, "R", "A", Double.NaN), new Edge(2, "A", "S", 1),
                new Edge(3, "R", "B", 4), new Edge(4, "B", "S", 4));
        List<List<Edge>> paths = new PathFinder(edges).between("R", "S", 3, 100);
        assertEquals(List.of(List.of("R", "B", "S"), List.of("R", "A", "S")),
                paths.stream().map(PathFinderTest::stops).toList());
        assertEquals(8.0, PathFinder.years(paths.get(0)));
        assertTrue(Double.isNaN(PathFinder.years(paths.get(1))));
        assertEquals(1.0, PathFinder.knownYears(paths.get(1)));
        assertEquals(1, PathFinder.stepsWithoutYears(paths.get(1)));
        assertEquals(0, PathFinder.stepsWithoutYears(paths.get(0)));
    }

    @Test
    void noPathWithinTheLimitIsEmpty() {
        assertTrue(new PathFinder(LADDER).between("R", "S", 2, 100).isEmpty());
        assertTrue(new PathFinder(LADDER).between("S", "R", 6, 100).isEmpty());
        assertTrue(new PathFinder(LADDER).between("R", "R", 6, 100).isEmpty());
    }

    @Test
    void limitCapsTheResult() {
        assertEquals(2, new PathFinder(LADDER).from("R", 3, 2).size());
    }

    @Property
    void pathsAreSimpleConnectedAndWithinTheLimit(@ForAll @Size(max = 40) List<@IntRange(max = 8) Integer> froms,
            @ForAll @Size(max = 40) List<@IntRange(max = 8) Integer> tos,
            @ForAll @IntRange(min = 1, max = 4) int maxSteps) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(froms.size(), tos.size()); i++) {
            edges.add(new Edge(i, "n" + froms.get(i), "n" + tos.get(i), 1));
        }
        for (List<Edge> path : new PathFinder(edges).from("n0", maxSteps, 10_000)) {
            assertTrue(path.size() >= 1 && path.size() <= maxSteps);
            assertEquals("n0", path.get(0).from());
            Set<String> seen = new HashSet<>();
            seen.add("n0");
            for (int i = 0; i < path.size(); i++) {
                if (i > 0) {
                    assertEquals(path.get(i - 1).to(), path.get(i).from());
                }
                assertTrue(seen.add(path.get(i).to()), "an occupation appears twice in " + path);
            }
        }
    }
}

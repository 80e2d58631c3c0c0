package org.careercompass.catalog.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Path search over the career-path graph. Pure: takes the edges, knows nothing of storage. Paths are simple (no
 * occupation twice), ordered by number of steps, then by weight (curated steps weigh 0, derived steps their O*NET
 * relatedness index: closer relations first), then total typical years (a path with a step of unknown years after those
 * whose years are all known), then the codes along the way, so results are deterministic.
 */
public final class PathFinder {

    /**
     * One step: ids identify the stored step; years are {@code NaN} when unknown (never read as 0: a path's total is
     * then unknown too); weight orders paths of equal length (lower first).
     */
    public record Edge(long id, String from, String to, double years, double weight) {

        public Edge(long id, String from, String to, double years) {
            this(id, from, to, years, 0);
        }
    }

    private static final Comparator<List<Edge>> ORDER = Comparator.<List<Edge>> comparingInt(List::size)
            .thenComparingDouble(p -> p.stream().mapToDouble(Edge::weight).sum()).thenComparingDouble(PathFinder::years)
            .thenComparing(p -> p.stream().map(Edge::to).reduce("", String::concat));

    private final Map<String, List<Edge>> outgoing = new HashMap<>();

    public PathFinder(Collection<Edge> edges) {
        for (Edge edge : edges) {
            outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        outgoing.values().forEach(list -> list.sort(Comparator.comparing(Edge::to)));
    }

    /**
     * The best simple paths that start at {@code start} and have 1 to {@code maxSteps} steps. Paths are found length by
     * length, and longer ones are only looked for while fewer than {@code limit} were found, so the work stays bounded
     * on a dense graph.
     */
    public List<List<Edge>> from(String start, int maxSteps, int limit) {
        List<List<Edge>> found = new ArrayList<>();
        for (int length = 1; length <= maxSteps && found.size() < limit; length++) {
            List<List<Edge>> layer = new ArrayList<>();
            walk(start, null, length, new ArrayList<>(), new HashSet<>(Set.of(start)), layer, null);
            if (layer.isEmpty()) {
                break;
            }
            layer.sort(ORDER);
            found.addAll(layer);
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * Every simple path from {@code start} to {@code target} within {@code maxSteps} steps, best first. Occupations
     * that cannot reach the target in the steps left are not entered (distances to the target by breadth-first search
     * over the reversed graph).
     */
    public List<List<Edge>> between(String start, String target, int maxSteps, int limit) {
        List<List<Edge>> found = new ArrayList<>();
        if (!start.equals(target)) {
            Map<String, Integer> distance = distancesTo(target, maxSteps);
            Integer shortest = distance.get(start);
            for (int length = shortest == null ? maxSteps + 1 : shortest; length <= maxSteps
                    && found.size() < limit; length++) {
                List<List<Edge>> layer = new ArrayList<>();
                walkTo(start, target, length, new ArrayList<>(), new HashSet<>(Set.of(start)), layer, distance);
                layer.sort(ORDER);
                found.addAll(layer);
            }
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private Map<String, Integer> distancesTo(String target, int maxSteps) {
        Map<String, List<String>> incoming = new HashMap<>();
        outgoing.forEach((from, edges) -> edges
                .forEach(e -> incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(from)));
        Map<String, Integer> distance = new HashMap<>();
        distance.put(target, 0);
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            int d = distance.get(at);
            if (d == maxSteps) {
                continue;
            }
            for (String from : incoming.getOrDefault(at, List.of())) {
                if (!distance.containsKey(from)) {
                    distance.put(from, d + 1);
                    queue.add(from);
                }
            }
        }
        return distance;
    }

    /** Paths of exactly {@code stepsLeft} more steps. */
    private void walk(String at, String target, int stepsLeft, List<Edge> path, Set<String> visited,
            List<List<Edge>> found, Map<String, Integer> distance) {
        for (Edge edge : outgoing.getOrDefault(at, List.of())) {
            if (!visited.add(edge.to())) {
                continue;
            }
            path.add(edge);
            if (stepsLeft == 1) {
                found.add(List.copyOf(path));
            } else {
                walk(edge.to(), target, stepsLeft - 1, path, visited, found, distance);
            }
            path.remove(path.size() - 1);
            visited.remove(edge.to());
        }
    }

    /** Paths that reach the target in exactly {@code stepsLeft} more steps. */
    private void walkTo(String at, String target, int stepsLeft, List<Edge> path, Set<String> visited,
            List<List<Edge>> found, Map<String, Integer> distance) {
        for (Edge edge : outgoing.getOrDefault(at, List.of())) {
            if (edge.to().equals(target)) {
                if (stepsLeft == 1) {
                    path.add(edge);
                    found.add(List.copyOf(path));
                    path.remove(path.size() - 1);
                }
                continue;
            }
            Integer d = distance.get(edge.to());
            if (stepsLeft == 1 || d == null || d > stepsLeft - 1 || !visited.add(edge.to())) {
                continue;
            }
            path.add(edge);
            walkTo(edge.to(), target, stepsLeft - 1, path, visited, found, distance);
            path.remove(path.size() - 1);
            visited.remove(edge.to());
        }
    }

    /** The path's total years, {@code NaN} when a step's years are unknown (NaN sorts after every number). */
    static double years(List<Edge> path) {
        return path.stream().mapToDouble(Edge::years).sum();
    }

    /** The sum of the years that are known. */
    static double knownYears(List<Edge> path) {
        return path.stream().mapToDouble(Edge::years).filter(y -> !Double.isNaN(y)).sum();
    }

    /** How many steps have unknown years. */
    static int stepsWithoutYears(List<Edge> path) {
        return (int) path.stream().filter(e -> Double.isNaN(e.years())).count();
    }
}

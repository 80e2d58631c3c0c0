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
 * occupation twice), ordered by number of steps, then total typical years, then the codes along the way, so results are
 * deterministic.
 */
public final class PathFinder {

    /** One step: ids identify the stored step; years may be unknown (counted as 0 when summing). */
    public record Edge(long id, String from, String to, double years) {
    }

    private static final Comparator<List<Edge>> ORDER = Comparator.<List<Edge>> comparingInt(List::size)
            .thenComparingDouble(PathFinder::years)
            .thenComparing(p -> p.stream().map(Edge::to).reduce("", String::concat));

    private final Map<String, List<Edge>> outgoing = new HashMap<>();

    public PathFinder(Collection<Edge> edges) {
        for (Edge edge : edges) {
            outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        outgoing.values().forEach(list -> list.sort(Comparator.comparing(Edge::to)));
    }

    /** Every simple path that starts at {@code start} and has 1 to {@code maxSteps} steps, best first. */
    public List<List<Edge>> from(String start, int maxSteps, int limit) {
        List<List<Edge>> found = new ArrayList<>();
        walk(start, null, maxSteps, new ArrayList<>(), new HashSet<>(Set.of(start)), found);
        found.sort(ORDER);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** Every simple path from {@code start} to {@code target} within {@code maxSteps} steps, best first. */
    public List<List<Edge>> between(String start, String target, int maxSteps, int limit) {
        List<List<Edge>> found = new ArrayList<>();
        if (!start.equals(target)) {
            walk(start, target, maxSteps, new ArrayList<>(), new HashSet<>(Set.of(start)), found);
        }
        found.sort(ORDER);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private void walk(String at, String target, int stepsLeft, List<Edge> path, Set<String> visited,
            List<List<Edge>> found) {
        if (stepsLeft == 0) {
            return;
        }
        for (Edge edge : outgoing.getOrDefault(at, List.of())) {
            if (!visited.add(edge.to())) {
                continue;
            }
            path.add(edge);
            if (target == null || edge.to().equals(target)) {
                found.add(List.copyOf(path));
            }
            if (target == null || !edge.to().equals(target)) {
                walk(edge.to(), target, stepsLeft - 1, path, visited, found);
            }
            path.remove(path.size() - 1);
            visited.remove(edge.to());
        }
    }

    static double years(List<Edge> path) {
        return path.stream().mapToDouble(Edge::years).sum();
    }
}

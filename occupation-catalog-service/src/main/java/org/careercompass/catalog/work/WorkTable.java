package org.careercompass.catalog.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The work activities and tools of one catalog generation, in memory and pre-sorted, so every read is a lookup: an
 * occupation's activities (most frequent first) and tools (by commodity), and the reverse, the occupations that perform
 * an activity or list a tool of a commodity.
 * <p>
 * Frequency: an activity is the more frequent in an occupation the more of the occupation's tasks O*NET links to it
 * (ties: more core tasks, then the title). O*NET rates tasks' frequency in Task Ratings, which the catalog does not
 * carry; the count of linked tasks is what the release gives for every occupation. Tools come grouped by the category
 * O*NET lists them under (its commodity title), the category with the most of the occupation's examples first
 * (electricians: stripping tools, wire cutters, voltage meters); ties go to the commodity fewer occupations list, so
 * what sets the occupation apart comes before what every office has.
 */
public final class WorkTable {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words of a question that name no activity or tool: "who else analyzes financial records?" */
    private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("a", "an", "and", "are", "as", "at", "by",
            "do", "does", "else", "for", "from", "how", "i", "in", "is", "it", "me", "my", "of", "on", "or", "the",
            "to", "use", "uses", "using", "what", "which", "who", "with");

    /** One row of Tasks to DWAs aggregated per occupation and activity. */
    public record ActivityLink(String code, String occupationTitle, String activity, int tasks, int coreTasks) {
    }

    /** One row of Tools Used. */
    public record ToolRow(String code, String occupationTitle, String example, int commodityCode,
            String commodityTitle) {
    }

    private record Indexed<T>(T value, String[] words) {
    }

    private final Map<String, WorkView.Activity> activities = new LinkedHashMap<>();
    private final Map<String, List<WorkView.OccupationActivity>> byOccupation = new HashMap<>();
    private final Map<String, List<WorkView.Performer>> byActivity = new HashMap<>();
    private final List<Indexed<WorkView.Activity>> activityIndex = new ArrayList<>();
    private final Map<String, List<WorkView.Tool>> toolsByOccupation = new HashMap<>();
    private final Map<Integer, WorkView.Commodity> commodities = new LinkedHashMap<>();
    private final Map<Integer, List<WorkView.ToolUser>> usersByCommodity = new HashMap<>();
    private final List<Indexed<WorkView.Commodity>> commodityIndex = new ArrayList<>();
    private final String onetRelease;

    /**
     * @param groups
     *            activity id to its IWA
     * @param titles
     *            activity id to its title
     */
    public WorkTable(Map<String, WorkView.Group> groups, Map<String, String> titles, List<ActivityLink> links,
            List<ToolRow> tools, String onetRelease) {
        this.onetRelease = onetRelease;
        Map<String, Integer> performers = new HashMap<>();
        for (ActivityLink l : links) {
            performers.merge(l.activity(), 1, Integer::sum);
        }
        titles.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            WorkView.Activity a = new WorkView.Activity(e.getKey(), e.getValue(), groups.get(e.getKey()),
                    performers.getOrDefault(e.getKey(), 0));
            activities.put(a.id(), a);
            activityIndex.add(new Indexed<>(a, words(a.title())));
        });
        Comparator<WorkView.OccupationActivity> frequent = Comparator.comparingInt(WorkView.OccupationActivity::tasks)
                .reversed().thenComparing(Comparator.comparingInt(WorkView.OccupationActivity::coreTasks).reversed())
                .thenComparing(WorkView.OccupationActivity::title).thenComparing(WorkView.OccupationActivity::id);
        Comparator<WorkView.Performer> most = Comparator.comparingInt(WorkView.Performer::tasks).reversed()
                .thenComparing(Comparator.comparingInt(WorkView.Performer::coreTasks).reversed())
                .thenComparing(WorkView.Performer::title).thenComparing(WorkView.Performer::code);
        for (ActivityLink l : links) {
            WorkView.Activity a = activities.get(l.activity());
            if (a == null) {
                continue;
            }
            byOccupation.computeIfAbsent(l.code(), k -> new ArrayList<>())
                    .add(new WorkView.OccupationActivity(a.id(), a.title(), a.group(), l.tasks(), l.coreTasks()));
            byActivity.computeIfAbsent(a.id(), k -> new ArrayList<>())
                    .add(new WorkView.Performer(l.code(), l.occupationTitle(), l.tasks(), l.coreTasks()));
        }
        byOccupation.values().forEach(list -> list.sort(frequent));
        byActivity.values().forEach(list -> list.sort(most));

        Map<Integer, Map<String, List<String>>> usersOf = new HashMap<>();
        Map<String, String> occupationTitles = new HashMap<>();
        Map<Integer, Map<String, Integer>> commodityTitles = new HashMap<>();
        Map<Integer, Map<String, Integer>> exampleCounts = new HashMap<>();
        for (ToolRow t : tools) {
            usersOf.computeIfAbsent(t.commodityCode(), k -> new HashMap<>())
                    .computeIfAbsent(t.code(), k -> new ArrayList<>()).add(t.example());
            occupationTitles.put(t.code(), t.occupationTitle());
            commodityTitles.computeIfAbsent(t.commodityCode(), k -> new HashMap<>()).merge(t.commodityTitle(), 1,
                    Integer::sum);
            exampleCounts.computeIfAbsent(t.commodityCode(), k -> new HashMap<>()).merge(t.example(), 1, Integer::sum);
        }
        Map<Integer, List<String>> titlesOf = new HashMap<>();
        commodityTitles
                .forEach(
                        (code, counts) -> titlesOf.put(code,
                                counts.entrySet().stream()
                                        .sorted(Map.Entry.<String, Integer> comparingByValue().reversed()
                                                .thenComparing(Map.Entry.comparingByKey()))
                                        .map(Map.Entry::getKey).toList()));
        titlesOf.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, List<String>> e) -> e.getValue().get(0))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    int code = e.getKey();
                    List<String> names = e.getValue();
                    List<String> examples = exampleCounts.get(code).entrySet().stream()
                            .sorted(Map.Entry.<String, Integer> comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .map(Map.Entry::getKey).limit(10).toList();
                    WorkView.Commodity c = new WorkView.Commodity(code, names.get(0),
                            List.copyOf(names.subList(1, names.size())), usersOf.get(code).size(), examples);
                    commodities.put(code, c);
                    String allExamples = String.join(" ", exampleCounts.get(code).keySet());
                    commodityIndex.add(new Indexed<>(c, words(String.join(" ", names) + " " + allExamples)));
                    List<WorkView.ToolUser> users = new ArrayList<>();
                    usersOf.get(code).forEach((occupation, worded) -> users.add(new WorkView.ToolUser(occupation,
                            occupationTitles.get(occupation), worded.stream().sorted().toList())));
                    users.sort(Comparator.comparing(WorkView.ToolUser::title).thenComparing(WorkView.ToolUser::code));
                    usersByCommodity.put(code, List.copyOf(users));
                });
        // an occupation's tools group by the category O*NET names them under: its commodity title (O*NET gives some
        // UNSPSC codes several titles, such as 41113632 for multimeters and ohmmeters)
        Map<String, Map<String, Integer>> examplesIn = new HashMap<>();
        for (ToolRow t : tools) {
            toolsByOccupation.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(new WorkView.Tool(t.example(),
                    t.commodityCode(), t.commodityTitle(), commodities.get(t.commodityCode()).occupations()));
            examplesIn.computeIfAbsent(t.code(), k -> new HashMap<>()).merge(t.commodityTitle(), 1, Integer::sum);
        }
        toolsByOccupation.forEach((code, list) -> {
            Map<String, Integer> counts = examplesIn.get(code);
            list.sort(Comparator.comparingInt((WorkView.Tool t) -> -counts.get(t.commodityTitle()))
                    .thenComparingInt(WorkView.Tool::occupationsUsingCommodity)
                    .thenComparing(WorkView.Tool::commodityTitle).thenComparingInt(WorkView.Tool::commodityCode)
                    .thenComparing(WorkView.Tool::example));
        });
    }

    public String onetRelease() {
        return onetRelease;
    }

    public boolean hasActivities() {
        return !activities.isEmpty();
    }

    public boolean hasTools() {
        return !commodities.isEmpty();
    }

    /** The occupation's activities, most frequent first; empty when it has none. */
    public List<WorkView.OccupationActivity> activitiesOf(String code) {
        return byOccupation.getOrDefault(code, List.of());
    }

    public List<WorkView.Tool> toolsOf(String code) {
        return toolsByOccupation.getOrDefault(code, List.of());
    }

    public Optional<WorkView.Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    public List<WorkView.Performer> performers(String id) {
        return byActivity.getOrDefault(id, List.of());
    }

    public Optional<WorkView.Commodity> commodity(int code) {
        return Optional.ofNullable(commodities.get(code));
    }

    public List<WorkView.ToolUser> users(int commodity) {
        return usersByCommodity.getOrDefault(commodity, List.of());
    }

    /**
     * Activities whose title has every query word ({@link #matches}), most widely performed first; all of them, by
     * title, without a query; none for a query without a word to look for (only symbols or words such as "who").
     */
    public List<WorkView.Activity> findActivities(String query) {
        if (query == null) {
            return List.copyOf(activities.values());
        }
        String[] wanted = queryWords(query);
        if (wanted.length == 0) {
            return List.of();
        }
        return activityIndex.stream().filter(i -> matches(wanted, i.words())).map(Indexed::value).sorted(Comparator
                .comparingInt(WorkView.Activity::occupations).reversed().thenComparing(WorkView.Activity::title))
                .toList();
    }

    /** Commodities whose title or examples have every query word, most listed first; all by title without a query. */
    public List<WorkView.Commodity> findTools(String query) {
        if (query == null) {
            return List.copyOf(commodities.values());
        }
        String[] wanted = queryWords(query);
        if (wanted.length == 0) {
            return List.of();
        }
        return commodityIndex.stream().filter(i -> matches(wanted, i.words())).map(Indexed::value).sorted(Comparator
                .comparingInt(WorkView.Commodity::occupations).reversed().thenComparing(WorkView.Commodity::title))
                .toList();
    }

    /** The words of a query that can name something: no empty parts, no {@link #STOP_WORDS}. */
    static String[] queryWords(String query) {
        return java.util.Arrays.stream(words(query)).filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
                .toArray(String[]::new);
    }

    static String[] words(String text) {
        return NON_WORD.split(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Every query word starts a word of the text, or is a word of the text with up to two more letters ("analyzes"
     * finds "Analyze", "records" finds "record"), so people can write as they speak.
     */
    static boolean matches(String[] query, String[] text) {
        for (String q : query) {
            if (q.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (String t : text) {
                if (!t.isEmpty()
                        && (t.startsWith(q) || (t.length() >= 4 && q.startsWith(t) && q.length() - t.length() <= 2))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}

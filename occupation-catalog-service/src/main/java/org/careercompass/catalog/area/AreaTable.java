package org.careercompass.catalog.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The BLS OEWS area wages of one catalog generation, in memory: each area's rows sorted by SOC code in flat arrays
 * (about 140,000 rows take a few megabytes). Plain Java, built from rows, so its lookups are unit-tested without a
 * database. A missing figure is null here and on the wire, never 0.
 */
public final class AreaTable {

    /** An area's wages for one SOC code; null where BLS published none. */
    public record Wage(Integer p10, Integer p25, Integer median, Integer p75, Integer p90, Integer mean,
            Integer employment, BigDecimal hourlyMedian, boolean topCoded) {
    }

    /** One area as loaded. */
    public record Area(String code, String title, AreaKind kind, List<String> states, Integer allOccupationsMedian) {
    }

    /** Where the figures come from: year, source wording and which columns the file had. */
    public record Release(Short year, String source, String columns) {

        /** True when the loaded file had only the annual percentiles (the bundle's extract). */
        public boolean partial() {
            return columns != null && !"all".equals(columns);
        }
    }

    /** A row as read from the database. */
    public record Row(String area, String soc, Wage wage) {
    }

    private static final int NONE = Integer.MIN_VALUE;
    private static final int FIELDS = 8;

    private record Rows(String[] socs, int[] values, boolean[] topCoded) {
    }

    private final Map<String, Area> areas;
    private final List<Area> byTitle;
    /** The words of each area's title (lower case), in {@link #byTitle} order. */
    private final List<List<String>> titleWords;
    private final Map<String, Rows> rows = new HashMap<>();
    private final Release release;

    public AreaTable(List<Area> areas, List<Row> wageRows, Release release) {
        this.release = release;
        Map<String, Area> index = new HashMap<>();
        areas.forEach(a -> index.put(a.code(), a));
        this.areas = Map.copyOf(index);
        this.byTitle = areas.stream().sorted(Comparator.comparing(Area::title).thenComparing(Area::code)).toList();
        this.titleWords = byTitle.stream().map(a -> words(a.title())).toList();
        Map<String, List<Row>> grouped = new HashMap<>();
        wageRows.forEach(r -> grouped.computeIfAbsent(r.area(), k -> new ArrayList<>()).add(r));
        grouped.forEach((area, list) -> {
            list.sort(Comparator.comparing(Row::soc));
            String[] socs = new String[list.size()];
            int[] values = new int[list.size() * FIELDS];
            boolean[] topCoded = new boolean[list.size()];
            for (int i = 0; i < list.size(); i++) {
                Wage w = list.get(i).wage();
                socs[i] = list.get(i).soc();
                Integer hourlyCents = w.hourlyMedian() == null ? null : w.hourlyMedian().movePointRight(2).intValue();
                Integer[] fields = { w.p10(), w.p25(), w.median(), w.p75(), w.p90(), w.mean(), w.employment(),
                        hourlyCents };
                for (int f = 0; f < FIELDS; f++) {
                    values[i * FIELDS + f] = fields[f] == null ? NONE : fields[f];
                }
                topCoded[i] = w.topCoded();
            }
            rows.put(area, new Rows(socs, values, topCoded));
        });
    }

    public Release release() {
        return release;
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(code == null ? null : areas.get(code.strip()));
    }

    /**
     * Areas whose title holds every word of {@code q} (case-insensitive, word starts: "akr" finds Akron), or, when q is
     * a two-letter state code, the areas in that state ("TX"); {@code state} narrows to one state. By title.
     */
    public List<Area> find(String q, String state) {
        String wantedState = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        String query = q == null ? "" : q.strip();
        String stateQuery = query.length() == 2 && isState(query.toUpperCase(Locale.ROOT))
                ? query.toUpperCase(Locale.ROOT) : null;
        List<String> words = words(query);
        List<Area> found = new ArrayList<>();
        for (int i = 0; i < byTitle.size(); i++) {
            Area a = byTitle.get(i);
            if (wantedState != null && !a.states().contains(wantedState)) {
                continue;
            }
            if (words.isEmpty() || stateQuery != null && a.states().contains(stateQuery)
                    || startsAll(titleWords.get(i), words)) {
                found.add(a);
            }
        }
        return found;
    }

    private static boolean startsAll(List<String> title, List<String> words) {
        for (String w : words) {
            boolean any = false;
            for (String t : title) {
                if (t.startsWith(w)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words; "saint" is read as BLS writes it in titles ("St. Louis"). */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .map(w -> w.equals("saint") ? "st" : w).toList();
    }

    /** Whether some area lies in this two-letter state or territory code. */
    public boolean isState(String code) {
        return code != null && byTitle.stream().anyMatch(a -> a.states().contains(code));
    }

    /** The wages of a 6-digit SOC code in an area; empty when the area has no row for it. */
    public Optional<Wage> wage(String area, String soc) {
        Rows r = rows.get(area);
        if (r == null) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(r.socs(), soc);
        return i < 0 ? Optional.empty() : Optional.of(wageAt(r, i));
    }

    /** Every SOC code with a row in the area and its wages, by code; empty for an unknown area. */
    public List<Map.Entry<String, Wage>> wagesIn(String area) {
        Rows r = rows.get(area);
        if (r == null) {
            return List.of();
        }
        List<Map.Entry<String, Wage>> all = new ArrayList<>(r.socs().length);
        for (int i = 0; i < r.socs().length; i++) {
            all.add(Map.entry(r.socs()[i], wageAt(r, i)));
        }
        return all;
    }

    /**
     * The median of an O*NET occupation ({@code 29-1141.00}) in an area: that of its 6-digit SOC code, which every
     * O*NET occupation under it shares; null when none is published there.
     */
    public Integer median(String area, String occupationCode) {
        return wage(area, soc(occupationCode)).map(Wage::median).orElse(null);
    }

    /** The 6-digit SOC code of a catalog occupation code (always written {@code NN-NNNN.NN}). */
    public static String soc(String occupationCode) {
        return occupationCode.substring(0, 7);
    }

    /** How many SOC codes have a published median in the area. */
    public int withMedian(String area) {
        Rows r = rows.get(area);
        if (r == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < r.socs().length; i++) {
            count += r.values()[i * FIELDS + 2] == NONE ? 0 : 1;
        }
        return count;
    }

    private static Wage wageAt(Rows r, int i) {
        int[] v = r.values();
        int base = i * FIELDS;
        return new Wage(get(v[base]), get(v[base + 1]), get(v[base + 2]), get(v[base + 3]), get(v[base + 4]),
                get(v[base + 5]), get(v[base + 6]),
                v[base + 7] == NONE ? null : BigDecimal.valueOf(v[base + 7]).movePointLeft(2), r.topCoded()[i]);
    }

    private static Integer get(int value) {
        return value == NONE ? null : value;
    }
}

package org.careercompass.catalog.occupation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How titles, descriptions and queries become search terms: lower case, accents removed, split on anything that is not
 * a letter or digit, English plurals folded to the singular ("nurses", "secretaries", "salesmen"), filler words
 * dropped. Pure and deterministic; the index and the query go through the same steps.
 */
final class SearchText {

    /**
     * Filler words. "All" and "other" are not among them: they mark O*NET's catch-all occupations ("Physicians, All
     * Other"), which must not look like an exact match for "physician".
     */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "or", "of", "the", "in", "for", "to", "with",
            "except", "on", "at", "by", "as");

    /**
     * Words people add to a query that say nothing about the occupation ("nursing jobs", "a career in teaching").
     * Dropped from queries only: in a title they are words like any other, so "Career Manager" is not an exact match
     * for "manager" (it made "Counselors, All Other" the first answer to "manager").
     */
    static final Set<String> QUERY_FILLERS = Set.of("job", "jobs", "career", "careers");

    /**
     * Lay words and short forms people type for occupations that the releases name differently. Each maps to the words
     * to look for instead (tried besides the original).
     */
    static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("doctor", "physician"),
            Map.entry("doc", "physician"), Map.entry("medic", "paramedic"), Map.entry("cop", "police officer"),
            Map.entry("policeman", "police officer"), Map.entry("trucker", "truck driver"),
            Map.entry("dev", "developer"), Map.entry("coder", "programmer"), Map.entry("admin", "administrative"),
            Map.entry("asst", "assistant"), Map.entry("mgr", "manager"), Map.entry("eng", "engineer"),
            Map.entry("tech", "technician"), Map.entry("vet", "veterinarian"), Map.entry("prof", "professor"),
            Map.entry("hr", "human resources"), Map.entry("attorney", "lawyer"), Map.entry("shrink", "psychiatrist"),
            Map.entry("mailman", "mail carrier"), Map.entry("fireman", "firefighter"),
            Map.entry("sysadmin", "system administrator"), Map.entry("ux", "user experience"),
            Map.entry("ui", "user interface"), Map.entry("qa", "quality assurance"), Map.entry("uber", "taxi"),
            Map.entry("lyft", "taxi"), Map.entry("rideshare", "taxi"));

    /**
     * Names of programming languages and platforms that are mostly punctuation, spelled as words before the text is
     * split: otherwise "C++" and "C#" read as the letter "c" (which matched "A/C Mechanic") and ".NET" as "net".
     */
    private static final Pattern[] SPELLED = { Pattern.compile("(?<![\\p{L}\\p{N}])c\\+\\+"),
            Pattern.compile("(?<![\\p{L}\\p{N}])c#"), Pattern.compile("(?<![\\p{L}\\p{N}])f#"),
            Pattern.compile("\\.net(?![\\p{L}\\p{N}])") };
    private static final String[] SPELLED_AS = { " cplusplus ", " csharp ", " fsharp ", " dotnet " };

    private SearchText() {
    }

    /** The search terms of a query: as {@link #terms}, less {@link #QUERY_FILLERS}. */
    static List<String> queryTerms(String text) {
        List<String> terms = new ArrayList<>(terms(text));
        terms.removeIf(QUERY_FILLERS::contains);
        return terms;
    }

    /** The search terms of a text, in order (duplicates kept). */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("'s", "").replace("'", "");
        folded = spellOut(folded);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            terms.add(singular(word));
        }
        return terms;
    }

    /**
     * Endings that make a word of the same family ("manage" - "manager", "account" - "accountant", "electric" -
     * "electrician"), after an optional doubled last letter ("program" - "programmer").
     */
    static final Set<String> DERIVING_ENDINGS = Set.of("r", "er", "or", "ar", "yer", "ist", "ian", "ant", "ing", "ion",
            "ation", "ment", "al", "s", "es", "ed", "y", "ive", "ic", "ics", "ee", "ary", "ery", "ory", "ism", "ship");

    /**
     * Whether {@code longer} (which starts with {@code word}) is made from it: by one of {@link #DERIVING_ENDINGS} or
     * by compounding with another known word of at least 3 letters, perhaps after a linking "s" ("book" - "bookkeeper",
     * "fire" - "firefighter", "sale" - "salesperson").
     */
    static boolean derivedFrom(String word, String longer, Predicate<String> known) {
        String rest = longer.substring(word.length());
        if (DERIVING_ENDINGS.contains(rest) || rest.length() >= 3 && known.test(rest)
                || rest.length() >= 4 && rest.charAt(0) == 's' && known.test(rest.substring(1))) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        return rest.length() > 1 && rest.charAt(0) == last && DERIVING_ENDINGS.contains(rest.substring(1));
    }

    /** {@link #SPELLED} names as words ("c++" becomes "cplusplus"); other text unchanged. */
    static String spellOut(String lowerCase) {
        if (lowerCase.indexOf('+') < 0 && lowerCase.indexOf('#') < 0 && lowerCase.indexOf('.') < 0) {
            return lowerCase;
        }
        String text = lowerCase;
        for (int i = 0; i < SPELLED.length; i++) {
            text = SPELLED[i].matcher(text).replaceAll(SPELLED_AS[i]);
        }
        return text;
    }

    /** English plural to singular, by the endings occupational titles use. */
    static String singular(String word) {
        int n = word.length();
        if (n <= 3 || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        if (word.endsWith("women") || word.endsWith("men")) {
            return word.substring(0, n - 2) + "an";
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
                || word.endsWith("zes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("ics")) {
            return word;
        }
        if (word.endsWith("s")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /**
     * Edits (insert, delete, substitute, swap of neighbours) from one word to the other; stops counting above
     * {@code limit} and then answers {@code limit + 1}.
     */
    static int editDistance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[n][m], limit + 1);
    }

    /** Share of trigrams two words have in common (Jaccard over padded trigrams), 0-1. */
    static double trigramSimilarity(String a, String b) {
        return similarity(trigrams(a), trigrams(b));
    }

    /** Jaccard similarity of two trigram sets. */
    static double similarity(Set<String> ta, Set<String> tb) {
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        int union = ta.size() + tb.size() - common;
        return union == 0 ? 0 : common / (double) union;
    }

    static Set<String> trigrams(String word) {
        String padded = "  " + word + " ";
        Set<String> grams = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}

package org.careercompass.catalog.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.vocabulary.OccupationCodes;

/**
 * The occupation search over one generation of the catalog, held in memory: filters, sorts and keyword ranking without
 * a database round trip. Immutable once built; a new catalog generation builds a new index.
 *
 * <p>
 * A query that is an occupation code or the start of one ({@code 29-1141}, {@code 29-11}, {@code 291141.03},
 * {@link OccupationCodes#searchPrefix}) finds the occupations whose code starts with it: the exact code scores
 * {@value #CODE_EXACT}, the SOC occupation as a whole ({@code .00}) {@value #CODE_SOC}, every other one
 * {@value #CODE_PREFIX} (then by title, as every tie).
 *
 * <p>
 * Keyword ranking (every query word must match, as a whole word; the last word also as a prefix, for as-you-type):
 * <ol>
 * <li>Each title of an occupation - its O*NET title, alternate and short titles, titles workers reported, curated
 * titles - that holds every query word scores {@code base x (0.6 + 0.4 x queryWords / titleWords)}: the fewer extra
 * words, the better. {@code base} is 1.0 for the O*NET title and 0.9 for the others, less {@value #ESTABLISHED_STEP}
 * for each source fewer than three that gives it. A title that is exactly the query adds 0.3 if it is the O*NET title
 * or at least two sources give it (O*NET lists "Police", from one source, among the titles of secretaries). A match
 * that needed the prefix reading counts 0.85 of it. When the query is held by some occupation's O*NET title (it names
 * an occupation), a title other than the O*NET title that also holds a head noun of the O*NET title the query does not
 * ask for counts {@value #QUALIFIER_FACTOR} of it: the query word only qualifies the occupation's own name there
 * (Registered Nurses' "Nurse Receptionist" is a nurse, not a receptionist; "C++ Developer" is still a developer who
 * writes C++).</li>
 * <li>An occupation scores its best title, plus {@value #VOTE} x ln(1 + titles that match) (many matching titles: what
 * people in that occupation call themselves), plus {@value #PRIMARY_WORDS} x the share of the query words its O*NET
 * title holds (a tie-break among occupations that share a title: "UX Designer" is a title of both web and digital
 * interface designers and software testers; "designer" names the first), plus up to 0.08 for the size of the occupation
 * (national employment, log scale), the likelier meaning of a lay word. When no title matches, the description can:
 * 0.35; and when neither does, the software and technology the occupation uses (O*NET Technology Skills examples:
 * "Python", "Microsoft Excel"): {@value #TECHNOLOGY_IN_DEMAND} where O*NET marks it in demand (frequent in this
 * occupation's job postings), {@value #TECHNOLOGY} otherwise. So a query for a tool lists the occupations that use it,
 * below those whose titles or descriptions name it, those whose employers ask for it first.</li>
 * <li>Lay words and short forms ({@link SearchText#SYNONYMS}) are also tried in their catalog wording, at 0.95.</li>
 * <li>When nothing matches, each word the catalog does not know is read as one of its three closest known words (at
 * most two edits, one for short words, or trigram similarity at least 0.4) or dropped when none is close; every reading
 * is scored at 0.7 and each occupation keeps its best. When still nothing matches, the query less one word (then less
 * two) is scored at 0.6.</li>
 * </ol>
 */
final class SearchIndex {

    static final double PRIMARY = 1.0;
    static final double OTHER_TITLE = 0.9;
    static final double EXACT_BONUS = 0.3;
    static final double ESTABLISHED_STEP = 0.02;
    static final double PREFIX_FACTOR = 0.85;
    static final double DESCRIPTION = 0.35;
    static final double TECHNOLOGY_IN_DEMAND = 0.33;
    static final double TECHNOLOGY = 0.25;
    static final double SYNONYM_FACTOR = 0.95;
    static final double QUALIFIER_FACTOR = 0.8;
    static final double CORRECTED_FACTOR = 0.7;
    static final double PARTIAL_FACTOR = 0.6;
    static final double MIN_SIMILARITY = 0.4;
    static final int MAX_TERMS = 12;
    static final double VOTE = 0.04;
    static final double PRIMARY_WORDS = 0.03;
    static final double SIZE_PRIOR = 0.08;
    static final double CODE_EXACT = 1.3;
    static final double CODE_SOC = 1.2;
    static final double CODE_PREFIX = 1.0;

    /** One occupation as the index receives it. */
    record Document(String code, String title, String socGroup, Short jobZone, EducationLevel education,
            Integer annualMedianPay, Integer employment, String description, List<Title> otherTitles,
            Set<String> clusters, List<Technology> technology, Boolean brightOutlook, Boolean apprenticeship,
            Set<String> isco, Double growthPercent, Integer annualOpenings) {

        /** A document without the signals and codes (tests of ranking). */
        Document(String code, String title, String socGroup, Short jobZone, EducationLevel education,
                Integer annualMedianPay, Integer employment, String description, List<Title> otherTitles,
                Set<String> clusters, List<Technology> technology) {
            this(code, title, socGroup, jobZone, education, annualMedianPay, employment, description, otherTitles,
                    clusters, technology, null, null, Set.of(), null, null);
        }
    }

    /**
     * A software or technology example the occupation uses, and whether it is in demand: frequent in this occupation's
     * job postings (O*NET's "hot" flag is the same for every occupation that uses a tool, so it does not rank them).
     */
    record Technology(String example, boolean inDemand) {
    }

    /** Another title of an occupation and how established it is: 1-3 (O*NET sources, featured or curated: 3). */
    record Title(String text, int weight) {
    }

    /**
     * {@code titles[t]} holds the distinct term ids of title t (no repeats), precomputed once; {@code ownHeads[t]} the
     * head nouns of the O*NET title that title t holds ({@link #heads}); {@code technology[t]} the terms of technology
     * example t, whose score is {@code technologyScores[t]}.
     */
    private record Entry(Document doc, int[][] titles, double[] bases, boolean[] established, int[][] ownHeads,
            int[] allTerms, int[] descriptionTerms, int[][] technology, double[] technologyScores, double sizePrior) {

        // Entries are distinct objects of one index: identity is enough, and much cheaper than hashing the document
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final String[] sortedWords;
    /** Trigrams of each vocabulary word, for typo correction. */
    private final java.util.Set<String>[] trigrams;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> careerClusters;
    private final Set<String> socGroups;

    /** An index of the documents, knowing the catalog's Career Cluster codes and SOC major group codes. */
    @SuppressWarnings("unchecked")
    SearchIndex(List<Document> documents, Set<String> careerClusters, Set<String> socGroups) {
        this.careerClusters = Set.copyOf(careerClusters);
        this.socGroups = Set.copyOf(socGroups);
        for (Document d : documents) {
            List<String> titles = new ArrayList<>();
            titles.add(d.title());
            d.otherTitles().forEach(t -> titles.add(t.text()));
            double[] bases = new double[titles.size()];
            boolean[] established = new boolean[titles.size()];
            bases[0] = PRIMARY;
            established[0] = true;
            for (int i = 1; i < bases.length; i++) {
                int weight = Math.max(1, Math.min(3, d.otherTitles().get(i - 1).weight()));
                bases[i] = OTHER_TITLE - ESTABLISHED_STEP * (3 - weight);
                established[i] = weight >= 2;
            }
            int[][] titleTerms = new int[titles.size()][];
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
            for (int i = 0; i < titles.size(); i++) {
                titleTerms[i] = Arrays.stream(ids(SearchText.terms(titles.get(i)))).distinct().toArray();
                for (int id : titleTerms[i]) {
                    all.add(id);
                }
            }
            int[] heads = heads(d.title());
            int[][] ownHeads = new int[titles.size()][];
            ownHeads[0] = new int[0];
            for (int i = 1; i < titles.size(); i++) {
                int[] title = titleTerms[i];
                ownHeads[i] = Arrays.stream(heads).filter(h -> has(title, h, false)).toArray();
            }
            int[] description = Arrays.stream(ids(SearchText.terms(d.description()))).distinct().sorted().toArray();
            for (int id : description) {
                all.add(id);
            }
            int[][] technology = new int[d.technology().size()][];
            double[] technologyScores = new double[technology.length];
            for (int i = 0; i < technology.length; i++) {
                Technology t = d.technology().get(i);
                technology[i] = Arrays.stream(ids(SearchText.terms(t.example()))).distinct().toArray();
                technologyScores[i] = t.inDemand() ? TECHNOLOGY_IN_DEMAND : TECHNOLOGY;
                for (int id : technology[i]) {
                    all.add(id);
                }
            }
            double prior = d.employment() == null || d.employment() <= 0 ? 0
                    : SIZE_PRIOR * Math.max(0, Math.min(1.0, (Math.log10(d.employment()) - 3) / 4));
            entries.add(new Entry(d, titleTerms, bases, established, ownHeads,
                    all.stream().mapToInt(Integer::intValue).toArray(), description, technology, technologyScores,
                    prior));
        }
        sortedWords = words.toArray(String[]::new);
        trigrams = new java.util.Set[words.size()];
        for (int i = 0; i < trigrams.length; i++) {
            trigrams[i] = SearchText.trigrams(words.get(i));
        }
        Arrays.sort(sortedWords);
    }

    int size() {
        return entries.size();
    }

    /** Whether the catalog has a Career Cluster or SOC major group with this code (what the cluster filter takes). */
    boolean hasCluster(String code) {
        return careerClusters.contains(code) || socGroups.contains(code);
    }

    /** Whether the catalog has a SOC major group with this code. */
    boolean hasSocGroup(String code) {
        return socGroups.contains(code);
    }

    /**
     * The head nouns of an O*NET title: the last word of each part joined by "and" or "or", before a qualifier (",
     * Except ...", ", All Other", ", Including ..."): "Registered Nurses" gives nurse; "Medical Secretaries and
     * Administrative Assistants" secretary and assistant; "Hotel, Motel, and Resort Desk Clerks" motel and clerk.
     */
    private int[] heads(String title) {
        String core = title.split(", (?=Except|All Other|Including|General|Other)", 2)[0];
        return Arrays.stream(core.split(" and | or ")).map(SearchText::terms).filter(t -> !t.isEmpty())
                .mapToInt(t -> ids(List.of(t.get(t.size() - 1)))[0]).distinct().toArray();
    }

    private int[] ids(List<String> terms) {
        int[] ids = new int[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(terms.get(i), w -> {
                words.add(w);
                return words.size() - 1;
            });
        }
        return ids;
    }

    /** One page of the occupations that pass the filters, in the criteria's order; no area. */
    Page<OccupationSummary> search(OccupationCriteria c, PageRequest page) {
        return search(c, page, code -> null, code -> false);
    }

    /**
     * One page of the occupations that pass the filters, in the criteria's order; {@code localMedian} gives an
     * occupation's median in the criteria's area (null: none published there), {@code inArea} whether the area's wage
     * file has a row for it.
     */
    Page<OccupationSummary> search(OccupationCriteria c, PageRequest page, Function<String, Integer> localMedian,
            Predicate<String> inArea) {
        List<Entry> candidates = entries.stream().filter(e -> passes(e.doc(), c))
                .filter(e -> c.minLocalPay() == null || atLeast(localMedian.apply(e.doc().code()), c.minLocalPay()))
                .filter(e -> !c.inArea() || inArea.test(e.doc().code())).toList();
        Map<Entry, Double> scores = null;
        if (c.keywords() != null) {
            scores = rank(c.keywords(), candidates);
            Map<Entry, Double> found = scores;
            candidates = candidates.stream().filter(found::containsKey).toList();
        }
        Comparator<Entry> order = order(c.sort(), scores, localMedian);
        List<Entry> sorted = new ArrayList<>(candidates);
        sorted.sort(order.thenComparing(e -> e.doc().title()).thenComparing(e -> e.doc().code()));
        Map<Entry, Double> relevance = scores;
        List<OccupationSummary> items = page.slice(sorted).stream()
                .map(e -> summary(e, relevance, localMedian.apply(e.doc().code()))).toList();
        return Page.of(items, page, sorted.size());
    }

    private static boolean atLeast(Integer value, int minimum) {
        return value != null && value >= minimum;
    }

    private static OccupationSummary summary(Entry e, Map<Entry, Double> scores, Integer localMedian) {
        Document d = e.doc();
        Double relevance = scores == null ? null : Math.round(scores.get(e) * 10_000) / 10_000.0;
        return new OccupationSummary(d.code(), d.title(), d.socGroup(), d.jobZone(), d.education(), d.annualMedianPay(),
                relevance, localMedian, d.brightOutlook(), d.apprenticeship(), d.growthPercent(), d.annualOpenings());
    }

    private static boolean passes(Document d, OccupationCriteria c) {
        if (c.socGroup() != null && !c.socGroup().equals(d.socGroup())) {
            return false;
        }
        if (c.cluster() != null && !c.cluster().equals(d.socGroup()) && !d.clusters().contains(c.cluster())) {
            return false;
        }
        if (!c.jobZones().isEmpty() && (d.jobZone() == null || !c.jobZones().contains((int) d.jobZone()))) {
            return false;
        }
        if (c.maxJobZone() != null && (d.jobZone() == null || d.jobZone() > c.maxJobZone())) {
            return false;
        }
        if (c.brightOutlook() != null && !c.brightOutlook().equals(d.brightOutlook())) {
            return false;
        }
        if (c.apprenticeship() != null && !c.apprenticeship().equals(d.apprenticeship())) {
            return false;
        }
        if (c.isco() != null && d.isco().stream().noneMatch(code -> code.startsWith(c.isco()))) {
            return false;
        }
        if (!c.education().isEmpty() && (d.education() == null || !c.education().contains(d.education()))) {
            return false;
        }
        if (c.maxEducation() != null
                && (d.education() == null || d.education().category() > c.maxEducation().category())) {
            return false;
        }
        if (c.minMedianPay() != null && (d.annualMedianPay() == null || d.annualMedianPay() < c.minMedianPay())) {
            return false;
        }
        return c.maxMedianPay() == null || (d.annualMedianPay() != null && d.annualMedianPay() <= c.maxMedianPay());
    }

    private static Comparator<Entry> order(OccupationSort sort, Map<Entry, Double> scores,
            Function<String, Integer> localMedian) {
        return switch (sort) {
        case RELEVANCE -> scores == null ? Comparator.comparing(e -> e.doc().title())
                : Comparator.comparing((Entry e) -> scores.get(e)).reversed();
        case TITLE -> Comparator.comparing(e -> e.doc().title());
        case TITLE_DESC -> Comparator.comparing((Entry e) -> e.doc().title()).reversed();
        case PAY -> nullsLast(e -> e.doc().annualMedianPay(), false);
        case PAY_DESC -> nullsLast(e -> e.doc().annualMedianPay(), true);
        case JOB_ZONE -> nullsLast(e -> e.doc().jobZone() == null ? null : (int) e.doc().jobZone(), false);
        case JOB_ZONE_DESC -> nullsLast(e -> e.doc().jobZone() == null ? null : (int) e.doc().jobZone(), true);
        case LOCAL_PAY -> nullsLast(e -> localMedian.apply(e.doc().code()), false);
        case LOCAL_PAY_DESC -> nullsLast(e -> localMedian.apply(e.doc().code()), true);
        case GROWTH -> nullsLast(e -> e.doc().growthPercent(), false);
        case GROWTH_DESC -> nullsLast(e -> e.doc().growthPercent(), true);
        case OPENINGS -> nullsLast(e -> e.doc().annualOpenings(), false);
        case OPENINGS_DESC -> nullsLast(e -> e.doc().annualOpenings(), true);
        };
    }

    private static <T extends Comparable<T>> Comparator<Entry> nullsLast(Function<Entry, T> key, boolean descending) {
        Comparator<T> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    /** Scores of the candidates that match the keywords; absent = no match. */
    Map<Entry, Double> rank(String keywords, List<Entry> candidates) {
        String codePrefix = OccupationCodes.searchPrefix(keywords);
        if (codePrefix != null) {
            return rankByCode(codePrefix, candidates);
        }
        List<String> terms = SearchText.queryTerms(keywords);
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        Map<Entry, Double> scores = new HashMap<>();
        if (terms.isEmpty()) {
            return scores;
        }
        score(terms, 1.0, candidates, scores);
        List<String> synonyms = new ArrayList<>();
        boolean replaced = false;
        for (String term : terms) {
            String synonym = SearchText.SYNONYMS.get(term);
            if (synonym != null) {
                synonyms.addAll(SearchText.queryTerms(synonym));
                replaced = true;
            } else {
                synonyms.add(term);
            }
        }
        if (replaced) {
            score(synonyms, SYNONYM_FACTOR, candidates, scores);
        }
        if (scores.isEmpty()) {
            for (List<String> corrected : corrections(terms)) {
                score(corrected, CORRECTED_FACTOR, candidates, scores);
            }
        }
        // Last resort: the query less one word, then less two ("senior web developer" finds web developers)
        for (int drop = 1; scores.isEmpty() && drop <= 2 && drop < terms.size(); drop++) {
            for (List<String> shorter : without(terms, drop)) {
                score(shorter, PARTIAL_FACTOR, candidates, scores);
            }
        }
        return scores;
    }

    private static Map<Entry, Double> rankByCode(String prefix, List<Entry> candidates) {
        String soc = OccupationCodes.canonical(prefix);
        Map<Entry, Double> scores = new HashMap<>();
        for (Entry e : candidates) {
            String code = e.doc().code();
            if (code.startsWith(prefix)) {
                scores.put(e, code.equals(prefix) ? CODE_EXACT : code.equals(soc) ? CODE_SOC : CODE_PREFIX);
            }
        }
        return scores;
    }

    /** Every way of leaving {@code drop} words (1 or 2) out of the query, word order kept. */
    static List<List<String>> without(List<String> terms, int drop) {
        List<List<String>> readings = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = drop == 1 ? i : i + 1; j < terms.size(); j++) {
                List<String> shorter = new ArrayList<>();
                for (int k = 0; k < terms.size(); k++) {
                    if (k != i && k != j) {
                        shorter.add(terms.get(k));
                    }
                }
                readings.add(shorter);
                if (drop == 1) {
                    break;
                }
            }
        }
        return readings;
    }

    static final int CORRECTIONS = 3;

    /**
     * Readings of the query with each word the catalog does not know replaced by one of its closest known words (up to
     * {@value #CORRECTIONS} each, fewest edits first, then most trigrams in common), or dropped when none is close.
     * Scoring every reading and keeping each occupation's best lets the titles decide between "electrical" and
     * "electrician" for "electrican".
     */
    private List<List<String>> corrections(List<String> terms) {
        List<List<String>> readings = new ArrayList<>();
        readings.add(new ArrayList<>());
        boolean changed = false;
        for (String term : terms) {
            boolean known = vocabulary.containsKey(term);
            List<String> options = known ? List.of(term) : closest(term);
            changed |= !known;
            if (options.isEmpty()) {
                continue;
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> reading : readings) {
                for (String option : options) {
                    List<String> extended = new ArrayList<>(reading);
                    extended.add(option);
                    next.add(extended);
                }
            }
            readings = next;
        }
        if (!changed) {
            return List.of();
        }
        return readings.stream().filter(r -> !r.isEmpty()).toList();
    }

    private record Candidate(String word, int edits, double similarity) {
    }

    /** Corrections already worked out for unknown words (bounded; the index lives for one catalog generation). */
    private final java.util.Map<String, List<String>> corrected = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MAX_CORRECTIONS_KEPT = 10_000;

    private List<String> closest(String term) {
        List<String> known = corrected.get(term);
        if (known == null) {
            known = closestAmongAll(term);
            if (corrected.size() >= MAX_CORRECTIONS_KEPT) {
                corrected.clear();
            }
            corrected.put(term, known);
        }
        return known;
    }

    private List<String> closestAmongAll(String term) {
        int maxEdits = term.length() <= 4 ? 1 : 2;
        java.util.Set<String> termTrigrams = SearchText.trigrams(term);
        List<Candidate> found = new ArrayList<>();
        for (String word : words) {
            if (Math.abs(word.length() - term.length()) > maxEdits + 1) {
                continue;
            }
            int edits = SearchText.editDistance(term, word, maxEdits);
            double similarity = SearchText.similarity(termTrigrams, trigrams[vocabulary.get(word)]);
            if (edits <= maxEdits || similarity >= MIN_SIMILARITY) {
                found.add(new Candidate(word, edits, similarity));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Candidate::edits)
                        .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
                        .thenComparing(Candidate::word))
                .limit(CORRECTIONS).map(Candidate::word).toList();
    }

    private void score(List<String> terms, double factor, List<Entry> candidates, Map<Entry, Double> scores) {
        int n = terms.size();
        int[] exact = new int[n];
        for (int i = 0; i < n; i++) {
            exact[i] = vocabulary.getOrDefault(terms.get(i), -1);
        }
        boolean[] prefix = prefixes(terms.get(n - 1));
        boolean distinctQuery = Arrays.stream(exact).distinct().count() == n;
        for (int i = 0; i < n - 1; i++) {
            if (exact[i] < 0) {
                return;
            }
        }
        if (exact[n - 1] < 0 && prefix == null) {
            return;
        }
        // the query names an occupation by its own O*NET title ("receptionist"): then other occupations' titles that
        // only qualify their own name with it ("Nurse Receptionist") count less
        boolean named = false;
        for (Entry e : candidates) {
            if (matches(e.titles()[0], exact, prefix, false) != 0) {
                named = true;
                break;
            }
        }
        for (Entry e : candidates) {
            if (!containsAll(e.allTerms(), exact, prefix)) {
                continue;
            }
            double best = 0;
            int matching = 0;
            for (int t = 0; t < e.titles().length; t++) {
                double s = titleScore(e.titles()[t], exact, distinctQuery && e.established()[t], prefix, e.bases()[t]);
                if (s > 0 && named && namesItselfOnly(e.ownHeads()[t], exact)) {
                    s *= QUALIFIER_FACTOR;
                }
                if (s > 0) {
                    if (t > 0) {
                        matching++;
                    }
                    best = Math.max(best, s);
                }
            }
            if (best == 0) {
                int how = matches(e.descriptionTerms(), exact, prefix, true);
                best = how == 0 ? technologyScore(e, exact, prefix)
                        : how == 2 ? DESCRIPTION * PREFIX_FACTOR : DESCRIPTION;
                if (best == 0) {
                    continue;
                }
            }
            double score = factor * (best + VOTE * Math.log1p(matching)
                    + PRIMARY_WORDS * shareIn(e.titles()[0], exact, prefix) + e.sizePrior());
            scores.merge(e, score, Math::max);
        }
    }

    /**
     * Whether another title holds a head noun of the occupation's own O*NET title that the query does not ask for: when
     * the query is what another occupation is called ("receptionist"), it only qualifies this occupation's own name
     * there ("Nurse Receptionist" among Registered Nurses' titles is a nurse first). A query no O*NET title holds, such
     * as a tool ("C++ Developer"), is not discounted.
     */
    private static boolean namesItselfOnly(int[] ownHeads, int[] exact) {
        for (int head : ownHeads) {
            if (!has(exact, head, false)) {
                return true;
            }
        }
        return false;
    }

    /** Share of the query words (the last one also as a prefix) that the title holds, 0-1. */
    private static double shareIn(int[] title, int[] exact, boolean[] prefix) {
        int last = exact.length - 1;
        int held = 0;
        for (int i = 0; i <= last; i++) {
            if (has(title, exact[i], false) || i == last && anyMarked(title, prefix)) {
                held++;
            }
        }
        return held / (double) exact.length;
    }

    /** The best technology example of the occupation that holds every query word, or 0. */
    private static double technologyScore(Entry e, int[] exact, boolean[] prefix) {
        double best = 0;
        for (int t = 0; t < e.technology().length; t++) {
            int how = matches(e.technology()[t], exact, prefix, false);
            if (how > 0) {
                best = Math.max(best, how == 2 ? e.technologyScores()[t] * PREFIX_FACTOR : e.technologyScores()[t]);
            }
        }
        return best;
    }

    /**
     * Vocabulary ids that start with the word (at least 3 letters), or null. A word still being typed ("recept") may
     * end in any of them. A word the catalog knows whole ("excel", from "Microsoft Excel") ends there: it reaches only
     * the words made from it ({@link SearchText#derivedFrom}: "manage" - "manager", "book" - "bookkeeper"), not the
     * ones that merely start with the same letters ("excelsior", "excellence").
     */
    private boolean[] prefixes(String word) {
        if (word.length() < 3) {
            return null;
        }
        boolean whole = vocabulary.containsKey(word);
        boolean[] marks = null;
        int start = Arrays.binarySearch(sortedWords, word);
        for (int i = start < 0 ? -start - 1 : start; i < sortedWords.length && sortedWords[i].startsWith(word); i++) {
            if (sortedWords[i].equals(word)
                    || whole && !SearchText.derivedFrom(word, sortedWords[i], vocabulary::containsKey)) {
                continue;
            }
            if (marks == null) {
                marks = new boolean[words.size()];
            }
            marks[vocabulary.get(sortedWords[i])] = true;
        }
        return marks;
    }

    private static boolean containsAll(int[] sortedTerms, int[] exact, boolean[] prefix) {
        int last = exact.length - 1;
        for (int i = 0; i < last; i++) {
            if (Arrays.binarySearch(sortedTerms, exact[i]) < 0) {
                return false;
            }
        }
        if (exact[last] >= 0 && Arrays.binarySearch(sortedTerms, exact[last]) >= 0) {
            return true;
        }
        return anyMarked(sortedTerms, prefix);
    }

    /** Whether any of the terms is one the last query word reaches as a prefix. */
    private static boolean anyMarked(int[] terms, boolean[] prefix) {
        if (prefix != null) {
            for (int id : terms) {
                if (prefix[id]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 0 = not every word is there; 1 = every word as a whole word; 2 = the last one only as a prefix. */
    private static int matches(int[] terms, int[] exact, boolean[] prefix, boolean sorted) {
        int last = exact.length - 1;
        for (int i = 0; i < last; i++) {
            if (!has(terms, exact[i], sorted)) {
                return 0;
            }
        }
        if (exact[last] >= 0 && has(terms, exact[last], sorted)) {
            return 1;
        }
        return anyMarked(terms, prefix) ? 2 : 0;
    }

    private static boolean has(int[] terms, int id, boolean sorted) {
        if (id < 0) {
            return false;
        }
        if (sorted) {
            return Arrays.binarySearch(terms, id) >= 0;
        }
        for (int t : terms) {
            if (t == id) {
                return true;
            }
        }
        return false;
    }

    /** {@code mayBeExact}: the query has no repeated word and the title may earn the exact bonus. */
    private static double titleScore(int[] title, int[] exact, boolean mayBeExact, boolean[] prefix, double base) {
        int how = matches(title, exact, prefix, false);
        if (how == 0) {
            return 0;
        }
        int distinct = title.length;
        double score = base * (0.6 + 0.4 * Math.min(1.0, exact.length / (double) distinct));
        if (how == 1 && distinct == exact.length && mayBeExact) {
            score += EXACT_BONUS;
        }
        return how == 2 ? score * PREFIX_FACTOR : score;
    }
}

package org.careercompass.catalog.occupation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the SQL of an occupation search from {@link OccupationCriteria}. Pure: no database access, so the query shape
 * is unit tested on its own. Keywords become a prefix-matching tsquery over the weighted document (title A, alternate
 * titles B, description C); only letters and digits reach the query text.
 */
final class OccupationSearchQuery {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final int MAX_TERMS = 12;

    final String where;
    final String orderBy;
    /** Parameters of both the count and the page query. */
    final Map<String, Object> parameters;
    /** Parameters only the page query's relevance expression uses. */
    final Map<String, Object> rankParameters;
    final String tsQuery;

    private OccupationSearchQuery(String where, String orderBy, Map<String, Object> parameters,
            Map<String, Object> rankParameters, String tsQuery) {
        this.where = where;
        this.orderBy = orderBy;
        this.parameters = parameters;
        this.rankParameters = rankParameters;
        this.tsQuery = tsQuery;
    }

    /** "Admin. assistant" becomes "admin:* & assistant:*"; null when no searchable term is left. */
    static String toTsQuery(String keywords) {
        if (keywords == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String term : NON_WORD.split(keywords.toLowerCase(Locale.ROOT))) {
            if (!term.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(term + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    static OccupationSearchQuery of(OccupationCriteria c) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String tsQuery = toTsQuery(c.keywords());
        if (c.keywords() != null) {
            if (tsQuery == null) {
                conditions.add("FALSE");
            } else {
                conditions.add("o.search_vector @@ to_tsquery('english', :tsq)");
                params.put("tsq", tsQuery);
            }
        }
        if (c.socGroup() != null) {
            conditions.add("g.code = :socGroup");
            params.put("socGroup", c.socGroup());
        }
        if (c.cluster() != null) {
            conditions.add("(g.code = :cluster OR EXISTS (SELECT 1 FROM occupation_cluster oc JOIN cluster c"
                    + " ON c.id = oc.cluster_id WHERE oc.occupation_code = o.code AND c.code = :cluster))");
            params.put("cluster", c.cluster());
        }
        if (!c.jobZones().isEmpty()) {
            conditions.add("o.job_zone IN (:jobZones)");
            params.put("jobZones", c.jobZones().stream().map(Integer::shortValue).toList());
        }
        if (!c.education().isEmpty()) {
            conditions.add("o.entry_education IN (:education)");
            params.put("education", c.education().stream().map(e -> (short) e.category()).toList());
        }
        if (c.maxEducation() != null) {
            conditions.add("o.entry_education <= :maxEducation");
            params.put("maxEducation", (short) c.maxEducation().category());
        }
        if (c.minMedianPay() != null) {
            conditions.add("o.pay_annual_median >= :minPay");
            params.put("minPay", c.minMedianPay());
        }
        if (c.maxMedianPay() != null) {
            conditions.add("o.pay_annual_median <= :maxPay");
            params.put("maxPay", c.maxMedianPay());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        OccupationSort sort = c.sort() == OccupationSort.RELEVANCE && tsQuery == null ? OccupationSort.TITLE : c.sort();
        String orderBy = " ORDER BY " + sort.orderBy() + ", o.title ASC, o.code ASC";
        Map<String, Object> rank = new LinkedHashMap<>();
        if (tsQuery != null) {
            String phrase = c.keywords().trim().toLowerCase(Locale.ROOT);
            rank.put("exact", phrase);
            rank.put("phrase", phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new OccupationSearchQuery(where, orderBy, params, rank, tsQuery);
    }

    String countSql() {
        return "SELECT count(*) FROM occupation o JOIN cluster g ON g.id = o.soc_group_id" + where;
    }

    /**
     * Relevance: ts_rank of the prefix query over the weighted document, normalised by document length (flag 1), plus
     * the rank of the exact words (so "nurse" prefers nurses to nurseries), plus a bonus when the title starts with the
     * phrase or an alternate title is the phrase, so "receptionist" ranks Receptionists first.
     */
    String pageSql() {
        String relevance = tsQuery == null ? "CAST(NULL AS DOUBLE PRECISION)"
                : "(ts_rank(o.search_vector, to_tsquery('english', :tsq), 1)"
                        + " + ts_rank(o.search_vector, plainto_tsquery('english', :exact), 1)"
                        + " + CASE WHEN lower(o.title) LIKE :phrase THEN 1.0 ELSE 0 END"
                        + " + CASE WHEN EXISTS (SELECT 1 FROM alternate_title a WHERE a.occupation_code = o.code"
                        + " AND lower(a.title) = :exact) THEN 0.5 ELSE 0 END)";
        return "SELECT o.code, o.title, g.code AS soc_group, o.job_zone, o.entry_education, o.pay_annual_median, "
                + relevance + " AS relevance FROM occupation o JOIN cluster g ON g.id = o.soc_group_id" + where
                + orderBy + " LIMIT :limit OFFSET :offset";
    }
}

package org.careercompass.catalog.occupation;

/** Orders a search; ties always fall back to title, then code, so paging is stable. */
public enum OccupationSort {
    RELEVANCE, TITLE, TITLE_DESC, PAY, PAY_DESC, JOB_ZONE, JOB_ZONE_DESC, LOCAL_PAY, LOCAL_PAY_DESC;

    /**
     * Accepts {@code title}, {@code -title}, {@code pay}, {@code -pay}, {@code jobZone}, {@code -jobZone},
     * {@code localPay}, {@code -localPay} (with an area), {@code relevance}.
     */
    public static OccupationSort parse(String raw) {
        String value = raw.trim();
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return switch (key) {
        case "relevance" -> descending ? null : RELEVANCE;
        case "title" -> descending ? TITLE_DESC : TITLE;
        case "pay", "medianPay" -> descending ? PAY_DESC : PAY;
        case "jobZone" -> descending ? JOB_ZONE_DESC : JOB_ZONE;
        case "localPay" -> descending ? LOCAL_PAY_DESC : LOCAL_PAY;
        default -> null;
        };
    }
}

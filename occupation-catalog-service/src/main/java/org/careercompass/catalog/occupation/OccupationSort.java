package org.careercompass.catalog.occupation;

/** Orders a search; ties always fall back to title, then code, so paging is stable. */
public enum OccupationSort {
    RELEVANCE, TITLE, TITLE_DESC, PAY, PAY_DESC, JOB_ZONE, JOB_ZONE_DESC, LOCAL_PAY, LOCAL_PAY_DESC, GROWTH,
    GROWTH_DESC, OPENINGS, OPENINGS_DESC;

    /** The accepted values, as a 400 lists them. */
    public static final String VALUES = "relevance, title, -title, pay, -pay, jobZone, -jobZone, growth, -growth, openings, -openings, localPay, -localPay";

    /**
     * Accepts {@code title}, {@code -title}, {@code pay}, {@code -pay}, {@code jobZone}, {@code -jobZone},
     * {@code growth}, {@code -growth} (projected employment change, percent), {@code openings}, {@code -openings}
     * (projected annual openings), {@code localPay}, {@code -localPay} (with an area), {@code relevance}.
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
        case "growth" -> descending ? GROWTH_DESC : GROWTH;
        case "openings" -> descending ? OPENINGS_DESC : OPENINGS;
        default -> null;
        };
    }
}

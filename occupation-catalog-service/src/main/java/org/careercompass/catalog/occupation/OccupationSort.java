package org.careercompass.catalog.occupation;

/** Orders a search; ties always fall back to title, then code, so paging is stable. */
public enum OccupationSort {
    RELEVANCE("relevance DESC NULLS LAST"), TITLE("o.title ASC"), TITLE_DESC("o.title DESC"),
    PAY("o.pay_annual_median ASC NULLS LAST"), PAY_DESC("o.pay_annual_median DESC NULLS LAST"),
    JOB_ZONE("o.job_zone ASC NULLS LAST"), JOB_ZONE_DESC("o.job_zone DESC NULLS LAST");

    private final String orderBy;

    OccupationSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /** Accepts {@code title}, {@code -title}, {@code pay}, {@code -pay}, {@code jobZone}, {@code relevance}. */
    public static OccupationSort parse(String raw) {
        String value = raw.trim();
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return switch (key) {
        case "relevance" -> descending ? null : RELEVANCE;
        case "title" -> descending ? TITLE_DESC : TITLE;
        case "pay", "medianPay" -> descending ? PAY_DESC : PAY;
        case "jobZone" -> descending ? JOB_ZONE_DESC : JOB_ZONE;
        default -> null;
        };
    }
}

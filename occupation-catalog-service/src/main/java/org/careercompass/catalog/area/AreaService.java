package org.careercompass.catalog.area;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.web.QueryParams;
import org.careercompass.commons.web.Representation;

/** Areas and what occupations pay in them, answered from the current generation's {@link AreaTable}. */
@ApplicationScoped
public class AreaService {

    @Inject
    EntityManager em;

    @Inject
    ReleaseCache cache;

    public AreaTable table() {
        return cache.structure(AreaTable.class, this::load);
    }

    private record FindKey(String q, String state, PageRequest page) {
    }

    /** A page of areas as a finished answer, kept per catalog generation like the catalog's other answers. */
    public Representation findAnswer(String q, String state, QueryParams params, PageRequest page) {
        AreaTable table = table();
        String wantedState = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        if (wantedState != null && !table.isState(wantedState)) {
            params.reject("state", "'" + state.strip() + "' is no state or territory with a BLS area here (two-letter"
                    + " code such as TX)");
        }
        params.validate();
        String query = q == null || q.isBlank() ? null : q.strip();
        return cache.answer(new FindKey(query, wantedState, page), () -> {
            List<AreaTable.Area> found = table.find(query, wantedState);
            return Page.of(page.slice(found).stream().map(a -> summary(table, a)).toList(), page, found.size());
        });
    }

    public AreaView.Summary get(String code) {
        AreaTable table = table();
        return summary(table, table.area(code).orElseThrow(() -> ProblemException.notFound("Area", code)));
    }

    private record WagesKey(String area) {
    }

    /** Every occupation's wages in an area, as one cached answer (404 for an unknown area). */
    public Representation wagesAnswer(String code) {
        AreaTable table = table();
        AreaTable.Area area = table.area(code).orElseThrow(() -> ProblemException.notFound("Area", code));
        return cache.answer(new WagesKey(area.code()),
                () -> new AreaView.Wages(summary(table, area), table.release().year(), source(table.release()), table
                        .wagesIn(area.code()).stream().map(e -> new AreaView.SocWage(e.getKey(), e.getValue().p10(),
                                e.getValue().p25(), e.getValue().median(), e.getValue().p75(), e.getValue().p90()))
                        .toList()));
    }

    /**
     * The area a query parameter names, or a 400 naming the parameter: a person choosing "their" area must learn that
     * the code is wrong rather than get national figures silently.
     */
    public AreaTable.Area requireArea(String parameter, String code) {
        return table().area(code).orElseThrow(() -> ProblemException.invalid(parameter, unknownArea(code)));
    }

    /** Whether this is an area code of the catalog. */
    public boolean knows(String code) {
        return table().area(code).isPresent();
    }

    /**
     * Records a 400 naming {@code area} in {@code params} when the code (null: none asked) is no area of the catalog,
     * for resources that report every bad parameter at once.
     */
    public void rejectUnknown(QueryParams params, String code) {
        if (code != null && !knows(code)) {
            params.reject("area", unknownArea(code));
        }
    }

    /** What a 400 says about an area code the catalog does not have. */
    public static String unknownArea(String code) {
        return "'" + code + "' is no BLS area code of the catalog; GET /api/v1/areas?q=<city or state> finds one";
    }

    /** What one SOC code pays in an area, with the national median to compare; always an answer, never a guess. */
    public AreaView.LocalPay localPay(AreaTable.Area area, String soc, Integer nationalMedian) {
        AreaTable table = table();
        AreaTable.Release release = table.release();
        AreaTable.Wage wage = table.wage(area.code(), soc).orElse(null);
        AreaView.Ref ref = new AreaView.Ref(area.code(), area.title());
        String source = source(release);
        if (wage == null) {
            return new AreaView.LocalPay(ref, false, null, null, null, null, null, null, null, null, false, null,
                    release.year(), source, "BLS published no wages for this occupation in " + area.title()
                            + "; the national figures apply, labelled national.");
        }
        if (wage.median() == null) {
            return new AreaView.LocalPay(ref, false, wage.p10(), wage.p25(), null, wage.p75(), wage.p90(), null, null,
                    null, wage.topCoded(), null, release.year(), source,
                    "BLS did not publish a median for this occupation in " + area.title()
                            + " (suppressed for reliability, or at or above the top code); the national figures"
                            + " apply, labelled national.");
        }
        Double ratio = nationalMedian == null ? null : BigDecimal.valueOf(wage.median())
                .divide(BigDecimal.valueOf(nationalMedian), 2, RoundingMode.HALF_UP).doubleValue();
        NumberFormat dollars = NumberFormat.getIntegerInstance(Locale.US);
        String note = "Median $" + dollars.format(wage.median()) + " a year in " + area.title()
                + (nationalMedian == null ? " (no national median to compare)"
                        : ", " + comparison(wage.median(), nationalMedian) + " the national median of $"
                                + dollars.format(nationalMedian))
                + "." + (release.partial() ? " The area file served has annual percentiles only." : "");
        return new AreaView.LocalPay(ref, true, wage.p10(), wage.p25(), wage.median(), wage.p75(), wage.p90(),
                wage.mean(), wage.employment(), wage.hourlyMedian(), wage.topCoded(), ratio, release.year(), source,
                note);
    }

    /** "12% above", "3% below" or "the same as", rounded to whole percent. */
    static String comparison(int local, int national) {
        long percent = Math.round((local - (double) national) * 100 / national);
        return percent == 0 ? "about the same as" : Math.abs(percent) + (percent > 0 ? "% above" : "% below");
    }

    /** The loaded area release in words, as every local figure cites it. */
    public String source() {
        return source(table().release());
    }

    static String source(AreaTable.Release release) {
        String base = release.source() == null ? "BLS OEWS area estimates" : release.source();
        return release.partial() ? base + "; " + release.columns() : base;
    }

    private AreaView.Summary summary(AreaTable table, AreaTable.Area a) {
        return new AreaView.Summary(a.code(), a.title(), a.kind(), a.states(), a.allOccupationsMedian(),
                table.withMedian(a.code()));
    }

    private AreaTable load() {
        Object[] release = (Object[]) em
                .createNativeQuery("SELECT oews_area_year, oews_area_source, oews_area_columns FROM catalog_release")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> areaRows = em
                .createNativeQuery("SELECT code, title, kind, states, all_occupations_median FROM area")
                .getResultList();
        List<AreaTable.Area> areas = new ArrayList<>(areaRows.size());
        for (Object[] r : areaRows) {
            String states = (String) r[3];
            areas.add(new AreaTable.Area((String) r[0], (String) r[1], AreaKind.valueOf((String) r[2]),
                    states.isEmpty() ? List.of() : Arrays.asList(states.split("-")),
                    r[4] == null ? null : ((Number) r[4]).intValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> wageRows = em
                .createNativeQuery(
                        """
                                SELECT area_code, soc_code, pct10, pct25, median, pct75, pct90, mean, employment, hourly_median, top_coded
                                  FROM area_wage""")
                .getResultList();
        List<AreaTable.Row> rows = new ArrayList<>(wageRows.size());
        for (Object[] r : wageRows) {
            rows.add(new AreaTable.Row((String) r[0], ((String) r[1]).strip(),
                    new AreaTable.Wage(integer(r[2]), integer(r[3]), integer(r[4]), integer(r[5]), integer(r[6]),
                            integer(r[7]), integer(r[8]), (BigDecimal) r[9], (Boolean) r[10])));
        }
        return new AreaTable(areas, rows,
                new AreaTable.Release(release[0] == null ? null : ((Number) release[0]).shortValue(),
                        (String) release[1], (String) release[2]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

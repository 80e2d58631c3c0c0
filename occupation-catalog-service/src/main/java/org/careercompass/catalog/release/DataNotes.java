package org.careercompass.catalog.release;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The data notes of /about: for each kind of figure, its source and how many occupations have it, counted once per
 * catalog generation. Partial coverage is stated in words, so a reader knows that a missing figure is unpublished.
 */
@ApplicationScoped
public class DataNotes {

    @Inject
    EntityManager em;

    @Inject
    ReleaseCache cache;

    private record Key() {
    }

    public List<DataRelease.DataNote> notes(DataRelease release) {
        return cache.structure(Key.class, () -> count(release));
    }

    private List<DataRelease.DataNote> count(DataRelease release) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE pay_annual_median IS NOT NULL),
                       count(*) FILTER (WHERE employment_change_pct IS NOT NULL AND annual_openings IS NOT NULL),
                       (SELECT count(DISTINCT occupation_code) FROM task_activity),
                       (SELECT count(DISTINCT occupation_code) FROM tool_used),
                       count(*) FILTER (WHERE apprenticeship_importance IS NOT NULL OR typical_training IS NOT NULL),
                       (SELECT count(DISTINCT occupation_code) FROM occupation_esco),
                       (SELECT count(DISTINCT substring(o.code from 1 for 7)) FROM occupation o
                         WHERE EXISTS (SELECT 1 FROM area_wage w WHERE w.soc_code = substring(o.code from 1 for 7)
                                          AND w.median IS NOT NULL)),
                       (SELECT count(*) FROM area), (SELECT count(*) FROM task), (SELECT count(*) FROM occupation
                         WHERE EXISTS (SELECT 1 FROM task t WHERE t.occupation_code = occupation.code))
                  FROM occupation""").getSingleResult();
        int all = number(r[0]);
        String onet = "O*NET " + (release.onetRelease() == null ? "" : release.onetRelease() + " ");
        String period = release.projectionsPeriod() == null ? "" : " " + release.projectionsPeriod();
        List<DataRelease.DataNote> notes = new ArrayList<>();
        int pay = number(r[1]);
        notes.add(new DataRelease.DataNote(DataRelease.Topic.NATIONAL_WAGES,
                "BLS Occupational Employment and Wage Statistics"
                        + (release.oewsYear() == null ? "" : ", May " + release.oewsYear() + " national estimates"),
                pay, all,
                of(pay, all) + " occupations have a national median wage. O*NET occupations under one SOC code share"
                        + " its wages; the others have none published (BLS does not estimate them, or suppressed"
                        + " them), shown as null."));
        if (release.areaWages() != null) {
            int socs = number(r[7]);
            notes.add(new DataRelease.DataNote(DataRelease.Topic.AREA_WAGES, release.areaWages().source(), socs, all,
                    format(number(r[8])) + " areas; " + format(socs) + " SOC occupations have a published median in at"
                            + " least one of them. Columns: " + release.areaWages().columns() + ". A figure BLS did"
                            + " not publish for an area (suppressed, or top-coded at $239,200 a year or more) is null,"
                            + " and the national figure applies, labelled national."));
        }
        int projected = number(r[2]);
        notes.add(new DataRelease.DataNote(DataRelease.Topic.PROJECTIONS, "BLS Employment Projections" + period,
                projected, all, of(projected, all) + " occupations have projected employment change and openings;"
                        + " projections are national only."));
        notes.add(new DataRelease.DataNote(DataRelease.Topic.BRIGHT_OUTLOOK,
                "O*NET Bright Outlook criteria (onetcenter.org/initiatives.html), computed from BLS Employment"
                        + " Projections" + period,
                projected, all,
                "Decided for the " + format(projected) + " occupations with projections, and recomputed with every"
                        + " import: projected to grow much faster than average, or 100,000 or more openings over the"
                        + " period. O*NET's third criterion (new and emerging occupations) is not computed; an"
                        + " occupation without projections has brightOutlook null."));
        int activities = number(r[3]);
        int withTasks = number(r[10]);
        notes.add(new DataRelease.DataNote(DataRelease.Topic.WORK_ACTIVITIES,
                onet + "Tasks to DWAs, DWA Reference, IWA Reference", activities, all,
                of(activities, all) + " occupations have Detailed Work Activities (" + format(withTasks)
                        + " have task statements); the others have none published, shown as an empty list. Most"
                        + " frequent means linked to the most of the occupation's tasks: O*NET's task frequency"
                        + " ratings are not part of the catalog."));
        int tools = number(r[4]);
        notes.add(new DataRelease.DataNote(DataRelease.Topic.TOOLS, onet + "Tools Used", tools, all,
                of(tools, all) + " occupations list tools; the others have none published, shown as an empty list."));
        int apprenticeship = number(r[5]);
        notes.add(new DataRelease.DataNote(
                DataRelease.Topic.APPRENTICESHIP, "BLS Employment Projections" + period
                        + " (typical on-the-job training); " + onet + "Education, Training, and Experience 3.A.4.a",
                apprenticeship, all,
                of(apprenticeship, all) + " occupations have at least one of the two figures. O*NET's rating counts"
                        + " in job zones 2 and 3, those its Job Zone Reference associates with apprenticeship programs;"
                        + " in zones 4 and 5 it rates the supervised practice of a degree. The indicator is not"
                        + " O*NET OnLine's registered-apprenticeship tag, whose list is not in the O*NET database."));
        int esco = number(r[6]);
        notes.add(new DataRelease.DataNote(DataRelease.Topic.INTERNATIONAL_CODES,
                release.escoSource() == null ? "none loaded" : release.escoSource(), esco, all,
                release.escoSource() == null
                        ? "No ESCO crosswalk is loaded: occupations carry no ISCO-08 or ESCO codes."
                        : of(esco, all) + " occupations have at least one ESCO occupation and its ISCO-08 code; the"
                                + " crosswalk maps ESCO occupations many-to-one and covers ESCO v1's 1,680"
                                + " top-level occupations, so the others have none (an empty list)."));
        return List.copyOf(notes);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String of(int part, int all) {
        return format(part) + " of " + format(all);
    }

    private static String format(int n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}

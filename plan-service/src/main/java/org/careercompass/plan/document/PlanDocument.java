package org.careercompass.plan.document;

import java.time.LocalDate;
import java.util.Map;

import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.domain.PlanViews.ActionView;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.PlanViews.PlanView;

/**
 * A plan as a self-contained HTML document to print or hand to a counselor: goals with their target occupation (pay,
 * entry education, certification, from the catalog, with its data release), progress and whether each is on track, and
 * every action with its dates and status. Everything the person typed is escaped. Pure.
 */
public final class PlanDocument {

    static final String ATTRIBUTION = "Occupation data: O*NET 29.0 Database by the U.S. Department of Labor, Employment"
            + " and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; wages: BLS OEWS; projections:"
            + " BLS Employment Projections.";

    private PlanDocument() {
    }

    /** {@code occupations}: the catalog's answer per target occupation code (missing when the catalog is down). */
    public static String html(PlanView plan, Map<String, CatalogOccupation> occupations, LocalDate today) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(plan.title())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3rem;")
                .append("text-align:left;vertical-align:top}h2{margin-top:2rem}.meta{color:#555}")
                .append("@media print{body{margin:0}}</style></head>\n<body>\n");
        out.append("<h1>").append(escape(plan.title())).append("</h1>\n<p class=\"meta\">Career plan of ")
                .append(escape(plan.owner() == null ? "" : plan.owner())).append(" &middot; phase ")
                .append(words(plan.phase().name())).append(" &middot; printed ").append(today).append("</p>\n");
        out.append("<p>Progress: ").append(escape(plan.progress().statement())).append("</p>\n");
        String release = null;
        for (GoalView goal : plan.goals()) {
            out.append("<h2>").append(escape(goal.title())).append("</h2>\n<p>");
            if (goal.targetOccupation() != null) {
                out.append("Target occupation: ").append(escape(goal.targetTitle() == null ? "" : goal.targetTitle()))
                        .append(" (").append(escape(goal.targetOccupation())).append(")<br>");
            }
            if (goal.aim() != null) {
                out.append("Aim: ").append(escape(goal.aim())).append("<br>");
            }
            out.append("Outcome: ").append(escape(goal.measurableOutcome())).append("<br>Target date: ")
                    .append(goal.targetDate()).append(" &middot; status ").append(words(goal.status().name()))
                    .append(" &middot; ").append(words(goal.track().status().name())).append(": ")
                    .append(escape(goal.track().reason())).append("<br>Progress: ").append(goal.progress().done())
                    .append(" of ").append(goal.progress().actions()).append(" actions done</p>\n");
            CatalogOccupation occupation = goal.targetOccupation() == null ? null
                    : occupations.get(goal.targetOccupation());
            if (occupation != null) {
                release = occupation.release();
                out.append("<p>");
                if (occupation.pay() != null && occupation.pay().annualMedian() != null) {
                    out.append("Median pay: $").append(String.format("%,d", occupation.pay().annualMedian()))
                            .append(" a year").append(occupation.localPay() == null ? "" : " nationally").append(" (")
                            .append(escape(String.valueOf(occupation.pay().source()))).append(")<br>");
                }
                CatalogOccupation.LocalPay local = occupation.localPay();
                if (local != null) {
                    if (local.published() && local.annualMedian() != null) {
                        out.append("Median pay in ").append(escape(local.area().title())).append(": $")
                                .append(String.format("%,d", local.annualMedian())).append(" a year (")
                                .append(escape(String.valueOf(local.source()))).append(")<br>");
                    } else {
                        out.append("Median pay in ").append(escape(local.area().title()))
                                .append(": not published by BLS; the national figure applies<br>");
                    }
                }
                if (occupation.requirements() != null) {
                    if (occupation.requirements().entryEducationLabel() != null) {
                        out.append("Typical entry education: ")
                                .append(escape(occupation.requirements().entryEducationLabel())).append("<br>");
                    }
                    if (occupation.certificationRequired()) {
                        out.append("Certification or licence: ")
                                .append(escape(occupation.requirements().certificationNotes())).append("<br>");
                    } else if (occupation.optionalCertification() != null) {
                        out.append("Optional credential (not required): ")
                                .append(escape(occupation.optionalCertification())).append("<br>");
                    }
                }
                out.append("</p>\n");
            } else if (goal.targetOccupation() != null) {
                out.append(
                        "<p class=\"meta\">The catalog could not be reached; pay and requirements are left out.</p>\n");
            }
            out.append("<table><thead><tr><th>Action</th><th>Type</th><th>Due</th><th>Status</th><th>Done on</th>")
                    .append("</tr></thead><tbody>\n");
            for (ActionView action : goal.actions()) {
                out.append("<tr><td>").append(escape(action.title())).append("</td><td>")
                        .append(words(action.type().name())).append("</td><td>")
                        .append(action.dueDate() == null ? "" : action.dueDate().toString())
                        .append(action.overdue() ? " (overdue)" : "").append("</td><td>")
                        .append(words(action.status().name())).append("</td><td>")
                        .append(action.completedOn() == null ? "" : action.completedOn().toString())
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("<footer><p class=\"meta\">").append(ATTRIBUTION);
        if (release != null) {
            out.append(" Catalog release: ").append(escape(release)).append('.');
        }
        out.append("</p></footer>\n</body></html>\n");
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

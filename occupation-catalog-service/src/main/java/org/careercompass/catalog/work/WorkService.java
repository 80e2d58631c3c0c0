package org.careercompass.catalog.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.release.ReleaseCache;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.web.Representation;

/** Work activities and tools, answered from the current generation's {@link WorkTable}. */
@ApplicationScoped
public class WorkService {

    /** Items of the capped lists in an occupation's answer; the sub-resources page through all. */
    public static final int DETAIL_ACTIVITIES = 10;
    public static final int DETAIL_TOOLS = 15;

    @Inject
    EntityManager em;

    @Inject
    ReleaseCache cache;

    @Inject
    ReleaseService releases;

    public WorkTable table() {
        return cache.structure(WorkTable.class, this::load);
    }

    /** The occupation's most frequent activities grouped by IWA, as its answer shows them. */
    public WorkView.ActivityGroups activityGroups(String code) {
        WorkTable table = table();
        List<WorkView.OccupationActivity> all = table.activitiesOf(code);
        Map<String, WorkView.GroupedActivities> groups = new LinkedHashMap<>();
        for (WorkView.OccupationActivity a : all.subList(0, Math.min(DETAIL_ACTIVITIES, all.size()))) {
            groups.computeIfAbsent(a.group().id(), k -> new WorkView.GroupedActivities(a.group(), new ArrayList<>()))
                    .activities().add(new WorkView.Item(a.id(), a.title(), a.tasks(), a.coreTasks()));
        }
        String note = all.isEmpty() ? table.hasActivities()
                ? "O*NET links none of this occupation's tasks to a Detailed Work Activity (shown as empty, never as"
                        + " none done)."
                : "The catalog's data release has no Detailed Work Activities." : null;
        return new WorkView.ActivityGroups(all.size(), Math.min(DETAIL_ACTIVITIES, all.size()),
                groups.values().stream()
                        .map(g -> new WorkView.GroupedActivities(g.group(), List.copyOf(g.activities()))).toList(),
                activitySource(table), note);
    }

    public WorkView.ToolList tools(String code) {
        WorkTable table = table();
        List<WorkView.Tool> all = table.toolsOf(code);
        String note = all.isEmpty()
                ? table.hasTools() ? "O*NET lists no tools for this occupation (shown as empty, never as none used)."
                        : "The catalog's data release has no Tools Used."
                : null;
        return new WorkView.ToolList(all.size(), Math.min(DETAIL_TOOLS, all.size()),
                List.copyOf(all.subList(0, Math.min(DETAIL_TOOLS, all.size()))), toolSource(table), note);
    }

    public Page<WorkView.OccupationActivity> activityPage(String code, PageRequest page) {
        List<WorkView.OccupationActivity> all = table().activitiesOf(code);
        return Page.of(page.slice(all), page, all.size());
    }

    public Page<WorkView.Tool> toolPage(String code, PageRequest page) {
        List<WorkView.Tool> all = table().toolsOf(code);
        return Page.of(page.slice(all), page, all.size());
    }

    private record FindActivities(String q, PageRequest page) {
    }

    private record Performers(String id, PageRequest page) {
    }

    private record FindTools(String q, PageRequest page) {
    }

    private record Users(int commodity, PageRequest page) {
    }

    public Representation findActivities(String q, PageRequest page) {
        return cache.answer(new FindActivities(q, page), () -> {
            List<WorkView.Activity> found = table().findActivities(q);
            return Page.of(page.slice(found), page, found.size());
        });
    }

    public WorkView.Activity activity(String id) {
        return table().activity(id).orElseThrow(() -> ProblemException.notFound("Work activity", id));
    }

    public Representation performers(String id, PageRequest page) {
        WorkTable table = table();
        table.activity(id).orElseThrow(() -> ProblemException.notFound("Work activity", id));
        return cache.answer(new Performers(id, page), () -> {
            List<WorkView.Performer> all = table.performers(id);
            return Page.of(page.slice(all), page, all.size());
        });
    }

    public Representation findTools(String q, PageRequest page) {
        return cache.answer(new FindTools(q, page), () -> {
            List<WorkView.Commodity> found = table().findTools(q);
            return Page.of(page.slice(found), page, found.size());
        });
    }

    public WorkView.Commodity tool(int commodity) {
        return table().commodity(commodity)
                .orElseThrow(() -> ProblemException.notFound("Tool commodity", String.format("%08d", commodity)));
    }

    public Representation users(int commodity, PageRequest page) {
        tool(commodity);
        return cache.answer(new Users(commodity, page), () -> {
            List<WorkView.ToolUser> all = table().users(commodity);
            return Page.of(page.slice(all), page, all.size());
        });
    }

    static String activitySource(WorkTable table) {
        return "O*NET " + (table.onetRelease() == null ? "" : table.onetRelease() + " ") + "Tasks to DWAs";
    }

    static String toolSource(WorkTable table) {
        return "O*NET " + (table.onetRelease() == null ? "" : table.onetRelease() + " ") + "Tools Used";
    }

    private WorkTable load() {
        Map<String, WorkView.Group> groups = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> activities = em.createNativeQuery("""
                SELECT a.dwa_id, a.title, g.iwa_id, g.title FROM work_activity a
                  JOIN work_activity_group g ON g.iwa_id = a.iwa_id""").getResultList();
        Map<String, WorkView.Group> byIwa = new HashMap<>();
        for (Object[] r : activities) {
            WorkView.Group group = byIwa.computeIfAbsent((String) r[2], id -> new WorkView.Group(id, (String) r[3]));
            groups.put((String) r[0], group);
            titles.put((String) r[0], (String) r[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("""
                SELECT ta.occupation_code, o.title, ta.dwa_id, count(*), count(*) FILTER (WHERE t.core)
                  FROM task_activity ta JOIN occupation o ON o.code = ta.occupation_code
                  LEFT JOIN task t ON t.occupation_code = ta.occupation_code AND t.task_id = ta.task_id
                 GROUP BY ta.occupation_code, o.title, ta.dwa_id""").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> tools = em.createNativeQuery("""
                SELECT tu.occupation_code, o.title, tu.example, tu.commodity_code, tu.commodity_title
                  FROM tool_used tu JOIN occupation o ON o.code = tu.occupation_code""").getResultList();
        return new WorkTable(groups, titles,
                links.stream()
                        .map(r -> new WorkTable.ActivityLink((String) r[0], (String) r[1], (String) r[2],
                                ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                        .toList(),
                tools.stream().map(r -> new WorkTable.ToolRow((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), (String) r[4])).toList(),
                releases.current().onetRelease());
    }
}

package org.careercompass.catalog.work;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of work activities and tools. */
public final class WorkView {

    private WorkView() {
    }

    @Schema(name = "IntermediateWorkActivity", description = "An O*NET Intermediate Work Activity (IWA): a group of Detailed Work Activities")
    public record Group(@Schema(examples = "4.A.2.a.4.I09") String id,
            @Schema(examples = "Analyze financial or business data.") String title) {
    }

    @Schema(name = "WorkActivity", description = "An O*NET Detailed Work Activity (DWA) and how many occupations perform it")
    public record Activity(@Schema(examples = "4.A.2.a.4.I09.D03") String id,
            @Schema(description = "As O*NET words it (with its full stop)", examples = "Analyze financial records to improve efficiency.") String title,
            Group group,
            @Schema(description = "Occupations whose tasks carry out the activity", examples = "43") int occupations) {
    }

    @Schema(name = "OccupationWorkActivity", description = "A Detailed Work Activity of one occupation, with how many of its tasks carry it out")
    public record OccupationActivity(@Schema(examples = "4.A.2.a.4.I09.D03") String id,
            @Schema(examples = "Analyze financial records to improve efficiency.") String title, Group group,
            @Schema(description = "The occupation's tasks linked to the activity", examples = "2") int tasks,
            @Schema(description = "Of those, core tasks (critical to the occupation)", examples = "1") int coreTasks) {
    }

    @Schema(name = "WorkActivityItem")
    public record Item(@Schema(examples = "4.A.2.a.4.I09.D03") String id,
            @Schema(examples = "Analyze financial records to improve efficiency.") String title,
            @Schema(examples = "2") int tasks, @Schema(examples = "1") int coreTasks) {
    }

    @Schema(name = "WorkActivityGroup")
    public record GroupedActivities(Group group, List<Item> activities) {
    }

    @Schema(name = "OccupationWorkActivities", description = "The occupation's most frequent Detailed Work Activities grouped by Intermediate Work Activity, capped; the groups come in the order of their most frequent activity")
    public record ActivityGroups(
            @Schema(description = "How many Detailed Work Activities the occupation has", examples = "23") int total,
            @Schema(description = "How many are shown here", examples = "10") int shown, List<GroupedActivities> groups,
            @Schema(examples = "O*NET 29.0 Tasks to DWAs") String source,
            @Schema(nullable = true, description = "Why there are none, when there are none", examples = "O*NET links none of this occupation's tasks to a Detailed Work Activity.") String note) {
    }

    @Schema(name = "ActivityPerformer", description = "An occupation that performs a Detailed Work Activity")
    public record Performer(@Schema(examples = "13-2011.00") String code,
            @Schema(examples = "Accountants and Auditors") String title,
            @Schema(description = "Its tasks linked to the activity", examples = "3") int tasks,
            @Schema(description = "Of those, core tasks", examples = "2") int coreTasks) {
    }

    @Schema(name = "Tool", description = "A tool O*NET lists for an occupation, with its UNSPSC commodity")
    public record Tool(@Schema(description = "As O*NET words it", examples = "10-key calculators") String example,
            @Schema(description = "UNSPSC commodity code", examples = "44101809") int commodityCode,
            @Schema(examples = "Desktop calculator") String commodityTitle,
            @Schema(description = "Occupations listing a tool of this commodity", examples = "192") int occupationsUsingCommodity) {
    }

    @Schema(name = "OccupationTools", description = "Tools used in the occupation, capped, grouped by the category O*NET lists them under (commodity title): the category with the most of the occupation's examples first (ties: the commodity fewer occupations list), each category's examples by name")
    public record ToolList(@Schema(description = "How many tools the occupation lists", examples = "31") int total,
            @Schema(examples = "15") int shown, List<Tool> items,
            @Schema(examples = "O*NET 29.0 Tools Used") String source,
            @Schema(nullable = true, description = "Why there are none, when there are none", examples = "O*NET lists no tools for this occupation.") String note) {
    }

    @Schema(name = "ToolCommodity", description = "A UNSPSC commodity code of O*NET Tools Used and how many occupations list a tool of it")
    public record Commodity(@Schema(examples = "44101809") int code,
            @Schema(description = "The title O*NET gives this commodity most often", examples = "Desktop calculator") String title,
            @Schema(description = "Other titles O*NET gives tools of this commodity code (O*NET names some UNSPSC codes several ways)", examples = "[]") List<String> otherTitles,
            @Schema(examples = "192") int occupations,
            @Schema(description = "Up to 10 of the ways occupations word the tool, most listed first", examples = "[\"10-key calculators\"]") List<String> examples) {
    }

    @Schema(name = "ToolUser", description = "An occupation that lists a tool of one commodity")
    public record ToolUser(@Schema(examples = "43-3031.00") String code,
            @Schema(examples = "Bookkeeping, Accounting, and Auditing Clerks") String title,
            @Schema(description = "How the occupation words the tools of this commodity", examples = "[\"10-key calculators\"]") List<String> examples) {
    }
}

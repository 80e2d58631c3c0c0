package org.careercompass.catalog.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkTableTest {

    private static final WorkView.Group ANALYZE = new WorkView.Group("4.A.2.a.4.I11", "Analyze business data.");
    private static final WorkView.Group EXAMINE = new WorkView.Group("4.A.2.a.3.I03", "Examine records.");

    private final WorkTable table = new WorkTable(Map.of("D1", ANALYZE, "D2", EXAMINE, "D3", EXAMINE, "D4", ANALYZE),
            Map.of("D1", "Analyze financial records to improve efficiency.", "D2", "Examine financial records.", "D3",
                    "Examine records or processes.", "D4", "Analyze sales data."),
            List.of(new WorkTable.ActivityLink("A", "Accountants", "D2", 5, 4),
                    new WorkTable.ActivityLink("A", "Accountants", "D3", 4, 3),
                    new WorkTable.ActivityLink("A", "Accountants", "D1", 4, 4),
                    new WorkTable.ActivityLink("M", "Managers", "D1", 2, 1),
                    new WorkTable.ActivityLink("B", "Budget Analysts", "D1", 2, 2)),
            List.of(new WorkTable.ToolRow("E", "Electricians", "Wire strippers", 1, "Stripping tools"),
                    new WorkTable.ToolRow("E", "Electricians", "Cable strippers", 1, "Stripping tools"),
                    new WorkTable.ToolRow("E", "Electricians", "Screwdrivers", 2, "Screwdrivers"),
                    new WorkTable.ToolRow("E", "Electricians", "Crimpers", 3, "Crimping tool"),
                    new WorkTable.ToolRow("C", "Carpenters", "Screwdrivers", 2, "Screwdrivers"),
                    new WorkTable.ToolRow("P", "Plumbers", "Flat screwdrivers", 2, "Screwdrivers")),
            "29.0");

    @Test
    void anOccupationsActivitiesComeMostFrequentFirst() {
        // 5 linked tasks, then 4 with 4 core before 4 with 3 core
        assertEquals(List.of("D2", "D1", "D3"),
                table.activitiesOf("A").stream().map(WorkView.OccupationActivity::id).toList());
        assertEquals(List.of(), table.activitiesOf("nobody"));
    }

    @Test
    void whoElsePerformsAnActivity() {
        assertEquals(List.of("A", "B", "M"), table.performers("D1").stream().map(WorkView.Performer::code).toList());
        assertEquals(3, table.activity("D1").orElseThrow().occupations());
        assertEquals(0, table.activity("D4").orElseThrow().occupations());
    }

    @Test
    void activitiesAreFoundAsPeopleWriteThem() {
        assertEquals(List.of("D1", "D2"),
                table.findActivities("financial records").stream().map(WorkView.Activity::id).toList());
        // word forms up to two letters longer: "analyzes" finds "Analyze", "records" finds "record"
        assertEquals(List.of("D1"),
                table.findActivities("analyzes financial records").stream().map(WorkView.Activity::id).toList());
        assertEquals(List.of("D1", "D4"), table.findActivities("anal").stream().map(WorkView.Activity::id).toList());
        assertEquals(List.of(), table.findActivities("surgery"));
        // a question as people ask it
        assertEquals(List.of("D1"), table.findActivities("Who else analyzes financial records?").stream()
                .map(WorkView.Activity::id).toList());
        // nothing to look for: no list of everything
        assertEquals(List.of(), table.findActivities("\u2713"));
        assertEquals(List.of(), table.findActivities("who"));
        assertEquals(4, table.findActivities(null).size());
    }

    @Test
    void toolsComeByCommodityWithTheMostExamplesFirst() {
        assertEquals(List.of("Cable strippers", "Wire strippers", "Crimpers", "Screwdrivers"),
                table.toolsOf("E").stream().map(WorkView.Tool::example).toList());
        assertEquals(3, table.commodity(2).orElseThrow().occupations());
        assertEquals(List.of("Carpenters", "Electricians", "Plumbers"),
                table.users(2).stream().map(WorkView.ToolUser::title).toList());
        assertEquals(List.of(2), table.findTools("screwdriver").stream().map(WorkView.Commodity::code).toList());
        assertEquals(List.of(1), table.findTools("wire").stream().map(WorkView.Commodity::code).toList());
    }

    @Test
    void wordMatching() {
        assertTrue(WorkTable.matches(WorkTable.words("analyzes"), WorkTable.words("Analyze records.")));
        assertFalse(WorkTable.matches(WorkTable.words("analyses"), WorkTable.words("Analyze records.")));
        assertFalse(WorkTable.matches(WorkTable.words("analyzerss"), WorkTable.words("Analyze records.")));
        assertFalse(WorkTable.matches(WorkTable.words("sale"), WorkTable.words("Sort mail.")));
        assertTrue(WorkTable.matches(WorkTable.words("  "), WorkTable.words("anything")));
    }
}

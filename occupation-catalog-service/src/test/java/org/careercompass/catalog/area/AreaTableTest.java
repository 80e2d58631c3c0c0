package org.careercompass.catalog.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AreaTableTest {

    private static final AreaTable.Wage NURSES = new AreaTable.Wage(65560, 76390, 81520, 95160, 99280, null, null, null,
            false);

    private final AreaTable table = new AreaTable(
            List.of(new AreaTable.Area("10420", "Akron, OH", AreaKind.METROPOLITAN, List.of("OH"), 49960),
                    new AreaTable.Area("45500", "Texarkana, TX-AR", AreaKind.METROPOLITAN, List.of("TX", "AR"), null),
                    new AreaTable.Area("12420", "Austin-Round Rock-San Marcos, TX", AreaKind.METROPOLITAN,
                            List.of("TX"), null),
                    new AreaTable.Area("41180", "St. Louis, MO-IL", AreaKind.METROPOLITAN, List.of("MO", "IL"), null)),
            List.of(new AreaTable.Row("10420", "29-1141", NURSES),
                    new AreaTable.Row("10420", "11-1011",
                            new AreaTable.Wage(90000, null, null, null, null, 150000, 240, new BigDecimal("86.77"),
                                    true)),
                    new AreaTable.Row("12420", "29-1141",
                            new AreaTable.Wage(null, null, null, null, null, null, null, null, false))),
            new AreaTable.Release((short) 2024, "BLS OEWS May 2024", "annual wage percentiles only"));

    @Test
    void findsByWordStartsOrStateSortedByTitle() {
        assertEquals(List.of("10420"), codes(table.find("akr", null)));
        assertEquals(List.of("12420"), codes(table.find("round rock", null)));
        assertEquals(List.of("12420", "45500"), codes(table.find("TX", null)));
        assertEquals(List.of("12420", "45500"), codes(table.find("tx", null)), "a state code in any case");
        assertEquals(List.of("45500"), codes(table.find(null, "ar")));
        assertEquals(List.of("10420", "12420", "41180", "45500"), codes(table.find("", null)));
        assertEquals(List.of("41180"), codes(table.find("saint louis", null)), "BLS writes St.");
        assertEquals(List.of("41180"), codes(table.find("St. Louis", null)));
        assertEquals(List.of(), codes(table.find("akron", "TX")));
        assertTrue(table.isState("AR"));
        assertFalse(table.isState("ZZ"));
    }

    @Test
    void wagesComeBackAsLoadedWithNullsKept() {
        assertEquals(Optional.of(NURSES), table.wage("10420", "29-1141"));
        AreaTable.Wage chiefs = table.wage("10420", "11-1011").orElseThrow();
        assertEquals(new BigDecimal("86.77"), chiefs.hourlyMedian());
        assertEquals(150000, chiefs.mean());
        assertTrue(chiefs.topCoded());
        assertEquals(Optional.empty(), table.wage("10420", "15-1252"));
        assertEquals(Optional.empty(), table.wage("99999", "29-1141"));
        assertEquals(1, table.withMedian("10420"), "the chief executives' row has no median");
        assertEquals(0, table.withMedian("12420"), "a row without a median is not counted");
        assertTrue(table.release().partial());
    }

    @Test
    void comparisonWordsRoundToWholePercent() {
        assertEquals("13% below", AreaService.comparison(81520, 93600));
        assertEquals("12% above", AreaService.comparison(112000, 100000));
        assertEquals("about the same as", AreaService.comparison(100400, 100000));
    }

    private static List<String> codes(List<AreaTable.Area> areas) {
        return areas.stream().map(AreaTable.Area::code).toList();
    }
}

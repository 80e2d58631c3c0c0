package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

class OccupationSearchQueryTest {

    @Test
    void keywordsBecomePrefixTermsWithNothingElse() {
        assertEquals("admin:* & assistant:*", OccupationSearchQuery.toTsQuery("Admin. assistant"));
        assertEquals("o:* & reilly:* & drop:* & table:*", OccupationSearchQuery.toTsQuery("O'Reilly'); DROP TABLE"));
        assertEquals("café:*", OccupationSearchQuery.toTsQuery("Café"));
        assertNull(OccupationSearchQuery.toTsQuery(" &|!:* "));
        assertEquals(OccupationSearchQuery.MAX_TERMS,
                OccupationSearchQuery.toTsQuery("a b c d e f g h i j k l m n o p").split(" & ").length);
    }

    @Test
    void likeWildcardsInThePhraseAreEscaped() {
        OccupationSearchQuery query = OccupationSearchQuery
                .of(new OccupationCriteria("100%_sure", null, null, null, null, null, null, null, null));
        assertEquals("100\\%\\_sure%", query.rankParameters.get("phrase"));
    }

    @Test
    void filtersBecomeBoundParameters() {
        OccupationSearchQuery query = OccupationSearchQuery
                .of(new OccupationCriteria(null, "finance", "13-0000", List.of(3, 4), List.of(EducationLevel.BACHELOR),
                        EducationLevel.MASTER, 40000, 90000, OccupationSort.PAY_DESC));
        assertEquals(List.of((short) 3, (short) 4), query.parameters.get("jobZones"));
        assertEquals(List.of((short) 6), query.parameters.get("education"));
        assertEquals((short) 8, query.parameters.get("maxEducation"));
        assertEquals(40000, query.parameters.get("minPay"));
        assertTrue(query.pageSql().contains("ORDER BY o.pay_annual_median DESC NULLS LAST, o.title ASC"));
        assertFalse(query.pageSql().contains("finance"), "values are bound, never inlined");
    }

    @Test
    void relevanceSortFallsBackToTitleWithoutKeywords() {
        OccupationSearchQuery query = OccupationSearchQuery
                .of(new OccupationCriteria(null, null, null, null, null, null, null, null, OccupationSort.RELEVANCE));
        assertTrue(query.pageSql().contains("ORDER BY o.title ASC"));
    }

    @Test
    void sortParsing() {
        assertEquals(OccupationSort.PAY_DESC, OccupationSort.parse("-pay"));
        assertEquals(OccupationSort.JOB_ZONE, OccupationSort.parse("jobZone"));
        assertNull(OccupationSort.parse("-relevance"));
        assertNull(OccupationSort.parse("salary"));
    }

    @Test
    void hollandCodeTakesTheThreeStrongestAreas() {
        assertEquals("CSE", OccupationMapper.hollandCode(new float[] { 1.6f, 1.6f, 1.9f, 4.5f, 3.3f, 6.3f }));
        assertEquals("RIA", OccupationMapper.hollandCode(new float[] { 4, 4, 4, 4, 4, 4 }));
    }
}

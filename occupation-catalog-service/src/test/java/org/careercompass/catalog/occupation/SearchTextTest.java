package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void pluralsFoldToTheSingular() {
        assertEquals(List.of("nurse", "secretary", "salesman", "box", "class", "analysis", "economics"),
                SearchText.terms("Nurses Secretaries Salesmen Boxes Classes Analysis Economics"));
        assertEquals(List.of("woman", "bus"), SearchText.terms("Women bus"));
    }

    @Test
    void fillerWordsPunctuationAndAccentsGoButCatchAllWordsStay() {
        assertEquals(List.of("cafe", "worker"), SearchText.terms("Café & Workers, except the"));
        assertEquals(List.of("physician", "all", "other"), SearchText.terms("Physicians, All Other"));
        assertEquals(List.of("nurse", "aide"), SearchText.terms("nurse's aide"));
        assertEquals(List.of(), SearchText.terms("&&!!"));
        // "job" and "career" say nothing in a query, but are words of a title
        assertEquals(List.of("nursing"), SearchText.queryTerms("nursing jobs"));
        assertEquals(List.of("teaching"), SearchText.queryTerms("a career in teaching"));
        assertEquals(List.of("career", "manager"), SearchText.terms("Career Manager"));
    }

    @Test
    void namesOfLanguagesThatAreMostlyPunctuationStayWords() {
        assertEquals(List.of("cplusplus", "developer"), SearchText.terms("C++ Developer"));
        assertEquals(List.of("microsoft", "visual", "csharp", "dotnet"), SearchText.terms("Microsoft Visual C# .NET"));
        assertEquals(List.of("asp", "dotnet", "fsharp"), SearchText.terms("ASP.NET, F#"));
        assertEquals(List.of("c", "cplusplus", "compiler"), SearchText.terms("C/C++ compiler"));
        // the letter alone, and the same characters inside other words, are left as they were
        assertEquals(List.of("c", "mechanic"), SearchText.terms("A/C Mechanic"));
        assertEquals(List.of("abc", "network", "node", "js"), SearchText.terms("abc++ network node.js"));
    }

    @Test
    void aWholeWordReachesOnlyTheWordsMadeFromIt() {
        Set<String> known = Set.of("keeper", "fighter", "person", "sior");
        assertTrue(SearchText.derivedFrom("manage", "manager", known::contains));
        assertTrue(SearchText.derivedFrom("manage", "management", known::contains));
        assertTrue(SearchText.derivedFrom("electric", "electrician", known::contains));
        assertTrue(SearchText.derivedFrom("program", "programmer", known::contains));
        assertTrue(SearchText.derivedFrom("book", "bookkeeper", known::contains));
        assertTrue(SearchText.derivedFrom("fire", "firefighter", known::contains));
        assertTrue(SearchText.derivedFrom("sale", "salesperson", known::contains));
        assertFalse(SearchText.derivedFrom("excel", "excellence", known::contains));
        assertFalse(SearchText.derivedFrom("excel", "excelsior", w -> false));
        assertFalse(SearchText.derivedFrom("car", "carpenter", known::contains));
    }

    @Test
    void editDistanceCountsSwapsAndStopsAtTheLimit() {
        assertEquals(1, SearchText.editDistance("electrican", "electrician", 2));
        assertEquals(1, SearchText.editDistance("nusre", "nurse", 2), "a swap of neighbours is one edit");
        assertEquals(3, SearchText.editDistance("cat", "electrician", 2), "over the limit: limit + 1");
        assertEquals(0, SearchText.editDistance("nurse", "nurse", 1));
    }

    @Test
    void trigramSimilarityIsSymmetricAndOneForEqualWords() {
        assertEquals(1.0, SearchText.trigramSimilarity("nurse", "nurse"));
        assertEquals(SearchText.trigramSimilarity("nurse", "nursery"),
                SearchText.trigramSimilarity("nursery", "nurse"));
        assertTrue(SearchText.trigramSimilarity("recepionist", "receptionist") > 0.5);
    }

    @Test
    void queriesLessOneOrTwoWords() {
        assertEquals(List.of(List.of("web", "developer"), List.of("senior", "developer"), List.of("senior", "web")),
                SearchIndex.without(List.of("senior", "web", "developer"), 1));
        assertEquals(List.of(List.of("developer"), List.of("web"), List.of("senior")),
                SearchIndex.without(List.of("senior", "web", "developer"), 2));
    }
}

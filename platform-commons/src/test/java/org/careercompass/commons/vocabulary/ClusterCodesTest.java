package org.careercompass.commons.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClusterCodesTest {

    @Test
    void clusterCodesReadTheWaysPeopleWriteThem() {
        assertEquals("health-science", ClusterCodes.canonical(" Health  Science "));
        assertEquals("business-management-administration",
                ClusterCodes.canonical("Business, Management & Administration"));
        assertEquals("29-0000", ClusterCodes.canonical("29"));
        assertEquals("29-0000", ClusterCodes.canonical("290000"));
        assertEquals("29-0000", ClusterCodes.canonical("29-0000"));
        assertNull(ClusterCodes.canonical(" "));
    }
}

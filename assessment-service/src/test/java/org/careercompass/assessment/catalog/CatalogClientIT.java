package org.careercompass.assessment.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The client against the real catalog service over HTTP: the export travels compressed and revalidates. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class CatalogClientIT {

    @Inject
    CatalogClient catalog;

    @Test
    void theProfilesExportTravelsCompressedAndRevalidates() {
        String bearer = "Bearer " + People.alice();
        CatalogClient.Fetched fetched = catalog.profiles(bearer, null);

        // the catalog chose its gzip representation (its tag says so), and the client read the decompressed JSON
        assertNotNull(fetched.etag());
        assertTrue(fetched.etag().endsWith("-gzip\""), "asked for gzip; the tag was " + fetched.etag());
        assertTrue(fetched.profiles().size() > 800, "every occupation's profile: " + fetched.profiles().size());
        CatalogProfile receptionists = fetched.profiles().stream().filter(p -> p.code().equals("43-4171.00"))
                .findFirst().orElseThrow();
        assertEquals("Receptionists and Information Clerks", receptionists.title());
        assertNotNull(fetched.release());

        CatalogClient.Fetched again = catalog.profiles(bearer, fetched.etag());
        assertNull(again.profiles(), "the same export revalidates with its compressed tag: 304");
        assertEquals(fetched.etag(), again.etag());
    }
}

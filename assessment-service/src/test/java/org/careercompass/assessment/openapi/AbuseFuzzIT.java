package org.careercompass.assessment.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.OpenApiFuzzer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the OpenAPI document, abused: bad tokens, malformed parameters and bodies. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class AbuseFuzzIT {

    @Test
    void noOperationAnswers5xxAndEveryErrorIsAProblem() {
        OpenApiFuzzer.Result result = OpenApiFuzzer.run();
        Logger.getLogger(AbuseFuzzIT.class).infof("%d abusive requests, %d breaches", result.requests(),
                result.breaches().size());
        assertTrue(result.requests() > 300, "the fuzzer covered the document: " + result.requests());
        assertEquals(List.of(), result.breaches());
    }
}

package org.careercompass.catalog.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

/**
 * One full collection after an import commits. Parsing a release allocates far more short-lived rows than the catalog
 * keeps (the first start's bundle load grows a 128 MiB heap to its maximum, then 18 MB stay live), and the pods' Serial
 * collector gives heap back to the system only after a full collection. Without one the pod would hold the import's
 * peak as resident memory until the next full collection happened to come; with it (and {@code -XX:-ShrinkHeapInSteps},
 * set by the images) the catalog held 211 MiB after its first start and a full import instead of 296
 * (docs/benchmarks.md). Imports are rare admin operations; the pause is a fraction of a second. Operators who prefer
 * otherwise start the JVM with {@code -XX:+DisableExplicitGC}.
 */
@ApplicationScoped
class HeapAfterImport {

    private static final Logger LOG = Logger.getLogger(HeapAfterImport.class);

    void giveBackTheImportsHeap(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseImported imported) {
        long before = usedHeap();
        System.gc(); // NOSONAR: deliberate, see the class comment
        LOG.debugf("After the import: heap in use %d -> %d MB", before >> 20, usedHeap() >> 20);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package org.careercompass.catalog.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.config.CatalogConfig;
import org.careercompass.commons.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Imports public releases: parses every file first (collecting each defect with file, line and column), then writes
 * everything in one transaction. A defect anywhere means nothing is written.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    CatalogWriter writer;

    @Inject
    CatalogConfig config;

    @Transactional
    public ImportReport importRelease(ImportRequest request) {
        if ((request.onetDirectory() == null || request.onetDirectory().isBlank())
                && (request.oewsFile() == null || request.oewsFile().isBlank())) {
            throw ProblemException.invalid("onetDirectory", "give onetDirectory, oewsFile or both");
        }
        long start = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        if (request.onetDirectory() != null && !request.onetDirectory().isBlank()) {
            Path dir = resolve("onetDirectory", request.onetDirectory());
            if (!Files.isDirectory(dir)) {
                throw ProblemException.invalid("onetDirectory", "is not a directory under the import root");
            }
            new OnetParser(errors).parse(dir, batch);
        }
        if (request.oewsFile() != null && !request.oewsFile().isBlank()) {
            Path file = resolve("oewsFile", request.oewsFile());
            if (!Files.isRegularFile(file)) {
                throw ProblemException.invalid("oewsFile", "is not a file under the import root");
            }
            new OewsParser(errors).parse(file, request.wageYear(), batch);
        }
        return write(batch, errors, start);
    }

    /** Loads the curated seed catalog shipped on the classpath. */
    @Transactional
    public ImportReport importSeed() {
        long start = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        new SeedParser(errors).parse(batch);
        return write(batch, errors, start);
    }

    private ImportReport write(ImportBatch batch, List<ImportError> errors, long start) {
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        ImportReport.Counts counts = writer.write(batch);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Imported %s in %d ms: %s", batch.filesRead, millis, counts);
        return new ImportReport(batch.filesRead, batch.filesMissing, counts, millis);
    }

    private Path resolve(String field, String relative) {
        Path root = Path.of(config.importer().dataRoot()).toAbsolutePath().normalize();
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw ProblemException.invalid(field, "must stay inside the import root");
        }
        return resolved;
    }
}

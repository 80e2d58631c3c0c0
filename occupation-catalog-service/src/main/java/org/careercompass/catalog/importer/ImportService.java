package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.config.CatalogConfig;
import org.careercompass.catalog.path.LadderService;
import org.careercompass.catalog.release.ReleaseService;
import org.careercompass.commons.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Imports public releases: parses every file first (collecting each defect with file, line and column), then writes
 * everything in one transaction, re-applies the curated editorial layer and re-derives the career ladder. A defect
 * anywhere means nothing is written.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final java.util.regex.Pattern ONET_RELEASE = java.util.regex.Pattern
            .compile("db_(\\d{1,2})_(\\d{1,2})");

    /** Names of the non-O*NET files inside the data bundle. */
    static final String BUNDLE_OEWS = "national_M2024_dl.csv";
    static final String BUNDLE_AREA_WAGES = "MSA_M2024_percentiles.tsv";
    static final String BUNDLE_PROJECTIONS = "occupation_table_1_2_2024-34.csv";
    static final String BUNDLE_CLUSTERS = "All_Career_Clusters.csv";
    static final String BUNDLE_ESCO = "esco_onet_crosswalk_Nov2020.csv";
    static final String BUNDLE_SOC_CROSSWALK = "onet_soc_2010_to_2019_crosswalk.csv";
    static final String BUNDLE_RELEASE = "release.properties";

    @Inject
    CatalogWriter writer;

    @Inject
    LadderService ladder;

    @Inject
    CatalogConfig config;

    @Inject
    ReleaseService releases;

    @Inject
    Event<ReleaseImported> imported;

    @Transactional
    public ImportReport importRelease(ImportRequest request) {
        if (request.isEmpty()) {
            throw ProblemException.invalid("onetDirectory",
                    "give onetDirectory, oewsFile, areaWagesFile, projectionsFile, clustersFile, escoCrosswalkFile with"
                            + " socCrosswalkFile, or several of them");
        }
        if (ImportRequest.blank(request.escoCrosswalkFile()) != ImportRequest.blank(request.socCrosswalkFile())) {
            String missing = ImportRequest.blank(request.escoCrosswalkFile()) ? "escoCrosswalkFile"
                    : "socCrosswalkFile";
            throw ProblemException.invalid(missing,
                    "is required with "
                            + (missing.equals("escoCrosswalkFile") ? "socCrosswalkFile" : "escoCrosswalkFile")
                            + ": the ESCO crosswalk names O*NET-SOC 2010 codes, which the 2010 -> 2019 crosswalk"
                            + " carries to the catalog's codes");
        }
        long start = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        if (!ImportRequest.blank(request.onetDirectory())) {
            Path path = resolve("onetDirectory", request.onetDirectory());
            if (!Files.isDirectory(path) && !(Files.isRegularFile(path) && path.toString().endsWith(".zip"))) {
                throw ProblemException.invalid("onetDirectory",
                        "is not a directory or .zip file under the import root");
            }
            try (ReleaseFiles files = ReleaseFiles.of(path)) {
                new OnetParser(errors).parse(files, batch);
                batch.onetRelease = request.onetRelease() != null ? request.onetRelease() : releaseOf(path);
                batch.loadedFrom = "import: " + files.describe();
            }
        }
        single(request.oewsFile(), "oewsFile",
                (files, name) -> new OewsParser(errors).parse(files, name, request.wageYear(), batch));
        single(request.areaWagesFile(), "areaWagesFile",
                (files, name) -> new AreaWageParser(errors).parse(files, name, request.wageYear(), batch));
        single(request.projectionsFile(), "projectionsFile",
                (files, name) -> new ProjectionsParser(errors).parse(files, name, batch));
        single(request.clustersFile(), "clustersFile",
                (files, name) -> new ClusterCrosswalkParser(errors).parse(files, name, batch));
        if (!ImportRequest.blank(request.escoCrosswalkFile())) {
            Path esco = file("escoCrosswalkFile", request.escoCrosswalkFile());
            Path soc = file("socCrosswalkFile", request.socCrosswalkFile());
            try (ReleaseFiles escoFiles = ReleaseFiles.of(esco.getParent());
                    ReleaseFiles socFiles = ReleaseFiles.of(soc.getParent())) {
                new EscoCrosswalkParser(errors).parse(escoFiles, esco.getFileName().toString(), socFiles,
                        soc.getFileName().toString(), "import: " + esco.getFileName() + " through " + soc.getFileName(),
                        batch);
            }
        }
        return write(batch, errors, start);
    }

    /**
     * Loads the data bundle shipped on the classpath (the whole real catalog), then the curated layer. Meant for an
     * empty catalog; running it again upgrades in place like any import.
     */
    @Transactional
    public ImportReport importBundle() {
        long start = System.nanoTime();
        ImportReport release = importBundleRelease();
        // the area wages after the rest is written, so the two parsed batches are never on the heap together (the
        // pods' heap is 128 MiB): the release's batch is unreachable once importBundleRelease returns
        AreaWages areas = writeBundleAreaWages();
        List<String> read = new ArrayList<>(release.filesRead());
        read.addAll(areas.filesRead());
        ImportReport.Counts c = release.counts();
        return new ImportReport(read, release.filesMissing(), c.withAreas(areas.counts()), release.curatedPathSteps(),
                release.derivedPathSteps(), (System.nanoTime() - start) / 1_000_000);
    }

    private ImportReport importBundleRelease() {
        long start = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        String resource = config.bundle().resource();
        try (ReleaseFiles files = ReleaseFiles.ofResource(resource)) {
            new OnetParser(errors).parse(files, batch);
            new OewsParser(errors).parse(files, BUNDLE_OEWS, (short) 2024, batch);
            new ProjectionsParser(errors).parse(files, BUNDLE_PROJECTIONS, batch);
            new ClusterCrosswalkParser(errors).parse(files, BUNDLE_CLUSTERS, batch);
            Properties release = new Properties();
            try (InputStream in = files.open(BUNDLE_RELEASE)) {
                release.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batch.onetRelease = release.getProperty("onet.release");
            batch.bundleVersion = release.getProperty("bundle.version");
            batch.attribution = release.getProperty("attribution");
            batch.loadedFrom = "bundle " + batch.bundleVersion;
            new EscoCrosswalkParser(errors).parse(files, BUNDLE_ESCO, files, BUNDLE_SOC_CROSSWALK,
                    release.getProperty("esco.source"), batch);
        }
        return write(batch, errors, start);
    }

    private record AreaWages(List<String> filesRead, ImportReport.Counts counts) {
    }

    /** Parses and writes the bundle's area wages alone (no curated layer or ladder: they do not depend on them). */
    private AreaWages writeBundleAreaWages() {
        long start = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        try (ReleaseFiles files = ReleaseFiles.ofResource(config.bundle().resource())) {
            new AreaWageParser(errors).parse(files, BUNDLE_AREA_WAGES, (short) 2024, batch);
        }
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        long parsed = System.nanoTime();
        ImportReport.Counts counts = writer.write(batch);
        LOG.infof("Bundled area wages: %d rows parsed in %d ms, written in %d ms", batch.areaWages.size(),
                (parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
        return new AreaWages(batch.filesRead, counts);
    }

    /** The version of the data bundle shipped on the classpath (its first entry is release.properties). */
    public String bundledVersion() {
        return ReleaseFiles.firstProperties(config.bundle().resource(), BUNDLE_RELEASE).getProperty("bundle.version");
    }

    /** Loads only the bundle's area wages: for a catalog imported before the bundle carried them. */
    @Transactional
    public ImportReport importBundleAreaWages() {
        long start = System.nanoTime();
        AreaWages areas = writeBundleAreaWages();
        releases.touch();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Loaded the bundled area wages in %d ms: %d areas, %d rows", millis, areas.counts().areas(),
                areas.counts().areaWageRows());
        imported.fire(new ReleaseImported());
        return new ImportReport(areas.filesRead(), List.of(), areas.counts(), 0, 0, millis);
    }

    private interface SingleFile {
        void parse(ReleaseFiles files, String name);
    }

    private void single(String relative, String field, SingleFile parser) {
        if (ImportRequest.blank(relative)) {
            return;
        }
        Path file = file(field, relative);
        try (ReleaseFiles files = ReleaseFiles.of(file.getParent())) {
            parser.parse(files, file.getFileName().toString());
        }
    }

    private Path file(String field, String relative) {
        Path file = resolve(field, relative);
        if (!Files.isRegularFile(file)) {
            throw ProblemException.invalid(field, "is not a file under the import root");
        }
        return file;
    }

    static String releaseOf(Path path) {
        Matcher m = ONET_RELEASE.matcher(path.getFileName() == null ? "" : path.getFileName().toString());
        return m.find() ? m.group(1) + "." + m.group(2) : null;
    }

    private ImportReport write(ImportBatch batch, List<ImportError> errors, long start) {
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        ImportReport.Counts counts = writer.write(batch);
        ImportBatch curated = new ImportBatch();
        new CuratedParser(errors).parse(curated);
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        ImportReport.Counts layer = writer.write(curated);
        int derived = ladder.derive();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Imported %s in %d ms: %s; curated layer %s; %d derived path steps", batch.filesRead, millis, counts,
                layer, derived);
        releases.touch();
        imported.fire(new ReleaseImported());
        List<String> read = new ArrayList<>(batch.filesRead);
        read.addAll(curated.filesRead);
        return new ImportReport(read, batch.filesMissing, counts, layer.pathSteps(), derived, millis);
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

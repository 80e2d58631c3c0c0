package org.careercompass.catalog.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the international codes of occupations from two crosswalks: Nesta's ESCO-O*NET crosswalk (each ESCO occupation
 * with its ISCO-08 code mapped to one O*NET-SOC 2010 code) and the O*NET-SOC 2010 to 2019 crosswalk, which carries
 * those codes to the 2019 taxonomy O*NET 29.0 uses. A 2010 code split into several 2019 codes gives each of them the
 * ESCO occupation: the mapping stays many-to-one as published, never guessed finer.
 */
final class EscoCrosswalkParser {

    /** Column names of the official 2010 -> 2019 file, and of the ';'-delimited copy the bundle carries. */
    private static final List<String> CODE_2010 = List.of("O*NET-SOC 2010 Code", "soc2010_code");
    private static final List<String> CODE_2019 = List.of("O*NET-SOC 2019 Code", "soc2019_code");

    private final List<ImportError> errors;

    EscoCrosswalkParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ReleaseFiles escoFiles, String escoName, ReleaseFiles socFiles, String socName, String source,
            ImportBatch batch) {
        Map<String, List<String>> to2019 = socCrosswalk(socFiles, socName, batch);
        if (to2019 == null) {
            return;
        }
        if (!escoFiles.has(escoName)) {
            errors.add(new ImportError(escoName, 0, "(file)", "file does not exist"));
            return;
        }
        batch.filesRead.add(escoName);
        Map<String, List<ImportBatch.Esco>> byCode = new LinkedHashMap<>();
        Set<String> uris = new HashSet<>();
        try (InputStream in = escoFiles.open(escoName)) {
            new TabularFile(escoName, ',', errors).read(in,
                    List.of("esco_occupation", "isco_code", "onet_code", "concept_uri"), row -> {
                        String title = row.required("esco_occupation");
                        String isco = row.required("isco_code");
                        String onet = row.onetCode("onet_code");
                        String uri = row.required("concept_uri");
                        if (isco != null && !isco.matches("\\d{4}")) {
                            row.reject("isco_code", "'" + isco + "' is not a four-digit ISCO-08 code");
                            return;
                        }
                        if (uri != null && !uri.startsWith("http://data.europa.eu/esco/occupation/")) {
                            row.reject("concept_uri", "'" + uri + "' is not an ESCO occupation URI");
                            return;
                        }
                        if (title == null || isco == null || onet == null || uri == null) {
                            return;
                        }
                        if (!uris.add(uri)) {
                            row.reject("concept_uri", "ESCO occupation " + uri + " is listed twice");
                            return;
                        }
                        Float confidence = row.has("confidence") && !row.text("confidence").isEmpty()
                                ? row.number("confidence", 0, 10) : null;
                        List<String> codes = to2019.get(onet);
                        if (codes == null) {
                            row.reject("onet_code",
                                    "O*NET-SOC 2010 code " + onet + " is not in the 2010 -> 2019 crosswalk " + socName);
                            return;
                        }
                        ImportBatch.Esco esco = new ImportBatch.Esco(uri, title, isco, onet, confidence);
                        for (String code : codes) {
                            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(esco);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.esco = byCode;
        batch.escoSource = source;
    }

    /** O*NET-SOC 2010 code -> its 2019 codes; null when the file is unusable (errors say why). */
    private Map<String, List<String>> socCrosswalk(ReleaseFiles files, String name, ImportBatch batch) {
        if (!files.has(name)) {
            errors.add(new ImportError(name, 0, "(file)", "file does not exist"));
            return null;
        }
        batch.filesRead.add(name);
        Map<String, List<String>> to2019 = new LinkedHashMap<>();
        int before = errors.size();
        try (InputStream raw = files.open(name); BufferedInputStream in = new BufferedInputStream(raw)) {
            char delimiter = delimiter(in);
            String[] columns = new String[2];
            boolean[] unusable = { false };
            new TabularFile(name, delimiter, errors).read(in, List.of(), row -> {
                if (unusable[0]) {
                    return;
                }
                if (columns[0] == null) {
                    columns[0] = CODE_2010.stream().filter(row::has).findFirst().orElse(null);
                    columns[1] = CODE_2019.stream().filter(row::has).findFirst().orElse(null);
                    if (columns[0] == null || columns[1] == null) {
                        unusable[0] = true;
                        row.reject(columns[0] == null ? CODE_2010.get(0) : CODE_2019.get(0),
                                "required column is missing from the header");
                        return;
                    }
                }
                String from = row.onetCode(columns[0]);
                String to = row.onetCode(columns[1]);
                if (from != null && to != null) {
                    List<String> codes = to2019.computeIfAbsent(from, k -> new ArrayList<>());
                    if (!codes.contains(to)) {
                        codes.add(to);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (errors.size() == before && to2019.isEmpty()) {
            errors.add(new ImportError(name, 1, "(header)",
                    "no rows with the columns " + CODE_2010.get(0) + " and " + CODE_2019.get(0)));
        }
        return errors.size() == before ? to2019 : null;
    }

    /** ';' when the header line has one (the bundle's copy), else ',' (the official CSV). */
    private static char delimiter(BufferedInputStream in) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.contains(";") ? ';' : ',';
    }
}

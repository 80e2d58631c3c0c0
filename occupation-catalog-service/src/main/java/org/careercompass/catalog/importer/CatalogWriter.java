package org.careercompass.catalog.importer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.agroal.api.AgroalDataSource;

/**
 * Writes an {@link ImportBatch} with batched JDBC statements. Runs inside the caller's transaction (mandatory), so a
 * failure anywhere leaves the catalog as it was. Re-running the same batch changes nothing: occupations are upserted by
 * code and each facet's rows are replaced for the occupations the batch covers.
 */
@ApplicationScoped
class CatalogWriter {

    private static final int BATCH = 1000;

    @Inject
    AgroalDataSource dataSource;

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, String code, T row) throws SQLException;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ImportReport.Counts write(ImportBatch b) {
        try (Connection c = dataSource.getConnection()) {
            return write(c, b);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed while writing: " + e.getMessage(), e);
        }
    }

    private ImportReport.Counts write(Connection c, ImportBatch b) throws SQLException {
        Map<String, Long> clusters = clusterIds(c, "code");
        Set<String> existing = codes(c);
        List<ImportError> errors = new ArrayList<>();

        int skillElements = upsertElements(c, b.skillNames, "SKILL", b)
                + upsertElements(c, b.knowledgeNames, "KNOWLEDGE", b);

        int inserted = 0;
        int updated = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO occupation (code, title, description, soc_group_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
                    soc_group_id = EXCLUDED.soc_group_id, version = occupation.version + 1, updated_at = now()
                WHERE (occupation.title, occupation.description, occupation.soc_group_id)
                      IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.soc_group_id)""")) {
            int pending = 0;
            for (ImportBatch.OccupationRow row : b.occupations.values()) {
                String group = row.code().substring(0, 2) + "-0000";
                Long groupId = clusters.get(group);
                if (groupId == null) {
                    errors.add(new ImportError(OnetParser.OCCUPATION_DATA, row.line(), "O*NET-SOC Code",
                            "no SOC major group " + group + " exists for " + row.code()));
                    continue;
                }
                ps.setString(1, row.code());
                ps.setString(2, row.title());
                ps.setString(3, row.description());
                ps.setLong(4, groupId);
                ps.addBatch();
                if (++pending % BATCH == 0) {
                    updated += sum(ps.executeBatch());
                }
            }
            updated += sum(ps.executeBatch());
        }
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        for (String code : b.occupations.keySet()) {
            if (!existing.contains(code)) {
                inserted++;
            }
        }
        int changed = updated - inserted;
        int unchanged = b.occupations.size() - inserted - changed;

        Set<String> known = new HashSet<>(existing);
        known.addAll(b.occupations.keySet());
        int[] skipped = { 0 };

        int interests = updateColumns(c,
                "interest_realistic = ?, interest_investigative = ?, interest_artistic = ?,"
                        + " interest_social = ?, interest_enterprising = ?, interest_conventional = ?",
                b.interests, known, skipped, (ps, code, p) -> {
                    for (int i = 0; i < 6; i++) {
                        ps.setFloat(i + 1, p[i]);
                    }
                });
        updateColumns(c, "interest_high_points = ?", b.interestHighPoints, known, skipped,
                (ps, code, h) -> ps.setString(1, h));
        int values = updateColumns(c,
                "value_achievement = ?, value_working_conditions = ?, value_recognition = ?,"
                        + " value_relationships = ?, value_support = ?, value_independence = ?",
                b.workValues, known, skipped, (ps, code, p) -> {
                    for (int i = 0; i < 6; i++) {
                        ps.setFloat(i + 1, p[i]);
                    }
                });
        int jobZones = updateColumns(c, "job_zone = ?", b.jobZones, known, skipped,
                (ps, code, zone) -> ps.setShort(1, zone));
        int education = updateColumns(c, """
                entry_education = coalesce(?, entry_education), work_experience = coalesce(?, work_experience),
                on_the_job_training = coalesce(?, on_the_job_training)""", b.education, known, skipped,
                (ps, code, ed) -> {
                    setShort(ps, 1, ed.entryEducation());
                    ps.setString(2, ed.workExperience());
                    ps.setString(3, ed.onTheJobTraining());
                });
        updateColumns(c, "certification_notes = ?", b.certificationNotes, known, skipped,
                (ps, code, note) -> ps.setString(1, note));

        int skillRatings = replace(c, "occupation_skill",
                "INSERT INTO occupation_skill (occupation_code, element_id, importance, level) VALUES (?, ?, ?, ?)",
                ratings(b.skills), known, skipped, CatalogWriter::bindRating);
        int knowledgeRatings = replace(c, "occupation_knowledge",
                "INSERT INTO occupation_knowledge (occupation_code, element_id, importance, level) VALUES (?, ?, ?, ?)",
                ratings(b.knowledge), known, skipped, CatalogWriter::bindRating);
        replace(c, "education_share",
                "INSERT INTO education_share (occupation_code, category, percent) VALUES (?, ?, ?)",
                shares(b.educationShares), known, skipped, (ps, code, share) -> {
                    ps.setShort(2, (short) share[0]);
                    ps.setFloat(3, share[1]);
                });
        int titles = replace(c, "alternate_title",
                "INSERT INTO alternate_title (occupation_code, title, sources) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                b.alternateTitles, known, skipped, (ps, code, title) -> {
                    ps.setString(2, title);
                    ps.setShort(3, b.titleSources.getOrDefault(code, Map.of()).getOrDefault(title, 1).shortValue());
                });
        int reported = replace(c, "reported_title",
                "INSERT INTO reported_title (occupation_code, title, featured) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                b.reportedTitles, known, skipped, (ps, code, t) -> {
                    ps.setString(2, t.title());
                    ps.setBoolean(3, t.featured());
                });
        int curatedTitles = insert(c, """
                INSERT INTO alternate_title (occupation_code, title, sources) VALUES (?, ?, 3)
                ON CONFLICT (occupation_code, title) DO UPDATE SET sources = 3""", b.curatedTitles, known, skipped,
                (ps, code, title) -> ps.setString(2, title));
        int related = replace(c, "related_occupation", """
                INSERT INTO related_occupation (occupation_code, related_code, tier, rank) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", relatedKnown(b, known, skipped), known, skipped, (ps, code, r) -> {
            ps.setString(2, r.code());
            ps.setString(3, r.tier());
            ps.setShort(4, r.rank());
        });
        int tasks = replace(c, "task",
                "INSERT INTO task (occupation_code, task_id, statement, core) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                b.tasks, known, skipped, (ps, code, t) -> {
                    ps.setInt(2, t.id());
                    ps.setString(3, t.statement());
                    if (t.core() == null) {
                        ps.setNull(4, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(4, t.core());
                    }
                });
        int technology = replace(c, "technology_skill", """
                INSERT INTO technology_skill (occupation_code, example, commodity_code, commodity_title, hot, in_demand)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", b.technology, known, skipped, (ps, code, t) -> {
            ps.setString(2, t.example());
            setInt(ps, 3, t.commodityCode());
            ps.setString(4, t.commodityTitle());
            ps.setBoolean(5, t.hot());
            ps.setBoolean(6, t.inDemand());
        });
        int activityLinks = writeActivities(c, b, known, skipped);
        int tools = replace(c, "tool_used", """
                INSERT INTO tool_used (occupation_code, example, commodity_code, commodity_title) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", b.tools, known, skipped, (ps, code, t) -> {
            ps.setString(2, t.example());
            ps.setInt(3, t.commodityCode());
            ps.setString(4, t.commodityTitle());
        });
        updateColumns(c, "apprenticeship_importance = ?", b.apprenticeship, known, skipped,
                (ps, code, importance) -> ps.setFloat(1, importance));
        int escoLinks = writeEsco(c, b, known, skipped);
        int clusterLinks = writePathways(c, b, known, skipped);

        int withPay = 0;
        int unmatched = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE occupation SET pay_annual_median = ?, pay_annual_p10 = ?, pay_annual_p25 = ?, pay_annual_p75 = ?,
                    pay_annual_p90 = ?, pay_hourly_median = ?, pay_year = ?, pay_source = ?, pay_annual_mean = ?,
                    employment_oews = ?, pay_top_coded = ?, version = version + 1, updated_at = now()
                WHERE substring(code from 1 for 7) = ?""")) {
            for (var e : b.wages.entrySet()) {
                ImportBatch.Wage w = e.getValue();
                setInt(ps, 1, w.annualMedian());
                setInt(ps, 2, w.p10());
                setInt(ps, 3, w.p25());
                setInt(ps, 4, w.p75());
                setInt(ps, 5, w.p90());
                ps.setBigDecimal(6, w.hourlyMedian());
                setShort(ps, 7, b.wageYear);
                ps.setString(8, b.wageSource);
                setInt(ps, 9, w.annualMean());
                setInt(ps, 10, w.employment());
                ps.setBoolean(11, w.topCoded());
                ps.setString(12, e.getKey());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                withPay += Math.max(count, 0);
                if (count == 0) {
                    unmatched++;
                }
            }
        }

        int withProjections = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE occupation SET employment_base = ?, employment_projected = ?, employment_change = ?,
                    employment_change_pct = ?, annual_openings = ?, typical_education = ?, typical_experience = ?,
                    typical_training = ?, projection_period = ?, version = version + 1, updated_at = now()
                WHERE substring(code from 1 for 7) = ?""")) {
            for (var e : b.projections.entrySet()) {
                ImportBatch.Projection p = e.getValue();
                setInt(ps, 1, p.base());
                setInt(ps, 2, p.projected());
                setInt(ps, 3, p.change());
                ps.setBigDecimal(4, p.changePercent());
                setInt(ps, 5, p.openings());
                ps.setString(6, p.education());
                ps.setString(7, p.experience());
                ps.setString(8, p.training());
                ps.setString(9, b.projectionPeriod);
                ps.setString(10, e.getKey());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                withProjections += Math.max(count, 0);
            }
        }

        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO job_zone (zone, name, experience, education, training, examples, svp_range)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zone) DO UPDATE SET name = EXCLUDED.name,
                    experience = EXCLUDED.experience, education = EXCLUDED.education, training = EXCLUDED.training,
                    examples = EXCLUDED.examples, svp_range = EXCLUDED.svp_range""")) {
            for (ImportBatch.JobZoneInfo z : b.jobZoneReference.values()) {
                ps.setShort(1, z.zone());
                ps.setString(2, z.name());
                ps.setString(3, z.experience());
                ps.setString(4, z.education());
                ps.setString(5, z.training());
                ps.setString(6, z.examples());
                ps.setString(7, z.svpRange());
                ps.addBatch();
            }
            ps.executeBatch();
        }

        int pathSteps = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO career_path_step (from_code, to_code, kind, typical_years, added_education,
                    added_certification, notes, curated) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)
                ON CONFLICT (from_code, to_code) DO UPDATE SET kind = EXCLUDED.kind,
                    typical_years = EXCLUDED.typical_years, added_education = EXCLUDED.added_education,
                    added_certification = EXCLUDED.added_certification, notes = EXCLUDED.notes, curated = TRUE,
                    version = career_path_step.version + 1""")) {
            for (ImportBatch.PathStep step : b.paths) {
                if (!keep(step.from(), known, skipped) || !keep(step.to(), known, skipped)) {
                    continue;
                }
                ps.setString(1, step.from());
                ps.setString(2, step.to());
                ps.setString(3, step.kind());
                ps.setBigDecimal(4, step.typicalYears());
                setShort(ps, 5, step.addedEducation());
                ps.setString(6, step.addedCertification());
                ps.setString(7, step.notes());
                ps.addBatch();
                pathSteps++;
            }
            ps.executeBatch();
        }

        writeAreaWages(c, b);
        updateRelease(c, b);
        return new ImportReport.Counts(inserted, changed, unchanged, skillElements, skillRatings, knowledgeRatings,
                interests, values, jobZones, education, related, titles + curatedTitles, reported, tasks, technology,
                b.wages.size(), withPay, unmatched, b.projections.size(), withProjections, skipped[0], clusterLinks,
                pathSteps, b.areas.size(), b.areaWages.size(), b.activities.size(), activityLinks, tools, escoLinks);
    }

    /**
     * Replaces the work activities as a whole when the batch has them: groups, activities (their task links go with
     * them), then the task links of the occupations the catalog has.
     */
    private static int writeActivities(Connection c, ImportBatch b, Set<String> known, int[] skipped)
            throws SQLException {
        if (b.activityGroups.isEmpty() && b.activities.isEmpty() && b.taskActivities.isEmpty()) {
            return 0;
        }
        if (!b.activities.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM work_activity_group");
            }
            try (PreparedStatement ps = c
                    .prepareStatement("INSERT INTO work_activity_group (iwa_id, element_id, title) VALUES (?, ?, ?)")) {
                for (ImportBatch.ActivityGroup g : b.activityGroups.values()) {
                    ps.setString(1, g.id());
                    ps.setString(2, g.elementId());
                    ps.setString(3, g.title());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c
                    .prepareStatement("INSERT INTO work_activity (dwa_id, iwa_id, title) VALUES (?, ?, ?)")) {
                for (ImportBatch.Activity a : b.activities.values()) {
                    ps.setString(1, a.id());
                    ps.setString(2, a.iwa());
                    ps.setString(3, a.title());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        Map<String, List<TaskLink>> links = new HashMap<>();
        b.taskActivities.forEach((code, byActivity) -> {
            List<TaskLink> rows = new ArrayList<>();
            byActivity.forEach((dwa, tasks) -> tasks.forEach(task -> rows.add(new TaskLink(dwa, task))));
            links.put(code, rows);
        });
        return replace(c, "task_activity",
                "INSERT INTO task_activity (occupation_code, dwa_id, task_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                links, known, skipped, (ps, code, link) -> {
                    ps.setString(2, link.activity());
                    ps.setInt(3, link.task());
                });
    }

    /** One row of Tasks to DWAs: a task of the occupation and the activity it carries out. */
    private record TaskLink(String activity, int task) {
    }

    /** Replaces the ESCO occupations of every occupation as a whole when the batch has a crosswalk. */
    private static int writeEsco(Connection c, ImportBatch b, Set<String> known, int[] skipped) throws SQLException {
        if (b.esco == null) {
            return 0;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM occupation_esco");
        }
        return insert(c,
                """
                        INSERT INTO occupation_esco (occupation_code, esco_uri, esco_title, isco_code, onet_2010_code, confidence)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                b.esco, known, skipped, (ps, code, e) -> {
                    ps.setString(2, e.uri());
                    ps.setString(3, e.title());
                    ps.setString(4, e.isco());
                    ps.setString(5, e.onet2010());
                    if (e.confidence() == null) {
                        ps.setNull(6, Types.REAL);
                    } else {
                        ps.setFloat(6, e.confidence());
                    }
                });
    }

    /**
     * Replaces the area wages as a whole when the batch has an area file: areas by batched inserts, their wage rows
     * (about 140,000 for the metropolitan file) through PostgreSQL's COPY, which takes a fraction of the time of
     * batched inserts.
     */
    private static void writeAreaWages(Connection c, ImportBatch b) throws SQLException {
        if (b.areas.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM area_wage");
            s.executeUpdate("DELETE FROM area");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO area (code, title, kind, states, all_occupations_median) VALUES (?, ?, ?, ?, ?)")) {
            for (ImportBatch.Area a : b.areas.values()) {
                ps.setString(1, a.code());
                ps.setString(2, a.title());
                ps.setString(3, a.kind());
                ps.setString(4, a.states());
                setInt(ps, 5, a.allOccupationsMedian());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // streamed in chunks: the whole text at once would be some 9 MB on a small heap
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY area_wage (area_code, soc_code, pct10, pct25, median, pct75, pct90, mean, employment,"
                        + " hourly_median, top_coded) FROM STDIN");
        try {
            StringBuilder rows = new StringBuilder(1 << 16);
            for (ImportBatch.AreaWage w : b.areaWages) {
                rows.append(w.area()).append('\t').append(w.soc());
                for (Object value : new Object[] { w.p10(), w.p25(), w.median(), w.p75(), w.p90(), w.mean(),
                        w.employment(), w.hourlyMedian() }) {
                    rows.append('\t').append(value == null ? "\\N" : value.toString());
                }
                rows.append('\t').append(w.topCoded() ? 't' : 'f').append('\n');
                if (rows.length() > 60_000) {
                    byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(chunk, 0, chunk.length);
                    rows.setLength(0);
                }
            }
            byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(chunk, 0, chunk.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Records which releases the catalog now serves and bumps the generation that caches compare against. */
    private static void updateRelease(Connection c, ImportBatch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE catalog_release SET onet_release = coalesce(?, onet_release), oews_year = coalesce(?, oews_year),
                    ep_period = coalesce(?, ep_period), ep_average_change_pct = coalesce(?, ep_average_change_pct),
                    oews_all_median = coalesce(?, oews_all_median), bundle_version = coalesce(?, bundle_version),
                    attribution = coalesce(?, attribution), loaded_from = coalesce(?, loaded_from),
                    oews_area_year = coalesce(?, oews_area_year), oews_area_source = coalesce(?, oews_area_source),
                    oews_area_columns = coalesce(?, oews_area_columns), esco_source = coalesce(?, esco_source),
                    imported_at = now(), generation = generation + 1 WHERE id = 1""")) {
            ps.setString(1, b.onetRelease);
            setShort(ps, 2, b.wages.isEmpty() ? null : b.wageYear);
            ps.setString(3, b.projections.isEmpty() ? null : b.projectionPeriod);
            ps.setBigDecimal(4, b.averageGrowthPercent);
            setInt(ps, 5, b.allOccupationsMedianPay);
            ps.setString(6, b.bundleVersion);
            ps.setString(7, b.attribution);
            ps.setString(8, b.loadedFrom);
            boolean areas = !b.areas.isEmpty();
            setShort(ps, 9, areas ? b.areaWageYear : null);
            ps.setString(10, areas ? b.areaWageSource : null);
            ps.setString(11, areas ? b.areaWageColumns : null);
            ps.setString(12, b.esco == null ? null : b.escoSource);
            ps.executeUpdate();
        }
    }

    private static void bindRating(PreparedStatement ps, String code, Map.Entry<String, float[]> rating)
            throws SQLException {
        ps.setString(2, rating.getKey());
        ps.setFloat(3, rating.getValue()[0]);
        ps.setFloat(4, rating.getValue()[1]);
    }

    /** Ratings with both scales; a half-rated element is left out (unknown), never stored as 0. */
    private static Map<String, List<Map.Entry<String, float[]>>> ratings(Map<String, Map<String, float[]>> source) {
        Map<String, List<Map.Entry<String, float[]>>> rows = new HashMap<>();
        source.forEach((code, elements) -> {
            List<Map.Entry<String, float[]>> complete = new ArrayList<>();
            elements.forEach((id, scales) -> {
                if (!Float.isNaN(scales[0]) && !Float.isNaN(scales[1])) {
                    complete.add(Map.entry(id, scales));
                }
            });
            rows.put(code, complete);
        });
        return rows;
    }

    private static Map<String, List<float[]>> shares(Map<String, float[]> source) {
        Map<String, List<float[]>> rows = new HashMap<>();
        source.forEach((code, percents) -> {
            List<float[]> list = new ArrayList<>();
            for (int i = 0; i < percents.length; i++) {
                if (!Float.isNaN(percents[i])) {
                    list.add(new float[] { i + 1, percents[i] });
                }
            }
            rows.put(code, list);
        });
        return rows;
    }

    private static Map<String, List<ImportBatch.Related>> relatedKnown(ImportBatch b, Set<String> known,
            int[] skipped) {
        Map<String, List<ImportBatch.Related>> rows = new HashMap<>();
        b.related.forEach((code, list) -> rows.put(code,
                list.stream().filter(r -> !r.code().equals(code) && keep(r.code(), known, skipped)).toList()));
        return rows;
    }

    private int upsertElements(Connection c, Map<String, String> names, String kind, ImportBatch b)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO skill (element_id, name, category, description, kind) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (element_id) DO UPDATE SET name = EXCLUDED.name,
                    description = coalesce(EXCLUDED.description, skill.description), kind = EXCLUDED.kind""")) {
            for (var e : names.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.setString(3, kind.equals("KNOWLEDGE") ? "Knowledge" : skillCategory(e.getKey()));
                ps.setString(4, b.elementDescriptions.get(e.getKey()));
                ps.setString(5, kind);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return names.size();
    }

    /** The O*NET content-model branch of a skill element id. */
    static String skillCategory(String elementId) {
        if (elementId.startsWith("2.A.1")) {
            return "Content";
        } else if (elementId.startsWith("2.A.2")) {
            return "Process";
        } else if (elementId.startsWith("2.B.1")) {
            return "Social";
        } else if (elementId.startsWith("2.B.2")) {
            return "Complex Problem Solving";
        } else if (elementId.startsWith("2.B.3")) {
            return "Technical";
        } else if (elementId.startsWith("2.B.4")) {
            return "Systems";
        } else if (elementId.startsWith("2.B.5")) {
            return "Resource Management";
        } else if (elementId.startsWith("2.C")) {
            return "Knowledge";
        }
        return "Other";
    }

    /** Career cluster memberships and pathways from the crosswalk; clusters are named by their titles there. */
    private int writePathways(Connection c, ImportBatch b, Set<String> known, int[] skipped) throws SQLException {
        if (b.pathways.isEmpty()) {
            return 0;
        }
        Map<String, Long> byTitle = clusterIds(c, "title");
        List<ImportError> errors = new ArrayList<>();
        Map<String, List<Long>> links = new HashMap<>();
        Map<String, List<Map.Entry<Long, String>>> pathways = new HashMap<>();
        b.pathways.forEach((code, list) -> {
            List<Long> ids = new ArrayList<>();
            List<Map.Entry<Long, String>> named = new ArrayList<>();
            for (ImportBatch.Pathway p : list) {
                Long id = byTitle.get(p.cluster());
                if (id == null) {
                    errors.add(new ImportError("career clusters", 0, "Career Cluster",
                            "unknown career cluster '" + p.cluster() + "' for " + code));
                    continue;
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
                if (p.pathway() != null) {
                    named.add(Map.entry(id, p.pathway()));
                }
            }
            links.put(code, ids);
            pathways.put(code, named);
        });
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors.subList(0, Math.min(errors.size(), TabularFile.MAX_ERRORS)));
        }
        Set<String> codes = filter(links.keySet(), known, skipped);
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM occupation_cluster WHERE occupation_code = ANY (?)
                   AND cluster_id IN (SELECT id FROM cluster WHERE scheme = 'CAREER_CLUSTER')""")) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            ps.executeUpdate();
        }
        int count = insert(c,
                "INSERT INTO occupation_cluster (occupation_code, cluster_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                links, codes, new int[1], (ps, code, id) -> ps.setLong(2, id));
        replace(c, "occupation_pathway",
                "INSERT INTO occupation_pathway (occupation_code, cluster_id, pathway) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                pathways, codes, new int[1], (ps, code, p) -> {
                    ps.setLong(2, p.getKey());
                    ps.setString(3, p.getValue());
                });
        return count;
    }

    /** Replaces the facet rows of every known occupation the batch covers. */
    private static <T> int replace(Connection c, String table, String insertSql,
            Map<String, ? extends Collection<T>> rows, Set<String> known, int[] skipped, Binder<T> binder)
            throws SQLException {
        Set<String> codes = filter(rows.keySet(), known, skipped);
        if (codes.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE occupation_code = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            ps.executeUpdate();
        }
        Map<String, Collection<T>> kept = new HashMap<>();
        codes.forEach(code -> kept.put(code, rows.get(code)));
        return insert(c, insertSql, kept, codes, new int[1], binder);
    }

    /** Inserts rows (the first parameter is the occupation code) for known occupations, in batches. */
    private static <T> int insert(Connection c, String insertSql, Map<String, ? extends Collection<T>> rows,
            Set<String> known, int[] skipped, Binder<T> binder) throws SQLException {
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement(insertSql)) {
            for (var e : rows.entrySet()) {
                if (!keep(e.getKey(), known, skipped)) {
                    continue;
                }
                for (T row : e.getValue()) {
                    ps.setString(1, e.getKey());
                    binder.bind(ps, e.getKey(), row);
                    ps.addBatch();
                    if (++count % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        return count;
    }

    /** Sets columns of known occupations; the binder fills every parameter but the last (the code). */
    private static <T> int updateColumns(Connection c, String assignments, Map<String, T> values, Set<String> known,
            int[] skipped, Binder<T> binder) throws SQLException {
        if (values.isEmpty()) {
            return 0;
        }
        int parameters = (int) assignments.chars().filter(ch -> ch == '?').count();
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE occupation SET " + assignments
                + ", version = version + 1, updated_at = now() WHERE code = ?")) {
            for (var e : values.entrySet()) {
                if (!keep(e.getKey(), known, skipped)) {
                    continue;
                }
                binder.bind(ps, e.getKey(), e.getValue());
                ps.setString(parameters + 1, e.getKey());
                ps.addBatch();
                if (++count % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return count;
    }

    private static Set<String> filter(Set<String> codes, Set<String> known, int[] skipped) {
        Set<String> kept = new HashSet<>();
        for (String code : codes) {
            if (keep(code, known, skipped)) {
                kept.add(code);
            }
        }
        return kept;
    }

    private static boolean keep(String code, Set<String> known, int[] skipped) {
        if (known.contains(code)) {
            return true;
        }
        skipped[0]++;
        return false;
    }

    private static Map<String, Long> clusterIds(Connection c, String key) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + ", id FROM cluster");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static Set<String> codes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM occupation");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    static void setShort(PreparedStatement ps, int index, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}

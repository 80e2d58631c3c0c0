package org.careercompass.catalog.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * Writes an {@link ImportBatch} with batched JDBC upserts. Runs inside the caller's transaction (mandatory), so a
 * failure anywhere leaves the catalog as it was. Re-running the same batch changes nothing: occupations are upserted by
 * code and each facet's rows are replaced for the occupations the batch covers.
 */
@ApplicationScoped
class CatalogWriter {

    private static final int BATCH = 500;

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    ImportReport.Counts write(ImportBatch b) {
        try (Connection c = dataSource.getConnection()) {
            return write(c, b);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed while writing: " + e.getMessage(), e);
        }
    }

    private ImportReport.Counts write(Connection c, ImportBatch b) throws SQLException {
        Map<String, Long> clusters = clusterIds(c);
        Set<String> existing = codes(c);
        List<ImportError> errors = new ArrayList<>();

        int skillElements = upsertSkills(c, b);

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

        int interests = updateProfile(c,
                "interest_realistic = ?, interest_investigative = ?, interest_artistic = ?,"
                        + " interest_social = ?, interest_enterprising = ?, interest_conventional = ?",
                b.interests, known, skipped);
        int values = updateProfile(c,
                "value_achievement = ?, value_working_conditions = ?, value_recognition = ?,"
                        + " value_relationships = ?, value_support = ?, value_independence = ?",
                b.workValues, known, skipped);

        int jobZones = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE occupation SET job_zone = ?, version = version + 1, updated_at = now() WHERE code = ?")) {
            for (var e : b.jobZones.entrySet()) {
                if (keep(e.getKey(), known, skipped)) {
                    ps.setShort(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                    jobZones++;
                }
            }
            ps.executeBatch();
        }

        int education = 0;
        try (PreparedStatement ps = c.prepareStatement(
                """
                        UPDATE occupation SET entry_education = coalesce(?, entry_education),
                            work_experience = coalesce(?, work_experience), on_the_job_training = coalesce(?, on_the_job_training),
                            version = version + 1, updated_at = now() WHERE code = ?""")) {
            for (var e : b.education.entrySet()) {
                if (keep(e.getKey(), known, skipped)) {
                    ImportBatch.Education ed = e.getValue();
                    setShort(ps, 1, ed.entryEducation());
                    ps.setString(2, ed.workExperience());
                    ps.setString(3, ed.onTheJobTraining());
                    ps.setString(4, e.getKey());
                    ps.addBatch();
                    education++;
                }
            }
            ps.executeBatch();
        }

        int skillRatings = 0;
        Set<String> skillCodes = filter(b.skills.keySet(), known, skipped);
        deleteFor(c, "occupation_skill", skillCodes);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO occupation_skill (occupation_code, element_id, importance, level) VALUES (?, ?, ?, ?)")) {
            for (String code : skillCodes) {
                for (var e : b.skills.get(code).entrySet()) {
                    float[] scales = e.getValue();
                    if (Float.isNaN(scales[0]) || Float.isNaN(scales[1])) {
                        continue;
                    }
                    ps.setString(1, code);
                    ps.setString(2, e.getKey());
                    ps.setFloat(3, scales[0]);
                    ps.setFloat(4, scales[1]);
                    ps.addBatch();
                    if (++skillRatings % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }

        int titles = 0;
        Set<String> titleCodes = filter(b.alternateTitles.keySet(), known, skipped);
        deleteFor(c, "alternate_title", titleCodes);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO alternate_title (occupation_code, title) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String code : titleCodes) {
                for (String title : b.alternateTitles.get(code)) {
                    ps.setString(1, code);
                    ps.setString(2, title);
                    ps.addBatch();
                    if (++titles % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }

        int related = 0;
        Set<String> relatedCodes = filter(b.related.keySet(), known, skipped);
        deleteFor(c, "related_occupation", relatedCodes);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO related_occupation (occupation_code, related_code, tier, rank) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            for (String code : relatedCodes) {
                for (ImportBatch.Related r : b.related.get(code)) {
                    if (!keep(r.code(), known, skipped) || r.code().equals(code)) {
                        continue;
                    }
                    ps.setString(1, code);
                    ps.setString(2, r.code());
                    ps.setString(3, r.tier());
                    ps.setShort(4, r.rank());
                    ps.addBatch();
                    if (++related % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }

        int clusterLinks = writeCareerClusters(c, b, clusters, known, skipped);

        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE occupation SET certification_notes = ?, version = version + 1, updated_at = now() WHERE code = ?")) {
            for (var e : b.certificationNotes.entrySet()) {
                if (keep(e.getKey(), known, skipped)) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }

        int withPay = 0;
        int unmatched = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE occupation SET pay_annual_median = ?, pay_annual_p10 = ?, pay_annual_p25 = ?, pay_annual_p75 = ?,
                    pay_annual_p90 = ?, pay_hourly_median = ?, pay_year = ?, pay_source = ?,
                    version = version + 1, updated_at = now()
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
                ps.setString(9, e.getKey());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                withPay += Math.max(count, 0);
                if (count == 0) {
                    unmatched++;
                }
            }
        }

        int pathSteps = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO career_path_step (from_code, to_code, kind, typical_years, added_education,
                    added_certification, notes) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (from_code, to_code) DO UPDATE SET kind = EXCLUDED.kind,
                    typical_years = EXCLUDED.typical_years, added_education = EXCLUDED.added_education,
                    added_certification = EXCLUDED.added_certification, notes = EXCLUDED.notes,
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

        Set<String> searchChanged = new HashSet<>(b.occupations.keySet());
        searchChanged.addAll(titleCodes);
        if (!searchChanged.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT refresh_occupation_search(?)")) {
                Array codes = c.createArrayOf("text", searchChanged.toArray());
                ps.setArray(1, codes);
                ps.execute();
            }
        }
        return new ImportReport.Counts(inserted, changed, unchanged, skillElements, skillRatings, interests, values,
                jobZones, education, related, titles, b.wages.size(), withPay, unmatched, skipped[0], clusterLinks,
                pathSteps);
    }

    private int upsertSkills(Connection c, ImportBatch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO skill (element_id, name, category) VALUES (?, ?, ?)
                ON CONFLICT (element_id) DO UPDATE SET name = EXCLUDED.name""")) {
            for (var e : b.skillNames.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.setString(3, skillCategory(e.getKey()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return b.skillNames.size();
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
        }
        return "Other";
    }

    private int writeCareerClusters(Connection c, ImportBatch b, Map<String, Long> clusters, Set<String> known,
            int[] skipped) throws SQLException {
        if (b.careerClusters.isEmpty()) {
            return 0;
        }
        Set<String> codes = filter(b.careerClusters.keySet(), known, skipped);
        deleteFor(c, "occupation_cluster", codes);
        int links = 0;
        List<ImportError> errors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO occupation_cluster (occupation_code, cluster_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String code : codes) {
                for (String cluster : b.careerClusters.get(code)) {
                    Long id = clusters.get(cluster);
                    if (id == null) {
                        errors.add(new ImportError("career clusters", 0, cluster, "unknown cluster for " + code));
                        continue;
                    }
                    ps.setString(1, code);
                    ps.setLong(2, id);
                    ps.addBatch();
                    links++;
                }
            }
            ps.executeBatch();
        }
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
        return links;
    }

    private int updateProfile(Connection c, String assignments, Map<String, float[]> profiles, Set<String> known,
            int[] skipped) throws SQLException {
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE occupation SET " + assignments
                + ", version = version + 1, updated_at = now() WHERE code = ?")) {
            for (var e : profiles.entrySet()) {
                if (!keep(e.getKey(), known, skipped)) {
                    continue;
                }
                float[] p = e.getValue();
                for (int i = 0; i < 6; i++) {
                    ps.setFloat(i + 1, p[i]);
                }
                ps.setString(7, e.getKey());
                ps.addBatch();
                count++;
            }
            ps.executeBatch();
        }
        return count;
    }

    private static void deleteFor(Connection c, String table, Set<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM " + table + " WHERE occupation_code = ANY (?)";
        if (table.equals("occupation_cluster")) {
            sql += " AND cluster_id IN (SELECT id FROM cluster WHERE scheme = 'CAREER_CLUSTER')";
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            ps.executeUpdate();
        }
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

    private static Map<String, Long> clusterIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM cluster");
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

    private static void setShort(PreparedStatement ps, int index, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}

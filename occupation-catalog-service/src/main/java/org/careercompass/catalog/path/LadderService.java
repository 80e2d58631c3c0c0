package org.careercompass.catalog.path;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.occupation.EntryEducation;

import io.agroal.api.AgroalDataSource;

/**
 * Re-derives the career ladder of every occupation ({@link LadderRules}) after each import: derived steps are replaced,
 * curated steps (written by people) are kept and win over a derived step between the same occupations.
 */
@ApplicationScoped
public class LadderService {

    @Inject
    AgroalDataSource dataSource;

    /** What the rules derive from the catalog as it is, before curated steps override any (read only). */
    @Transactional
    public List<LadderRules.Derived> preview() {
        try (Connection c = dataSource.getConnection()) {
            return derivedSteps(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Deriving the career ladder failed: " + e.getMessage(), e);
        }
    }

    /** Every step the rules derive from the catalog on this connection. */
    private static List<LadderRules.Derived> derivedSteps(Connection c) throws SQLException {
        Map<String, LadderRules.Facts> facts = facts(c);
        Map<String, List<LadderRules.Related>> related = related(c);
        List<LadderRules.Derived> steps = new ArrayList<>();
        for (LadderRules.Facts from : facts.values()) {
            steps.addAll(LadderRules.derive(from, related.getOrDefault(from.code(), List.of()), facts));
        }
        return steps;
    }

    /** Runs in the caller's transaction; returns the number of derived steps stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int derive() {
        try (Connection c = dataSource.getConnection()) {
            List<LadderRules.Derived> steps = derivedSteps(c);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM career_path_step WHERE NOT curated")) {
                ps.executeUpdate();
            }
            int count = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    """
                            INSERT INTO career_path_step (from_code, to_code, kind, added_education, notes, relatedness, curated)
                            VALUES (?, ?, ?, ?, ?, ?, FALSE) ON CONFLICT (from_code, to_code) DO NOTHING""")) {
                for (LadderRules.Derived step : steps) {
                    ps.setString(1, step.from());
                    ps.setString(2, step.to());
                    ps.setString(3, step.kind().name());
                    if (step.addedEducation() == null) {
                        ps.setNull(4, Types.SMALLINT);
                    } else {
                        ps.setShort(4, (short) step.addedEducation().category());
                    }
                    ps.setString(5, step.notes());
                    ps.setShort(6, step.relatedness());
                    ps.addBatch();
                    if (++count % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Deriving the career ladder failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, LadderRules.Facts> facts(Connection c) throws SQLException {
        Map<String, Map<String, Float>> levels = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT occupation_code, element_id, level FROM occupation_skill
                UNION ALL SELECT occupation_code, element_id, level FROM occupation_knowledge""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                levels.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getFloat(3));
            }
        }
        Map<String, LadderRules.Facts> facts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT code, typical_education, entry_education, job_zone, pay_annual_median FROM occupation
                ORDER BY code"""); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                short rl = rs.getShort(3);
                Short modal = rs.wasNull() ? null : rl;
                short zone = rs.getShort(4);
                Short jobZone = rs.wasNull() ? null : zone;
                int pay = rs.getInt(5);
                Integer median = rs.wasNull() ? null : pay;
                facts.put(code, new LadderRules.Facts(code, EntryEducation.of(rs.getString(2), modal), jobZone, median,
                        levels.get(code)));
            }
        }
        return facts;
    }

    private static Map<String, List<LadderRules.Related>> related(Connection c) throws SQLException {
        Map<String, List<LadderRules.Related>> related = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT occupation_code, related_code, tier, rank FROM related_occupation ORDER BY occupation_code, rank");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                related.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new LadderRules.Related(rs.getString(2), rs.getString(3), rs.getShort(4)));
            }
        }
        return related;
    }
}

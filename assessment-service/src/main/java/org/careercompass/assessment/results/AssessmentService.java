package org.careercompass.assessment.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.share.Share;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Stores and reads assessments. Every read is scoped to an owner: a person's own id, or a person who shared with the
 * calling counselor. Anything else is "not found", so no one learns whether another person's assessment exists.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Clock clock;

    @Inject
    org.careercompass.commons.security.AccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    @Inject
    Event<AssessmentsDeleted> deleted;

    @Transactional
    public AssessmentView submit(String ownerId, String ownerName, Submission submission) {
        Instrument instrument = Instruments.find(submission.instrument()).orElseThrow(
                () -> ProblemException.invalid("instrument", "unknown instrument; see /api/v1/instruments"));
        Map<String, Integer> answers = Scoring.validate(instrument, submission.answers());
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.ownerId = ownerId;
        a.ownerName = ownerName;
        a.instrumentId = instrument.id();
        a.instrumentVersion = instrument.version();
        a.kind = instrument.kind();
        a.answers = answers;
        a.result = Scoring.score(instrument, answers);
        a.takenAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        a.persist();
        return AssessmentView.of(a);
    }

    public Page<AssessmentView> history(String ownerId, InstrumentKind kind, PageRequest page) {
        String query = "ownerId = :owner" + (kind == null ? "" : " and kind = :kind");
        Parameters params = Parameters.with("owner", ownerId);
        if (kind != null) {
            params.and("kind", kind);
        }
        var found = Assessment.<Assessment> find(query, Sort.descending("takenAt").and("id"), params);
        long total = found.count();
        List<AssessmentView> items = found.page(page.page(), page.size()).list().stream().map(AssessmentView::of)
                .toList();
        return Page.of(items, page, total);
    }

    /** One assessment, if the reader is its owner or a counselor it was shared with. */
    public AssessmentView read(UUID id, String readerId, String readerName, boolean counselor) {
        Assessment a = Assessment.findById(id);
        if (a != null && a.ownerId.equals(readerId)) {
            return AssessmentView.of(a);
        }
        if (a == null || !(counselor && Share.exists(a.ownerId, readerName, OffsetDateTime.now(clock)))) {
            throw ProblemException.notFound("Assessment", id.toString());
        }
        accessLog.record(a.ownerId, readerName, "GET /api/v1/assessments/" + id);
        return AssessmentView.of(a);
    }

    /**
     * The kind of an assessment the reader may see: theirs, or a person's who shares with the calling counselor (the
     * read is then in the owner's access log as {@code path}). One light statement instead of the whole assessment: for
     * answers kept in memory by assessment id. Anything else is "not found".
     */
    public InstrumentKind readableKind(UUID id, String readerId, String readerName, boolean counselor, String path) {
        String owner = null;
        InstrumentKind kind = null;
        String sql = "SELECT owner_id, kind FROM " + schema + ".assessment WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    owner = rs.getString(1);
                    kind = InstrumentKind.valueOf(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assessment's owner", e);
        }
        if (owner != null && owner.equals(readerId)) {
            return kind;
        }
        if (owner == null || !(counselor && Share.exists(owner, readerName, OffsetDateTime.now(clock)))) {
            throw ProblemException.notFound("Assessment", id.toString());
        }
        accessLog.record(owner, readerName, path);
        return kind;
    }

    @Transactional
    public void delete(UUID id, String ownerId) {
        if (Assessment.delete("id = ?1 and ownerId = ?2", id, ownerId) == 0) {
            throw ProblemException.notFound("Assessment", id.toString());
        }
        deleted.fire(new AssessmentsDeleted(ownerId));
    }

    /**
     * Ids of the owner's newest assessment of each kind, without reading answers or results: what the match cache is
     * keyed by (assessments never change once taken; a new one has a new id). One statement on the (owner, kind,
     * taken_at) index, with plain JDBC: it runs on every match request, and Hibernate's query machinery cost more than
     * the query (JFR, 2026-11-29).
     */
    public Map<InstrumentKind, UUID> latestIds(String ownerId) {
        Map<InstrumentKind, UUID> latest = new EnumMap<>(InstrumentKind.class);
        String sql = "SELECT DISTINCT ON (kind) kind, id FROM " + schema + ".assessment WHERE owner_id = ?"
                + " ORDER BY kind, taken_at DESC, id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ownerId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    latest.put(InstrumentKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the latest assessments", e);
        }
        return latest;
    }

    /** These assessments by kind, read-only. */
    public Map<InstrumentKind, Assessment> byIds(Map<InstrumentKind, UUID> ids) {
        Map<InstrumentKind, Assessment> found = new EnumMap<>(InstrumentKind.class);
        em.createQuery("from Assessment a where a.id in ?1", Assessment.class).setParameter(1, ids.values())
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList().forEach(a -> found.put(a.kind, a));
        return found;
    }

    /** The newest result of each kind for a person: what matching uses. */
    public Map<InstrumentKind, Assessment> latest(String ownerId) {
        Map<InstrumentKind, UUID> ids = latestIds(ownerId);
        return ids.isEmpty() ? new EnumMap<>(InstrumentKind.class) : byIds(ids);
    }
}

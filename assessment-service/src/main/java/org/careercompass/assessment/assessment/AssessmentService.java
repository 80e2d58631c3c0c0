package org.careercompass.assessment.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    org.careercompass.commons.security.AccessLog accessLog;

    @Inject
    EntityManager em;

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
        if (a == null || !(counselor && Share.exists(a.ownerId, readerName))) {
            throw ProblemException.notFound("Assessment", id.toString());
        }
        accessLog.record(a.ownerId, readerName, "GET /api/v1/assessments/" + id);
        return AssessmentView.of(a);
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
     * keyed by (assessments never change once taken; a new one has a new id).
     */
    public Map<InstrumentKind, UUID> latestIds(String ownerId) {
        List<Object[]> rows = em.createQuery("""
                select a.kind, a.id from Assessment a where a.ownerId = ?1 and a.takenAt =
                 (select max(b.takenAt) from Assessment b where b.ownerId = ?1 and b.kind = a.kind)""", Object[].class)
                .setParameter(1, ownerId).getResultList();
        Map<InstrumentKind, UUID> latest = new EnumMap<>(InstrumentKind.class);
        rows.forEach(r -> latest.putIfAbsent((InstrumentKind) r[0], (UUID) r[1]));
        return latest;
    }

    /** These assessments by kind, read-only. */
    public Map<InstrumentKind, Assessment> byIds(Map<InstrumentKind, UUID> ids) {
        Map<InstrumentKind, Assessment> found = new EnumMap<>(InstrumentKind.class);
        em.createQuery("from Assessment a where a.id in ?1", Assessment.class).setParameter(1, ids.values())
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList().forEach(a -> found.put(a.kind, a));
        return found;
    }

    /** The newest result of each kind for a person: what matching uses. One query. */
    public Map<InstrumentKind, Assessment> latest(String ownerId) {
        List<Assessment> newest = Assessment.list(
                "from Assessment a where a.ownerId = ?1 and a.takenAt ="
                        + " (select max(b.takenAt) from Assessment b where b.ownerId = ?1 and b.kind = a.kind)",
                ownerId);
        Map<InstrumentKind, Assessment> latest = new EnumMap<>(InstrumentKind.class);
        newest.forEach(a -> latest.putIfAbsent(a.kind, a));
        return latest;
    }
}

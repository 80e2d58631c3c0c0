package org.careercompass.assessment.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.share.Share;
import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;

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
        a.takenAt = OffsetDateTime.now(ZoneOffset.UTC);
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

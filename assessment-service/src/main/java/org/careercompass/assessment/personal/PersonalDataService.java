package org.careercompass.assessment.personal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.results.Assessment;
import org.careercompass.assessment.results.AssessmentResult;
import org.careercompass.assessment.results.AssessmentsDeleted;
import org.careercompass.assessment.share.ShareService;
import org.careercompass.assessment.share.ShareView;
import org.careercompass.commons.persistence.PersonSql;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.security.Counselors;
import org.careercompass.commons.security.PersonalData;
import org.careercompass.commons.web.StoredAnswers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;

/**
 * Everything this service holds about the signed-in person, to take away or to erase: their assessments (answers and
 * scores, from which matches are computed; matches themselves are not stored), the shares they granted, and as a
 * counselor the shares naming them and their sign-in.
 */
@ApplicationScoped
public class PersonalDataService implements PersonalData {

    @Schema(name = "PersonalDataExport", description = "Everything the assessment service holds about you")
    public record Export(OffsetDateTime exportedAt, @Schema(examples = "assessment-service") String service,
            @Schema(examples = "alice") String username, String subject,
            @Schema(description = "Every assessment you took, oldest first, with your answers and scores") List<AssessmentExport> assessments,
            @Schema(description = "Counselors you let read your results") List<ShareView.Granted> shares,
            @Schema(description = "People who shared their results with you as a counselor") List<ShareView.Client> clients,
            @Schema(description = "Every read of your results by someone you shared them with, newest first") List<AccessLog.Entry> accessLog,
            @Schema(description = "Answers kept for safe retries of your POSTs with an Idempotency-Key (24 hours), oldest first") List<StoredAnswers.Entry> storedAnswers) {
    }

    @Schema(name = "AssessmentExport")
    public record AssessmentExport(UUID id, String instrument, int instrumentVersion, InstrumentKind kind,
            OffsetDateTime takenAt, @Schema(description = "Item id to your answer") Map<String, Integer> answers,
            AssessmentResult result) {
    }

    @Schema(name = "PersonalDataErasure")
    public record Erased(
            @Schema(description = "Rows removed, by kind", examples = "{\"assessments\": 3, \"shares\": 1, \"counselorSignIn\": 0, \"storedAnswers\": 2}") Map<String, Long> removed) {
    }

    @Inject
    Caller caller;

    @Inject
    Event<AssessmentsDeleted> deleted;

    @Inject
    EntityManager em;

    @Inject
    ShareService shares;

    @Inject
    Counselors counselors;

    @Inject
    AccessLog accessLog;

    @Inject
    StoredAnswers storedAnswers;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    @Transactional
    @Override
    public Export export() {
        List<Assessment> taken = Assessment.list("ownerId", Sort.by("takenAt").and("id"), caller.id());
        return new Export(OffsetDateTime.now(ZoneOffset.UTC), "assessment-service", caller.name(), caller.id(),
                taken.stream()
                        .map(a -> new AssessmentExport(a.id, a.instrumentId, a.instrumentVersion, a.kind, a.takenAt,
                                a.answers, a.result))
                        .toList(),
                shares.granted(caller.id()), shares.clients(caller.name()), accessLog.all(caller.id()),
                storedAnswers.of(caller.id()));
    }

    /** Removes every row about the person in one transaction and counts them by kind. */
    @Transactional
    @Override
    public Erased erase() {
        String s = schema + ".";
        PersonSql sql = new PersonSql(em, caller.id(), caller.name());
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("assessments", sql.count("SELECT count(*) FROM " + s + "assessment WHERE owner_id = :sub"));
        removed.put("shares",
                sql.count("SELECT count(*) FROM " + s + "share WHERE owner_id = :sub OR counselor_name = :name"));
        removed.put("accessLog",
                sql.count("SELECT count(*) FROM " + s + "access_log WHERE owner_id = :sub OR reader = :name"));
        removed.put("counselorSignIn", sql.count("SELECT count(*) FROM " + s + "counselor WHERE name = :name"));
        sql.update("DELETE FROM " + s + "assessment WHERE owner_id = :sub");
        deleted.fire(new AssessmentsDeleted(caller.id()));
        sql.update("DELETE FROM " + s + "share WHERE owner_id = :sub OR counselor_name = :name");
        sql.update("DELETE FROM " + s + "counselor WHERE name = :name");
        sql.update("DELETE FROM " + s + "access_log WHERE owner_id = :sub OR reader = :name");
        // answers kept for retries hold what was written: they go too, leaving tombstones without personal data
        removed.put("storedAnswers", storedAnswers.erase(caller.id()));
        counselors.forget(caller.name());
        return new Erased(removed);
    }
}

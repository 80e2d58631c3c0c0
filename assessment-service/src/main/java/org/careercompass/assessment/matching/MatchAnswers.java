package org.careercompass.assessment.matching;

import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.assessment.results.AssessmentsDeleted;
import org.careercompass.commons.web.AnswerCache;
import org.careercompass.commons.web.Representation;

/**
 * Finished match and career-move pages ({@code assessment.matching.answer-cache-size}, the pages asked for least go
 * first). A page is fully determined by its key (a career-move page: the origin, the skills assessment used, the query
 * and the catalog view): the person's latest assessment ids (an assessment never changes once taken), the weights,
 * filters and page, and the catalog view it was ranked against; a new catalog index empties the cache. So an entry is
 * never stale, only unused; deletions of assessments empty it too, so no one's results outlive their deletion in
 * memory.
 */
@ApplicationScoped
public class MatchAnswers {

    @Inject
    AssessmentConfig config;

    private AnswerCache answers;

    @PostConstruct
    void create() {
        answers = AnswerCache.ofEntries(config.matching().answerCacheSize());
    }

    /** The answer for {@code key} ranked against {@code index}, computed when not kept. */
    public Representation get(OccupationIndex index, Object key, Supplier<Representation> compute) {
        return answers.get(index, key, compute);
    }

    /** Once a deletion of assessments commits: the whole cache goes, so no deleted result stays in memory. */
    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentsDeleted deleted) {
        answers.clear();
    }
}

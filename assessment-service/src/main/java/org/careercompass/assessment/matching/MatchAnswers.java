package org.careercompass.assessment.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.careercompass.assessment.assessment.AssessmentsDeleted;
import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.web.Representation;

/**
 * Finished match pages, least recently used out first ({@code assessment.matching.answer-cache-size}). A page is fully
 * determined by its key: the person's latest assessment ids (an assessment never changes once taken), the weights,
 * filters and page, and the catalog view it was ranked against; a new catalog index empties the cache. So an entry is
 * never stale, only unused; erasures empty it too, so no one's results outlive their deletion in memory.
 */
@ApplicationScoped
public class MatchAnswers {

    @Inject
    AssessmentConfig config;

    private OccupationIndex index;

    private final Map<Object, Representation> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Representation> eldest) {
            return size() > config.matching().answerCacheSize();
        }
    };

    /** The answer for {@code key} ranked against {@code index}, computed (outside the lock) when not kept. */
    public Representation get(OccupationIndex index, Object key, Supplier<Representation> compute) {
        synchronized (this) {
            if (this.index == index) {
                Representation kept = answers.get(key);
                if (kept != null) {
                    return kept;
                }
            }
        }
        Representation answer = compute.get();
        if (config.matching().answerCacheSize() > 0) {
            synchronized (this) {
                if (this.index != index) {
                    answers.clear();
                    this.index = index;
                }
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** Once a deletion of assessments commits: the whole cache goes, so no deleted result stays in memory. */
    synchronized void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentsDeleted deleted) {
        answers.clear();
    }
}

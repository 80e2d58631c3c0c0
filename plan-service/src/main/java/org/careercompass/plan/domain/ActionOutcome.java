package org.careercompass.plan.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an application, interview or internship turned out, as far as the person knows. */
@Schema(description = "How an application, interview or internship turned out: PENDING (waiting for an answer),"
        + " INVITED (asked to the next stage or an interview), PASSED (got through this stage), OFFER (offer received),"
        + " ACCEPTED (offer accepted), DECLINED (you turned the offer down), REJECTED (not selected), WITHDRAWN (you"
        + " withdrew), NO_RESPONSE (no answer came), COMPLETED (an internship finished)")
public enum ActionOutcome {
    PENDING, INVITED, PASSED, OFFER, ACCEPTED, DECLINED, REJECTED, WITHDRAWN, NO_RESPONSE, COMPLETED
}

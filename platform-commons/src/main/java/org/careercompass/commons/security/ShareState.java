package org.careercompass.commons.security;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a share stands; only {@link #ACTIVE} lets the counselor read anything. */
@Schema(name = "ShareState", description = "ACTIVE: the counselor can read (and, for a plan, comment). INVITED: named"
        + " before they signed in here as a counselor; grants nothing until a person signed in with that username and"
        + " the counselor role accepts it (`POST /api/v1/invitations/{id}/accept`) before `invitedUntil`. EXPIRED: the"
        + " share's `expiresAt` or the invitation's `invitedUntil` has passed; grants nothing (share again to renew).")
public enum ShareState {
    ACTIVE, INVITED, EXPIRED;

    /**
     * The state a stored share is in at {@code now}: a share is stored ACTIVE or INVITED; either becomes EXPIRED when
     * its end passes.
     */
    public static ShareState at(ShareState stored, OffsetDateTime expiresAt, OffsetDateTime invitedUntil,
            OffsetDateTime now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return EXPIRED;
        }
        if (stored == ACTIVE) {
            return ACTIVE;
        }
        return invitedUntil != null && invitedUntil.isAfter(now) ? INVITED : EXPIRED;
    }
}

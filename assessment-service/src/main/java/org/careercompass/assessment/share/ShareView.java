package org.careercompass.assessment.share;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careercompass.commons.security.ShareState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of sharing. */
public final class ShareView {

    private ShareView() {
    }

    @Schema(name = "Share", description = "A counselor you let read your results")
    public record Granted(@Schema(examples = "carol") String counselor, OffsetDateTime since,
            @Schema(nullable = true, description = "When the share ends; null: until revoked") OffsetDateTime expiresAt,
            ShareState state,
            @Schema(nullable = true, description = "While INVITED: until when the counselor can accept; null otherwise") OffsetDateTime invitedUntil) {

        static Granted of(Share share, OffsetDateTime now) {
            return new Granted(share.counselorName, share.createdAt, share.expiresAt, share.stateAt(now),
                    share.state == ShareState.INVITED ? share.invitedUntil : null);
        }
    }

    @Schema(name = "Invitation", description = "A person invites you to read their results, waiting for your answer")
    public record Invitation(
            @Schema(description = "The person's id (token subject)", examples = "a1b2c3") String personId,
            @Schema(examples = "alice") String username, OffsetDateTime invitedAt,
            @Schema(description = "Accept before then") OffsetDateTime invitedUntil,
            @Schema(nullable = true, description = "When the share would end; null: until revoked") OffsetDateTime expiresAt) {
    }

    @Schema(name = "ShareRequest")
    public record Request(
            @NotBlank @Size(max = 255) @Pattern(regexp = "^[^\\s/]+$", message = "must be a username") @Schema(description = "The counselor's username", examples = "carol") String counselor,
            @jakarta.validation.constraints.Future @Schema(description = "Optional: the share ends then (ISO-8601 with offset); an expired share grants nothing. Sharing again replaces it.", examples = "2027-06-30T23:59:59Z") OffsetDateTime expiresAt) {
    }

    @Schema(name = "Client", description = "A person who shared their results with you")
    public record Client(@Schema(description = "The person's id (token subject)", examples = "a1b2c3") String personId,
            @Schema(examples = "alice") String username, OffsetDateTime since) {
    }
}

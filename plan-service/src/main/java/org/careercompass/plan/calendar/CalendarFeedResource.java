package org.careercompass.plan.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public side of calendar feeds: the secret URL is the credential, for calendar apps that cannot send tokens. */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = CalendarResource.TEXT_CALENDAR;

    @Inject
    CalendarService calendar;

    @GET
    @Path("{token}.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    // No bearer token: an empty requirement set overrides the document's OIDC requirement (OpenAPI "security": [{}])
    @SecurityRequirementsSet
    @Operation(operationId = "getCalendarFeed", summary = "Subscribe to a plan's calendar (secret URL, no token)", description = "The iCalendar of a plan's dated actions for calendar apps, which cannot send a token: the secret in the URL is the credential. Revoking the feed (or erasing your data) makes the URL answer 404.")
    @APIResponse(responseCode = "200", description = "An iCalendar document", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "401", description = "Never: the URL itself is the credential")
    @APIResponse(responseCode = "404", description = "Unknown or revoked feed")
    public String feed(@PathParam("token") String token) {
        return calendar.feed(token);
    }
}

package org.careercompass.plan.calendar;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.commons.security.Caller;
import org.careercompass.commons.web.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans/{id}")
@Tag(name = "Calendar")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Schema(name = "CalendarFeed")
    public record Feed(
            @Schema(description = "Secret URL a calendar app can subscribe to; anyone with it can read the plan's dates") String url) {
    }

    @Inject
    CalendarService calendar;

    @GET
    @Path("calendar.ics")
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getPlanCalendar", summary = "The plan's dated actions as iCalendar", description = "One all-day event per dated action that is not cancelled.")
    @APIResponse(responseCode = "200", description = "An iCalendar document", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public String ics(@PathParam("id") UUID id) {
        return calendar.ics(id);
    }

    @POST
    @Idempotent
    @Path("calendar-feed")
    @RolesAllowed(Caller.USER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCalendarFeed", summary = "Create (or replace) the plan's secret calendar feed URL", description = "For calendar apps, which cannot send tokens. Replacing invalidates the old URL.")
    @APIResponse(responseCode = "200", description = "The feed URL", content = @Content(schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    public RestResponse<Feed> createFeed(@PathParam("id") UUID id, @Context UriInfo uri) {
        String token = calendar.createFeed(id);
        return RestResponse.ok(new Feed(
                uri.getBaseUriBuilder().path("api/v1/calendar-feeds").path(token + ".ics").build().toString()));
    }

    @DELETE
    @Path("calendar-feed")
    @RolesAllowed(Caller.USER)
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the plan's calendar feed URL")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such plan of yours")
    public void revokeFeed(@PathParam("id") UUID id) {
        calendar.revokeFeed(id);
    }
}

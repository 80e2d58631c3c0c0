package org.careercompass.commons.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;

/** The owner's access log, in every service that shares (one endpoint for all of them). */
@Path("/api/v1/me/access-log")
@Tag(name = "Your data")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "careercompass.counselor-directory", stringValue = "true")
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Caller.USER, Caller.COUNSELOR })
    @Operation(operationId = "getMyAccessLog", summary = "Who read your data", description = "Every read of your data here by a counselor you shared it with (reader, request, time), newest first.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<AccessLog.Entry> accessLog(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return accessLog.of(caller.id(), PageRequest.parse(new QueryParams(), page, size));
    }
}

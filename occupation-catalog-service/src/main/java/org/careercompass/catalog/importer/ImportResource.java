package org.careercompass.catalog.importer;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.careercompass.catalog.security.Roles;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemMappers;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.web.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api/v1/imports")
@Tag(name = "Imports")
@RolesAllowed(Roles.CATALOG_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRelease", summary = "Import an O*NET release and/or a BLS OEWS wage file (catalog-admin)", description = """
            Idempotent: re-running updates, never duplicates. Transactional: a defective file changes nothing and \
            the answer names file, line and column of each defect.""")
    @APIResponse(responseCode = "200", description = "Imported; counts of what was written", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (paths)")
    @APIResponse(responseCode = "422", description = "Defective files; nothing was written. errors[].field is file:line:column")
    public RestResponse<ImportReport> importRelease(@Valid @NotNull ImportRequest body) {
        return RestResponse.ok(imports.importRelease(body));
    }

    @ServerExceptionMapper
    public Response defectiveFiles(ImportFailedException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(err -> new Problem.FieldError(err.file() + ":" + err.line() + ":" + err.column(), err.message()))
                .toList();
        return ProblemMappers.respond(ProblemType.UNPROCESSABLE, e.getMessage(), errors, uri);
    }
}

package org.careercompass.assessment.instrument;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.careercompass.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/instruments")
@Tag(name = "Instruments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @GET
    @Operation(operationId = "listInstruments", summary = "List instruments", description = "Every instrument and version with its items.")
    @APIResponse(responseCode = "200", description = "Instruments", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Instrument.class)))
    public List<Instrument> list() {
        return Instruments.all();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInstrument", summary = "Read one instrument with its items and scale", description = "The items in the order to present them, what each scores into, and the answer scale with its labels.")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(schema = @Schema(implementation = Instrument.class)))
    @APIResponse(responseCode = "404", description = "No such instrument")
    public Instrument get(@Parameter(example = "riasec-v1") @PathParam("id") String id) {
        return Instruments.find(id).orElseThrow(() -> ProblemException.notFound("Instrument", id));
    }
}

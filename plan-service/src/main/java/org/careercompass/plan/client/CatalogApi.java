package org.careercompass.plan.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's HTTP API as this service uses it. Only {@link Catalog} calls it. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogApi {

    @GET
    @Path("occupations/{code}")
    CatalogOccupation occupation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code, @QueryParam("area") String area);
}

package org.careercompass.assessment.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's HTTP API as this service uses it. Only {@link CatalogClient} calls it. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogApi {

    /** 200 with every profile, or 304 when {@code ifNoneMatch} is still current. */
    @GET
    @Path("profiles")
    Response profiles(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** 200 with the names of the knowledge areas and work activities the profiles refer to. */
    @GET
    @Path("profiles/vocabulary")
    CatalogVocabulary vocabulary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** 200 with every occupation's wages in the area, or 404 for an unknown area. */
    @GET
    @Path("areas/{code}/wages")
    CatalogAreaWages areaWages(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code);
}

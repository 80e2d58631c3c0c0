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

/** The assessment service's HTTP API as this service uses it. Only {@link Assessments} calls it. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface AssessmentApi {

    @GET
    @Path("matches/{code}")
    SkillGaps match(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code);

    @GET
    @Path("career-moves/{code}")
    CareerMove move(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
            @QueryParam("from") String from);
}

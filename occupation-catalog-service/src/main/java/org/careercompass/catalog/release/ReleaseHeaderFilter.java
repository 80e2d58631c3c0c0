package org.careercompass.catalog.release;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Names the data release in every API answer (Catalog-Release header), so a client can cite what it shows. */
public class ReleaseHeaderFilter {

    public static final String HEADER = "Catalog-Release";

    @Inject
    ReleaseService releases;

    @ServerResponseFilter
    public void addRelease(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            try {
                response.getHeaders().putSingle(HEADER, releases.current().label());
            } catch (RuntimeException e) {
                // The database is unreachable: the answer (a 503 problem) goes out without the header
            }
        }
    }
}

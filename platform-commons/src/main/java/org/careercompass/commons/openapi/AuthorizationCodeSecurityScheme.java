package org.careercompass.commons.openapi;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Publishes the bearer-token scheme as OAuth 2 with the one flow the realm's public client supports: authorization code
 * (Swagger UI adds PKCE). An {@code openIdConnect} scheme makes Swagger UI offer every grant the provider's discovery
 * document lists, password flow first. The endpoints follow the provider's address
 * ({@code quarkus.oidc.auth-server-url} plus Keycloak's {@code /protocol/openid-connect/auth|token}, the reference
 * provider) unless {@code careercompass.openapi.authorization-url} and {@code token-url} name others. Roles are not
 * OAuth scopes, so requirements list none; the roles move to the end of the operation's description. Each signed-in
 * operation also accepts the {@code token} scheme (HTTP bearer, the same token), so generated clients that are handed a
 * token send it as {@code Authorization: Bearer}.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP }, priority = -1000)
public class AuthorizationCodeSecurityScheme implements OASFilter {

    public static final String SCHEME = "oidc";
    /**
     * Named to sort after {@link #SCHEME}: openapi-generator's clients apply schemes in name order, so the last header
     * they set is this one's {@code Bearer <token>}.
     */
    public static final String BEARER = "token";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(SCHEME)) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        String base = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse("http://localhost:8180/realms/career-compass").replaceAll("/+$", "");
        String authorization = setting(config, "authorization-url").orElse(base + "/protocol/openid-connect/auth");
        String token = setting(config, "token-url").orElse(base + "/protocol/openid-connect/token");
        SecurityScheme scheme = OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Sign in with the identity provider (Keycloak): authorization code flow with PKCE, "
                        + "client `career-compass-web`. Send the access token as `Authorization: Bearer <token>`.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(authorization).tokenUrl(token)
                                .scopes(Map.of("openid", "Sign in (OpenID Connect)"))));
        openAPI.getComponents().addSecurityScheme(SCHEME, scheme);
        // The same token for clients that get it themselves (a frontend with its own sign-in, a script): generated
        // clients then send "Authorization: Bearer <token>" from a plain access token
        openAPI.getComponents().addSecurityScheme(BEARER,
                OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the realm's `career-compass-web` client (audience"
                                + " `career-compass-api`), however you obtained it"));
        if (openAPI.getSecurity() != null && openAPI.getSecurity().stream().anyMatch(r -> r.hasScheme(SCHEME))
                && openAPI.getSecurity().stream().noneMatch(r -> r.hasScheme(BEARER))) {
            openAPI.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(BEARER, java.util.List.of()));
        }
        Operations.each(openAPI, (path, operation) -> {
            if (operation.getSecurity() == null) {
                return;
            }
            java.util.List<SecurityRequirement> requirements = new java.util.ArrayList<>();
            java.util.Set<String> roles = new java.util.TreeSet<>();
            boolean signedIn = false;
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.hasScheme(BEARER)) {
                    continue; // added below, once
                }
                signedIn |= requirement.hasScheme(SCHEME);
                if (requirement.hasScheme(SCHEME) && requirement.getScheme(SCHEME) != null) {
                    roles.addAll(requirement.getScheme(SCHEME));
                }
                SecurityRequirement copy = OASFactory.createSecurityRequirement();
                requirement.getSchemes().forEach(
                        (name, scopes) -> copy.addScheme(name, SCHEME.equals(name) ? java.util.List.of() : scopes));
                requirements.add(copy);
            }
            if (signedIn) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER, java.util.List.of()));
            }
            operation.setSecurity(requirements);
            String who = "Roles: " + String.join(", ", roles) + ".";
            if (!roles.isEmpty() && (operation.getDescription() == null || !operation.getDescription().contains(who))) {
                operation.setDescription(
                        operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            }
        });
    }

    private static Optional<String> setting(Config config, String name) {
        return config.getOptionalValue("careercompass.openapi." + name, String.class).filter(s -> !s.isBlank());
    }
}

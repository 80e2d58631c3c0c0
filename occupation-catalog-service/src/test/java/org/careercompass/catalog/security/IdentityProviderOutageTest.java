package org.careercompass.catalog.security;

import org.careercompass.testing.IdentityProviderOutageContract;
import org.careercompass.testing.SwitchableIdentityProvider;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Fault drill: Keycloak down at start, back later, down again (see the contract). */
@QuarkusTest
@WithTestResource(value = SwitchableIdentityProvider.class, initArgs = @ResourceArg(name = "down", value = "true"))
class IdentityProviderOutageTest extends IdentityProviderOutageContract {

    @Override
    protected String protectedRead() {
        return "/api/v1/clusters";
    }
}

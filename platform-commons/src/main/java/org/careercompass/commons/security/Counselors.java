package org.careercompass.commons.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * The counselors a service knows: the people it has seen sign in with the counselor role. A service learns a counselor
 * from their verified token on their first request (any request; a frontend calls the counselor's inbox at sign-in),
 * and records them in its own {@code counselor} table. A share with a known counselor is active at once; a share with
 * any other username is an invitation that the person accepts once they sign in with the counselor role (so a person
 * can name their counselor before the counselor has used Career Compass). Enabled in the services that share
 * ({@code careercompass.counselor-directory=true} at build time); each migrates the table in its schema.
 */
@ApplicationScoped
@IfBuildProperty(name = "careercompass.counselor-directory", stringValue = "true")
public class Counselors implements SecurityIdentityAugmentor {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    /** How long a counselor who has not signed in yet has to accept an invitation. */
    @ConfigProperty(name = "careercompass.sharing.invitation-lifetime", defaultValue = "P30D")
    Duration invitationLifetime;

    /** Counselors already recorded by this process, so a sign-in costs one write per process, not per request. */
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Caller.COUNSELOR)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String name = Caller.nameOf(jwt);
        if (name == null || recorded.contains(name)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            signedIn(name, jwt.getSubject());
            return identity;
        });
    }

    /** Records (or refreshes) a counselor; idempotent. */
    public void signedIn(String name, String subject) {
        String sql = "INSERT INTO " + schema + ".counselor (name, subject, first_seen, last_seen) "
                + "VALUES (?, ?, now(), now()) ON CONFLICT (name) DO UPDATE SET subject = EXCLUDED.subject, last_seen = now()";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setString(2, subject == null ? "" : subject);
            statement.executeUpdate();
            recorded.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record counselor " + name, e);
        }
    }

    /** Where a share stands after its owner shares (again), and until when it can be accepted while INVITED. */
    public record Sharing(ShareState state, OffsetDateTime invitedUntil) {
    }

    /**
     * What sharing with this username at {@code now} makes of a share stored as {@code stored} (null: a new one). An
     * ACTIVE share stays ACTIVE. Otherwise it is ACTIVE for a counselor who has signed in here and INVITED, until
     * {@code now} plus the invitation lifetime, for any other name (an unknown name and a plain user get the same
     * answer, so it does not tell who has an account); an invitation grants nothing until a person signed in with that
     * username and the counselor role accepts it. Refuses the owner themself.
     */
    public Sharing share(ShareState stored, String counselor, String owner, OffsetDateTime now) {
        if (counselor.equals(owner)) {
            throw ProblemException.invalid("counselor", "is you; name a counselor");
        }
        if (stored == ShareState.ACTIVE || known(counselor)) {
            return new Sharing(ShareState.ACTIVE, null);
        }
        return new Sharing(ShareState.INVITED, now.plus(invitationLifetime));
    }

    /** After an erasure: the counselor must sign in again to be named. */
    public void forget(String name) {
        recorded.remove(name);
    }

    /** Whether this username has signed in here with the counselor role. */
    public boolean known(String name) {
        if (recorded.contains(name)) {
            return true;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("SELECT 1 FROM " + schema + ".counselor WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the counselor directory", e);
        }
    }
}

package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session that exists before login — here one that carries the page the visitor asked for —
 * gets a new id at login (ASVS V3.2.1, APP.3.1.A7), so an id planted beforehand is worth nothing.
 * The plain case is in {@code identity.LoginTests#changesTheSessionIdAtLogin}.
 */
class SessionFixationTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void theSessionIdChangesAtLoginAlsoForASessionWithASavedRequest() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var email = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        var web = new WebSession(port);
        var asked = tenant.path("/konten");

        assertThat(web.get(asked).target()).endsWith("/anmelden");
        var planted = web.sessionId().orElseThrow();

        var answer = web.login(email, Fixtures.PASSWORD);

        assertThat(answer.target()).as("back to the saved page").startsWith(asked);
        var fresh = web.sessionId().orElseThrow();
        assertThat(fresh).isNotEqualTo(planted);
        assertThat(web.getWithSession(asked, planted).target()).endsWith("/anmelden");
        assertThat(web.getWithSession(asked, fresh).status()).isEqualTo(200);
    }
}

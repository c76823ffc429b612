package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordChangeTests extends IntegrationTest {

    private static final String NEW_PASSWORD = "Mein neues langes Passwort";

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    TestTenant tenant;
    String email;
    WebSession web;

    @BeforeEach
    void signIn() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        email = fixtures.newAccount(tenant, Role.STAFF);
        web = new WebSession(port);
        web.login(email, Fixtures.PASSWORD);
        assertThat(web.get("/konto/passwort").status()).isEqualTo(200);
    }

    @Test
    void changesThePassword() {
        var page = change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(page.target()).isEqualTo(tenant.path(""));
        assertThat(web.get(tenant.path("")).body()).contains("Ihr Passwort wurde geändert.");
        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .isEqualTo("/anmelden?fehler");
        assertThat(new WebSession(port).login(email, NEW_PASSWORD).target()).doesNotContain("/anmelden");
    }

    @Test
    void endsTheAccountsOtherSessionsButNotThisOne() {
        var otherDevice = new WebSession(port);
        otherDevice.login(email, Fixtures.PASSWORD);
        assertThat(otherDevice.get(tenant.path("")).status()).isEqualTo(200);

        change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(web.get(tenant.path("")).status()).isEqualTo(200);
        assertThat(otherDevice.get(tenant.path("")).target()).isEqualTo("/anmelden?sitzungBeendet");
        assertThat(otherDevice.get("/anmelden?sitzungBeendet").body()).contains("Ihre Sitzung wurde beendet");
    }

    @Test
    void rejectsAWrongCurrentPassword() {
        assertThat(change("nicht das bisherige Passwort", NEW_PASSWORD, NEW_PASSWORD)
                        .body())
                .contains("Das bisherige Passwort ist nicht richtig.");
        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .doesNotContain("/anmelden");
    }

    @Test
    void rejectsAShortPassword() {
        assertThat(change(Fixtures.PASSWORD, "elf Zeichen", "elf Zeichen").body())
                .contains("Das Passwort muss mindestens 12 Zeichen lang sein.");
    }

    @Test
    void rejectsTheEmailAddressAsPassword() {
        var upper = email.toUpperCase();
        assertThat(change(Fixtures.PASSWORD, upper, upper).body())
                .contains("Das Passwort darf nicht Ihre E-Mail-Adresse sein.");
    }

    @Test
    void rejectsADifferentConfirmation() {
        assertThat(change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!").body())
                .contains("Die beiden Passwörter stimmen nicht überein.");
    }

    @Test
    void rejectsTheSamePasswordAgain() {
        assertThat(change(Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD)
                        .body())
                .contains("Das neue Passwort muss sich vom bisherigen unterscheiden.");
    }

    @Test
    void asksAnonymousVisitorsToSignIn() {
        assertThat(new WebSession(port).get("/konto/passwort").target()).endsWith("/anmelden");
    }

    private WebSession.Page change(String current, String password, String confirmation) {
        return web.post(
                "/konto/passwort", Map.of("current", current, "password", password, "confirmation", confirmation));
    }
}

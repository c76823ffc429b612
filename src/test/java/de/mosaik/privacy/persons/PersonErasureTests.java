package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Erasing a person now: afterwards no table names their address, and only the certificate register
 * their name; the statistical facts stay, under a random pseudonym. A second submit is harmless.
 */
class PersonErasureTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    TestTenant tenant;
    PersonFixtures persons;
    WebSession staff;

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        persons = new PersonFixtures(jdbc, tenant.id());
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void nothingButTheCertificateRegisterNamesTheErasedPerson() {
        var family = "Löschtest" + UUID.randomUUID().toString().substring(0, 8);
        var main = PersonFixtures.email("loeschen");
        var alias = PersonFixtures.email("loeschen-alt");
        var bystander = PersonFixtures.email("bleibt");
        var event = persons.event("Fachtag");
        persons.registerWithEverything(event, "Nadia", family, main);
        persons.registerWithEverything(persons.event("Workshop"), "Nadia", family, alias);
        persons.registerWithEverything(event, "Bruno", "Bleibt", bystander);
        var key = persons.key(main);
        staff.post(tenant.path("/personen/" + key + "/zusammenfuehren/" + persons.key(alias)), Map.of());
        // One of the person's events still lies ahead: the confirmation names that registration.
        var coming = persons.event("Kommender Workshop");
        persons.registerWithEverything(coming, "Nadia", family, main);
        jdbc.sql("update events.event set first_starts_at = now() + interval '30 days' where id = ?")
                .param(coming.eventId)
                .update();
        var facts = facts();

        var confirm = staff.get(tenant.path("/personen/" + key + "/loeschen"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("Was gelöscht wird", "Register der Teilnahmebescheinigungen", alias)
                .contains("Grund der Löschung");
        assertThat(Jsoup.parse(confirm.body())
                        .select("#kommende-anmeldungen li")
                        .text())
                .contains("Kommender Workshop")
                .doesNotContain("Fachtag");

        var withoutReason = staff.post(tenant.path("/personen/" + key + "/loeschen"), Map.of("reason", " "));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("Bitte geben Sie den Grund der Löschung an.");
        assertThat(tablesMentioning(main)).isNotEmpty();

        var reason = "Antrag per E-Mail " + UUID.randomUUID();
        var erased = staff.post(tenant.path("/personen/" + key + "/loeschen"), Map.of("reason", reason));
        assertThat(erased.target()).isEqualTo(tenant.path("/personen"));
        assertThat(staff.follow(erased).body()).contains("Die Person wurde gelöscht.");

        assertThat(tablesMentioning(main)).isEmpty();
        assertThat(tablesMentioning(alias)).isEmpty();
        assertThat(tablesMentioning(family)).containsExactly("certificates.certificate");
        assertThat(tablesMentioning(bystander)).contains("registration.registration", "mail.outgoing_mail");
        assertThat(jdbc.sql("select count(*) from certificates.certificate where tenant_id = ? and holder_name like ?")
                        .params(tenant.id(), "Nadia %")
                        .query(Integer.class)
                        .single())
                .as("the register keeps all three certificates")
                .isEqualTo(3);
        assertThat(facts()).isEqualTo(facts);
        assertThat(jdbc.sql("""
                        select count(distinct person_key) from reporting.participation_fact
                         where tenant_id = ? and registration_id is null and person_key like 'anon-%'
                        """).param(tenant.id()).query(Integer.class).single())
                .as("both addresses' facts under one random pseudonym")
                .isEqualTo(1);

        assertThat(jdbc.sql("""
                        select registrations || '/' || future_registrations from privacy.erasure_log
                         where tenant_id = ? and reason = ?
                        """).params(tenant.id(), reason).query(String.class).single())
                .as("the erasure log keeps the reason and what went, without naming the person")
                .isEqualTo("3/1");

        var again = staff.post(tenant.path("/personen/" + key + "/loeschen"), Map.of("reason", reason));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("schon gelöscht");
    }

    private int facts() {
        return jdbc.sql("select count(*) from reporting.participation_fact where tenant_id = ?")
                .param(tenant.id())
                .query(Integer.class)
                .single();
    }

    /** Every table of every module whose rows contain the text anywhere. */
    private List<String> tablesMentioning(String text) {
        var tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                         where table_type = 'BASE TABLE'
                           and table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg\\_%'
                         order by 1
                        """).query(String.class).list();
        var found = new ArrayList<String>();
        for (var table : tables) {
            var hits = jdbc.sql("select count(*) from " + table + " t where t::text ilike ?")
                    .param("%" + text + "%")
                    .query(Integer.class)
                    .single();
            if (hits > 0) {
                found.add(table);
            }
        }
        return found;
    }
}

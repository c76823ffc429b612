package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.domain.ErasureLog;
import de.mosaik.privacy.domain.ErasureService;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.shared.privacy.DataSubject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The erasure log proves an erasure without naming the erased person: the form refuses a reason
 * that names them, a later erasure scrubs an address typed before, and entries go after three years.
 */
class ErasureLogTests extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    IdentitySetup identity;

    @Autowired
    RetentionService retention;

    @Autowired
    ErasureService erasure;

    @Autowired
    ErasureLog log;

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
    void aReasonNamingThePersonIsRefusedAndTheFormSaysSoBeforehand() {
        var email = PersonFixtures.email("grund");
        persons.register(persons.event("Fachtag"), "Nadia", "Grundlos", email);
        var page = tenant.path("/personen/" + persons.key(email) + "/loeschen");

        var confirm = Jsoup.parse(staff.get(page).body());
        assertThat(confirm.select("#reason-hint, .kern-hint").text())
                .contains("Nennen Sie darin weder den Namen noch die E-Mail-Adresse der Person");
        assertThat(confirm.text()).contains("Ein Eintrag im Löschprotokoll", "nach drei Jahren gelöscht");

        for (var reason : new String[] {"Antrag von " + email.toUpperCase(), "Frau grundlos hat angerufen"}) {
            var refused = staff.post(page, Map.of("reason", reason));
            assertThat(refused.status()).as(reason).isEqualTo(422);
            assertThat(Jsoup.parse(refused.body())
                            .select(".kern-error, .error-summary, [role=alert]")
                            .text())
                    .contains("Der Grund der Löschung darf die Person nicht nennen");
        }
        assertThat(logEntries()).isZero();

        var erased = staff.post(page, Map.of("reason", "Antrag per E-Mail vom 3. Mai"));
        assertThat(erased.target()).isEqualTo(tenant.path("/personen"));
        assertThat(logEntries()).isEqualTo(1);
    }

    @Test
    void aLaterErasureScrubsTheAddressFromAReasonTypedBefore() {
        var email = PersonFixtures.email("spaeter");
        var id = entry("Geschwister: auch " + email.toUpperCase() + " fragt an", Instant.now());
        var subject = new DataSubject(Set.of(email), Set.of());
        assertThat(log.export(tenant.id(), subject)).hasSize(1);

        erasure.erase(tenant.id(), subject);

        assertThat(reason(id)).isEqualTo("Geschwister: auch [gelöscht] fragt an");
        assertThat(log.export(tenant.id(), subject)).isEmpty();
    }

    @Test
    void entriesAreDeletedThreeYearsAfterTheErasure() {
        var now = Instant.now();
        var threeYears = now.atZone(BERLIN).minusYears(ErasureLog.KEPT_YEARS);
        var expired = entry("Antrag, abgelaufen", threeYears.minusMinutes(1).toInstant());
        var kept = entry("Antrag, noch in der Frist", threeYears.plusMinutes(1).toInstant());

        assertThat(retention.run(tenant.id(), now).erasureLogEntriesDeleted()).isEqualTo(1);

        assertThat(count(expired)).isZero();
        assertThat(count(kept)).isEqualTo(1);
    }

    private long entry(String reason, Instant at) {
        return jdbc.sql("""
                        insert into privacy.erasure_log (tenant_id, erased_at, account_name, reason, registrations,
                            future_registrations)
                        values (?, ?, 'Sachbearbeiterin', ?, 1, 0) returning id
                        """)
                .params(tenant.id(), Timestamp.from(at), reason)
                .query(Long.class)
                .single();
    }

    private String reason(long id) {
        return jdbc.sql("select reason from privacy.erasure_log where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private int count(long id) {
        return jdbc.sql("select count(*) from privacy.erasure_log where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private int logEntries() {
        return jdbc.sql("select count(*) from privacy.erasure_log where tenant_id = ?")
                .param(tenant.id())
                .query(Integer.class)
                .single();
    }
}

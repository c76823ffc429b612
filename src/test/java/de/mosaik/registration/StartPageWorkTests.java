package de.mosaik.registration;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.RegistrationService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff start page lists what waits, each with its count and a link to where it is handled. */
class StartPageWorkTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    Fixtures fixtures;
    EventFixtures events;
    ParticipantTestSupport support;
    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        fixtures = new Fixtures(jdbc, identity);
        events = new EventFixtures(jdbc);
        support = new ParticipantTestSupport(jdbc, registrar);
        tenant = fixtures.newTenant();
    }

    @Test
    void aQuietTenantSeesOneSentenceInsteadOfEmptyBoxes() {
        var page = signedIn(Role.STAFF).get(tenant.path("")).body();

        assertThat(page).contains("Nichts zu tun").doesNotContain("data-work-item");
    }

    @Test
    void staffSeeApprovalsAndFreedSeatsWithLinksAndAdminsAlsoFailedMails() {
        var approval = events.publishedEvent(
                tenant.id(),
                "Schulung mit Freigabe",
                EventFixtures.Rules.seats(5).withApproval());
        support.register(tenant.id(), approval, ParticipantTestSupport.person("Cem", mail("cem")));
        support.register(tenant.id(), approval, ParticipantTestSupport.person("Dana", mail("dana")));
        var full = events.publishedEvent(tenant.id(), "Fachtag Vielfalt", EventFixtures.Rules.seats(1));
        support.register(tenant.id(), full, ParticipantTestSupport.person("Amira", mail("amira")));
        support.register(tenant.id(), full, ParticipantTestSupport.person("Bernd", mail("bernd")));
        // A seat frees up without the move-up having run, e.g. capacity raised behind the registrations' back.
        jdbc.sql("update events.event set capacity = 2 where id = ?")
                .param(full)
                .update();
        giveUpTwoMails();

        var staffPage = signedIn(Role.STAFF).get(tenant.path("")).body();

        assertThat(staffPage)
                .doesNotContain("Nichts zu tun")
                .contains("2 Anmeldungen warten auf Freigabe: Schulung mit Freigabe")
                .contains("href=\"" + participants(approval) + "\"")
                .contains("Platz frei, 1 Person auf der Warteliste: Fachtag Vielfalt")
                .contains("href=\"" + participants(full) + "\"")
                .doesNotContain("data-work-item=\"mail.work.failed\"");
        var adminPage = signedIn(Role.TENANT_ADMIN).get(tenant.path("")).body();
        assertThat(adminPage)
                .contains("2 Mails konnten nicht zugestellt werden")
                .contains("href=\"" + tenant.path("/postausgang") + "\"");
    }

    @Test
    void aTrainerIsSentToTheirOwnSessions() {
        var page = signedIn(Role.TRAINER).get(tenant.path(""));

        assertThat(page.target()).endsWith("/meine-termine");
        assertThat(page.body()).doesNotContain("data-work");
    }

    /** Waits until the dispatcher has handled the tenant's mails, so that it cannot overwrite the status set here. */
    private void giveUpTwoMails() {
        for (int i = 0; i < 100 && pendingMails() > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(pendingMails()).isZero();
        jdbc.sql("""
                        update mail.outgoing_mail set status = 'FAILED' where id in (
                            select id from mail.outgoing_mail where tenant_id = ? order by created_at limit 2)
                        """).param(tenant.id()).update();
    }

    private long pendingMails() {
        return jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id = ? and status = 'PENDING'")
                .param(tenant.id())
                .query(Long.class)
                .single();
    }

    private WebSession signedIn(Role role) {
        var session = new WebSession(port);
        session.login(fixtures.newAccount(tenant, role), Fixtures.PASSWORD);
        return session;
    }

    private String participants(UUID event) {
        return tenant.path("/veranstaltungen/" + event + "/anmeldungen");
    }

    private static String mail(String name) {
        return Fixtures.unique(name) + "@example.org";
    }
}

package de.mosaik.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.events.EventSeats;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.EventFixtures;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails the scheduled upkeep sends (an expired hold, the reminder before the event) and the
 * rule that one occasion yields one mail, however often it is told.
 */
class NotificationUpkeepTests extends IntegrationTest {

    private static final String TITLE = "Fachtag Antidiskriminierung";

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    RegistrationUpkeep upkeep;

    @Autowired
    RegistrationMails mails;

    @Autowired
    EventSeats seats;

    @Autowired
    TransactionTemplate transactions;

    EventFixtures events;
    TestTenant tenant;

    @BeforeEach
    void tenant() {
        events = new EventFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).newTenant();
        // The calendar file goes only with events the public can see, so the tenant is switched on
        // for the test and off again afterwards, which keeps it off the public pages of other tests.
        switchOn(true);
    }

    @AfterEach
    void switchOff() {
        switchOn(false);
    }

    private void switchOn(boolean active) {
        jdbc.sql("update identity.tenant set active = ? where id = ?")
                .params(active, tenant.id())
                .update();
    }

    @Test
    void anExpiredHoldIsToldAndTheSeatMovesOn() {
        var event = events.publishedEvent(
                tenant.id(), TITLE, EventFixtures.Rules.seats(1).withConfirmation());
        var anna = register(event, "Anna", "de");
        var bodo = register(event, "Bodo", "de");
        jdbc.sql("update registration.registration set hold_until = now() - interval '1 minute' where id = ?")
                .param(anna.id())
                .update();

        upkeep.expireHolds();
        upkeep.expireHolds();

        var expired = delivered(anna.email(), 2).get(1);
        assertThat(subject(expired)).isEqualTo("Platz nicht mehr reserviert: " + TITLE);
        assertThat(Mails.text(expired)).contains("nicht rechtzeitig bestätigt", "Testkreis " + tenant.slug());
        var moved = delivered(bodo.email(), 2).get(1);
        assertThat(subject(moved)).isEqualTo("Ein Platz ist frei – bitte bestätigen: " + TITLE);
        assertThat(status(anna.id())).isEqualTo("EXPIRED");
        assertThat(status(bodo.id())).isEqualTo("PENDING_CONFIRMATION");
        assertThat(events.seatsTaken(event)).isEqualTo(1);
        assertThat(events.waitlistCount(event)).isZero();
    }

    @Test
    void theReminderGoesOnceToConfirmedParticipants() {
        var start = Instant.now().plus(Duration.ofDays(1));
        var event = events.publishedEvent(
                tenant.id(), TITLE, EventFixtures.Rules.seats(1).startingAt(start, 2));
        var cleo = register(event, "Cleo", "de");
        var dora = register(event, "Dora", "en");

        upkeep.sendReminders();
        upkeep.sendReminders();

        var reminder = delivered(cleo.email(), 2).get(1);
        assertThat(subject(reminder)).isEqualTo("Erinnerung: " + TITLE);
        assertThat(Mails.text(reminder)).contains("wir erinnern Sie an", "Testkreis " + tenant.slug(), "Frau Test");
        assertThat(Mails.attachments(reminder)).containsExactly("veranstaltung.ics", "check-in-qr-code.png");
        // Waitlisted people get no reminder.
        delivered(dora.email(), 1);
    }

    @Test
    void oneOccasionOneMail() {
        var event = events.publishedEvent(tenant.id(), TITLE, EventFixtures.Rules.seats(3));
        var email = Fixtures.unique("einmal") + "@example.org";
        var emil = registrar
                .registerByStaff(
                        tenant.id(),
                        event,
                        new Applicant("Emil", "Muster", email, "", null, Map.of(), "", "de"),
                        UUID.randomUUID().toString(),
                        false,
                        new Actor(UUID.randomUUID(), "Test"))
                .registration();
        var terms = seats.terms(tenant.id(), event).orElseThrow();

        transactions.executeWithoutResult(status -> {
            mails.tell(Notice.CONFIRMED, emil, terms, "doppelt", "");
            mails.tell(Notice.CONFIRMED, emil, terms, "doppelt", "");
        });
        transactions.executeWithoutResult(status -> mails.tell(Notice.CONFIRMED, emil, terms, "doppelt", ""));

        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where occasion like ?")
                        .param("registration/" + emil.id() + "/confirmed/doppelt")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        delivered(email, 1);
    }

    private Registration register(UUID event, String name, String locale) {
        return registrar
                .register(
                        tenant.id(),
                        event,
                        new Applicant(
                                name,
                                "Muster",
                                Fixtures.unique(name.toLowerCase()) + "@example.org",
                                "",
                                null,
                                Map.of(),
                                "",
                                locale),
                        Source.WEB,
                        UUID.randomUUID().toString())
                .registration();
    }

    private List<MimeMessage> delivered(String address, int count) {
        Poll.until(
                "the outbox to send every mail to " + address,
                Duration.ofSeconds(15),
                () -> jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and status <> 'SENT'")
                                .param(address)
                                .query(Integer.class)
                                .single()
                        == 0);
        var received = Mails.await(SMTP, address, count);
        assertThat(received).as("mails to %s", address).hasSize(count);
        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                        .param(address)
                        .query(Integer.class)
                        .single())
                .isEqualTo(count);
        return received;
    }

    private String status(UUID registration) {
        return jdbc.sql("select status from registration.registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

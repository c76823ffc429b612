package de.mosaik.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.EventFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Made-up addresses cannot keep an event's seats from others (ADR 0015): unconfirmed registrations
 * hold at most a tenth of the seats (at least three) and only for an hour; then the seat goes on.
 */
class SeatSquattingTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    PersonalLinkService desk;

    @Autowired
    RegistrationUpkeep upkeep;

    EventFixtures events;
    TestTenant tenant;

    @BeforeEach
    void tenant() {
        events = new EventFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).newTenant();
    }

    @Test
    void aScriptOfUnconfirmedRegistrationsHoldsNoMoreThanTheCap() {
        var event = events.publishedEvent(
                tenant.id(), "Fachtag 40 Plätze", EventFixtures.Rules.seats(40).withConfirmation());
        var squatters = new ArrayList<Registration>();
        for (int i = 0; i < 30; i++) {
            squatters.add(register(event, "Erfunden" + i));
        }

        // A tenth of 40 seats: four are held, everybody else waits; 36 seats stay free.
        assertThat(events.seatsTaken(event)).isEqualTo(4);
        assertThat(count(event, "PENDING_CONFIRMATION")).isEqualTo(4);
        assertThat(count(event, "WAITLISTED")).isEqualTo(26);
        var held = squatters.get(0);
        assertThat(held.holdUntil()).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(61)));

        // A real person, registered while the cap is reached, gets a free seat by confirming the address.
        var real = register(event, "Echt");
        assertThat(real.status().name()).isEqualTo("WAITLISTED");
        // The mail says why and that confirming gets the seat, not that the event is full.
        assertThat(jdbc.sql("""
                                select count(*) from mail.outgoing_mail where recipient = ?
                                and occasion like 'registration/%/waitlisted_confirm_for_seat/%'
                                """).param(real.email()).query(Integer.class).single())
                .isEqualTo(1);
        var confirmed = desk.confirm(tenant.id(), real.manageToken()).orElseThrow();
        assertThat(confirmed.status().name()).isEqualTo("CONFIRMED");
        assertThat(events.seatsTaken(event)).isEqualTo(5);
        assertThat(count(event, "PENDING_CONFIRMATION")).isEqualTo(4);
    }

    @Test
    void anExpiredHoldGivesTheSeatToTheWaitlist() {
        var event = events.publishedEvent(
                tenant.id(), "Workshop 3 Plätze", EventFixtures.Rules.seats(3).withConfirmation());
        var squatters = new ArrayList<Registration>();
        for (int i = 0; i < 3; i++) {
            squatters.add(register(event, "Erfunden" + i));
        }
        assertThat(events.seatsTaken(event)).isEqualTo(3);
        var real = register(event, "Echt");
        assertThat(real.status().name()).isEqualTo("WAITLISTED");
        // Confirming while the event is full keeps the place in line; nobody is passed over.
        assertThat(desk.confirm(tenant.id(), real.manageToken())
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("WAITLISTED");

        jdbc.sql("update registration.registration set hold_until = now() - interval '1 minute' where event_id = ?"
                        + " and status = 'PENDING_CONFIRMATION'")
                .param(event)
                .update();
        upkeep.expireHolds();

        assertThat(count(event, "EXPIRED")).isEqualTo(3);
        assertThat(status(real.id())).isEqualTo("CONFIRMED");
        assertThat(events.waitlistCount(event)).isZero();
        assertThat(events.seatsTaken(event)).isEqualTo(1);
    }

    private Registration register(UUID event, String name) {
        return registrar
                .register(
                        tenant.id(),
                        event,
                        new Applicant(
                                name,
                                "Muster",
                                Fixtures.unique(name.toLowerCase()) + "@example.invalid",
                                "",
                                null,
                                Map.of(),
                                "",
                                "de"),
                        Source.WEB,
                        UUID.randomUUID().toString())
                .registration();
    }

    private int count(UUID event, String status) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ? and status = ?")
                .params(event, status)
                .query(Integer.class)
                .single();
    }

    private String status(UUID registration) {
        return jdbc.sql("select status from registration.registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
    }
}

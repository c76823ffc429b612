package de.mosaik.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.IntegrationTest;
import de.mosaik.certificates.PastCertificates;
import de.mosaik.events.EventStatus;
import de.mosaik.events.PastEvents;
import de.mosaik.feedback.PastFeedback;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo records its past through the owners' APIs for past records: what they wrote keeps the
 * owners' rules, and the APIs refuse what would break them.
 */
class DemoPastRecordsTests extends IntegrationTest {

    @Autowired
    PastFeedback feedback;

    @Autowired
    PastEvents events;

    @Autowired
    PastCertificates certificates;

    @Test
    void eachDemoTenantHasOneRevokedCertificateAndTheOthersAreDatedTheDayTheyWereIssued() {
        assertThat(jdbc.sql("""
                        select count(*) from certificates.certificate
                        where issued_by is null and issued_by_name = 'Jonas Becker' and revoked_at is not null
                          and revoked_at = issued_at + interval '3 days'
                        group by tenant_id
                        """).query(Long.class).list()).hasSize(3).containsOnly(1L);
        assertThat(jdbc.sql("""
                        select count(*) from certificates.certificate
                        where issued_by is null and issued_by_name = 'Jonas Becker'
                          and content ->> 'issuedOn' <> to_char((issued_at at time zone 'Europe/Berlin')::date, 'YYYY-MM-DD')
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void noDemoEventHasMoreFeedbackResponsesThanUsedInvitations() {
        assertThat(jdbc.sql("""
                        select count(*) from events.event e
                        join feedback.settings s on s.event_id = e.id
                        where s.invited_at = e.last_ends_at + interval '15 minutes'
                          and (select count(*) from feedback.response r where r.event_id = e.id)
                            > (select count(*) from feedback.invitation i where i.event_id = e.id and i.responded)
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from feedback.response r join events.event e on e.id = r.event_id
                        join feedback.settings s on s.event_id = e.id
                        where s.invited_at = e.last_ends_at + interval '15 minutes'
                        """).query(Long.class).single()).isPositive();
    }

    @Test
    void everyMarkOfTheDemoTrainerIsLogged() {
        assertThat(jdbc.sql("""
                        select count(*) from attendance.mark m
                        where m.recorded_by_name = 'Selin Arslan'
                          -- the demo's past marks, not those other tests take today
                          and m.recorded_at < now() - interval '1 day'
                          and not exists (select 1 from attendance.mark_change c
                                          where c.session_id = m.session_id and c.registration_id = m.registration_id)
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void aPastRoundCannotHaveMoreResponsesThanUsedInvitations() {
        var response = new PastFeedback.PastResponse(LocalDate.of(2023, 5, 4), 4, 4, 5, null, "");
        assertThatThrownBy(() -> feedback.recordRound(
                        UUID.randomUUID(), UUID.randomUUID(), Instant.now(), List.of(), List.of(response)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPastEventNeedsASession() {
        var now = Instant.now();
        var event = new PastEvents.PastEvent(
                EventStatus.HELD,
                UUID.randomUUID(),
                "Ohne Termine",
                "",
                "",
                List.of(),
                List.of(),
                List.of("de"),
                "",
                "",
                "",
                null,
                0,
                now,
                now,
                false,
                true,
                "",
                null,
                now,
                now,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertThatThrownBy(() -> events.record(UUID.randomUUID(), List.of(event)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleIsRecordedOnlyForAnEventOfTheTenant() {
        assertThat(certificates.recordRule(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new PastCertificates.PastRule(true, 80, "Dr. Katrin Vogel", "Leitung", "Düren")))
                .isFalse();
    }
}

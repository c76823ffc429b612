package de.mosaik.demo;

import de.mosaik.demo.DemoHistoryPlan.Event;
import de.mosaik.demo.DemoHistoryPlan.Mark;
import de.mosaik.events.TermKind;
import de.mosaik.shared.security.Tokens;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a planned history in JDBC batches: events, sessions, registrations, then cancellations and
 * attendance marks. Registrations carry their historic creation time and marks the event day, so
 * the reporting triggers date the participation facts as they would have been known then.
 */
final class DemoHistoryWriter {

    private static final Set<String> PROGRAMME_TITLES = DemoTenants.all().stream()
            .flatMap(tenant -> DemoEventCatalogue.forTenant(tenant.slug()).events().stream())
            .map(event -> event.title)
            .collect(Collectors.toUnmodifiableSet());

    /** What the tenant's own programme already holds and the history reuses. */
    record Host(
            UUID tenantId,
            String centreName,
            String contactName,
            String contactEmail,
            String contactPhone,
            List<UUID> venues,
            Trainer trainer,
            List<UUID> externalSpeakers) {}

    /** The tenant's own trainer, who gives the trainings and takes attendance. */
    record Trainer(@Nullable UUID speakerId, @Nullable UUID accountId, String name) {}

    private final JdbcTemplate jdbc;
    private final Host host;
    private final DemoTerms terms;

    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> sessions = new ArrayList<>();
    private final List<Object[]> speakers = new ArrayList<>();
    private final List<Object[]> changes = new ArrayList<>();
    private final List<Object[]> registrations = new ArrayList<>();
    private final List<Object[]> cancellations = new ArrayList<>();
    private final List<Object[]> marks = new ArrayList<>();

    DemoHistoryWriter(JdbcTemplate jdbc, Host host, DemoTerms terms) {
        this.jdbc = jdbc;
        this.host = host;
        this.terms = terms;
    }

    void write(List<Event> planned) {
        for (int i = 0; i < planned.size(); i++) {
            add(planned.get(i), i);
        }
        jdbc.batchUpdate("""
                insert into events.event (id, tenant_id, status, format_id, title, summary, topic_ids, target_group_ids,
                    contact_name, contact_email, contact_phone, capacity, seats_taken, registration_opens_at,
                    registration_closes_at, consent_text, first_starts_at, last_ends_at, has_online, has_venue,
                    created_at, updated_at)
                values (?, ?, 'HELD', ?, ?, ?, cast(? as uuid[]), cast(? as uuid[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?)
                """, events);
        jdbc.batchUpdate("""
                insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, venue_id, online,
                    online_url, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, sessions);
        jdbc.batchUpdate(
                "insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)", speakers);
        jdbc.batchUpdate("""
                insert into events.event_change (tenant_id, event_id, changed_at, account_name, description)
                values (?, ?, ?, ?, ?)
                """, changes);
        jdbc.batchUpdate("""
                insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name, email,
                    email_normalized, institution, target_group_id, consent_text, consent_version, consented_at, locale,
                    source, idempotency_key, manage_token, email_confirmed, reminded_at, created_at, updated_at)
                values (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'WEB', ?, ?, true, ?, ?, ?)
                """, registrations);
        // Confirmed first and cancelled later, as it happened: the facts keep both versions.
        jdbc.batchUpdate("""
                update registration.registration
                   set status = 'CANCELLED', cancelled_at = ?, cancelled_by = 'PARTICIPANT', updated_at = ?,
                       reminded_at = null, version = 1
                 where id = ? and tenant_id = ?
                """, cancellations);
        jdbc.batchUpdate("""
                insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, note, source,
                    recorded_at, recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, 'LIST', ?, ?, ?)
                """, marks);
        jdbc.update("""
                insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id, previous_status,
                    status, note, source, late, changed_at, account_id, account_name)
                select m.tenant_id, m.event_id, m.session_id, m.registration_id, null, m.status, m.note, m.source,
                       false, m.recorded_at, m.recorded_by, m.recorded_by_name
                  from attendance.mark m
                 where m.tenant_id = ?
                   and not exists (select 1 from attendance.mark_change c
                                    where c.session_id = m.session_id and c.registration_id = m.registration_id)
                """, host.tenantId());
    }

    private void add(Event event, int index) {
        var id = UUID.randomUUID();
        var kind = event.kind();
        var firstStart = event.firstStart();
        var createdAt = firstStart.minus(Duration.ofDays(56));
        var title = title(kind.title(), firstStart);
        var consent = DemoEventCatalogue.consentText(host.centreName(), title);
        long seats = event.registrations().stream()
                .filter(r -> r.cancelledAt() == null)
                .count();
        var venue = event.online() || host.venues().isEmpty()
                ? null
                : host.venues().get(index % host.venues().size());
        events.add(new Object[] {
            id,
            host.tenantId(),
            terms.id(TermKind.FORMAT, kind.format()),
            title,
            kind.summary(),
            array(terms.ids(TermKind.TOPIC, kind.topics())),
            array(terms.ids(TermKind.TARGET_GROUP, kind.targetGroups())),
            host.contactName(),
            host.contactEmail(),
            host.contactPhone(),
            event.capacity(),
            seats,
            ts(createdAt.plus(Duration.ofDays(1))),
            ts(firstStart.minus(Duration.ofDays(1))),
            consent,
            ts(firstStart),
            ts(event.lastEnd()),
            event.online(),
            venue != null,
            ts(createdAt),
            ts(event.lastEnd().plus(Duration.ofDays(1)))
        });
        var sessionIds = new ArrayList<UUID>();
        for (int position = 0; position < event.sessions().size(); position++) {
            var session = event.sessions().get(position);
            var sessionId = UUID.randomUUID();
            sessionIds.add(sessionId);
            sessions.add(new Object[] {
                sessionId,
                id,
                host.tenantId(),
                position,
                ts(session.startsAt()),
                ts(session.endsAt()),
                venue,
                event.online(),
                event.online() ? "https://meet.example.org/ki-" + id.toString().substring(0, 8) : "",
                event.sessions().size() > 1 ? "Modul " + (position + 1) : ""
            });
        }
        var speaker = speaker(kind.external(), index);
        if (speaker != null) {
            speakers.add(new Object[] {id, speaker});
        }
        changes.add(new Object[] {host.tenantId(), id, ts(createdAt), host.contactName(), "Veranstaltung angelegt"});
        changes.add(new Object[] {
            host.tenantId(),
            id,
            ts(createdAt.plus(Duration.ofHours(20))),
            host.contactName(),
            "Veranstaltung veröffentlicht"
        });
        changes.add(new Object[] {
            host.tenantId(),
            id,
            ts(event.lastEnd().plus(Duration.ofDays(1))),
            host.contactName(),
            "Status: durchgeführt"
        });
        for (var registration : event.registrations()) {
            addRegistration(id, consent, firstStart, sessionIds, event, registration);
        }
    }

    private void addRegistration(
            UUID eventId,
            String consent,
            Instant firstStart,
            List<UUID> sessionIds,
            Event event,
            DemoHistoryPlan.Registration registration) {
        var id = UUID.randomUUID();
        var person = registration.person();
        var createdAt = registration.createdAt();
        registrations.add(new Object[] {
            id,
            host.tenantId(),
            eventId,
            person.givenName(),
            person.familyName(),
            person.email(),
            person.email().toLowerCase(Locale.ROOT),
            person.institution(),
            terms.id(TermKind.TARGET_GROUP, person.targetGroup()),
            consent,
            ts(createdAt),
            person.locale(),
            "demo-history-" + id,
            Tokens.urlSafe(),
            ts(
                    firstStart.minus(Duration.ofDays(2)).isAfter(createdAt)
                            ? firstStart.minus(Duration.ofDays(2))
                            : createdAt),
            ts(createdAt),
            ts(createdAt)
        });
        if (registration.cancelledAt() != null) {
            var at = ts(registration.cancelledAt());
            cancellations.add(new Object[] {at, at, id, host.tenantId()});
            return;
        }
        for (int i = 0; i < sessionIds.size(); i++) {
            var mark = registration.marks().get(i);
            var session = event.sessions().get(i);
            marks.add(new Object[] {
                host.tenantId(),
                eventId,
                sessionIds.get(i),
                id,
                mark.name(),
                mark == Mark.EXCUSED ? "Krankmeldung per Mail" : "",
                ts(session.endsAt().minus(Duration.ofMinutes(20))),
                host.trainer().accountId(),
                host.trainer().name()
            });
        }
    }

    /**
     * The programme's own events keep their titles to themselves (its tests and pages find them by
     * title); a past run of the same training is told apart by its year.
     */
    private static String title(String title, Instant firstStart) {
        return PROGRAMME_TITLES.contains(title)
                ? title + " (" + firstStart.atZone(BerlinTime.ZONE).getYear() + ")"
                : title;
    }

    private @Nullable UUID speaker(boolean external, int index) {
        if (external && !host.externalSpeakers().isEmpty()) {
            return host.externalSpeakers().get(index % host.externalSpeakers().size());
        }
        return host.trainer().speakerId();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A PostgreSQL array literal of ids. */
    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}

package de.mosaik.privacy.persons;

import de.mosaik.Fixtures;
import de.mosaik.certificates.CertificateScenario;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persons of a test tenant with something in every table that keeps participant data, written
 * straight into the tables so that these tests do not depend on the forms of other modules.
 */
final class PersonFixtures {

    private final JdbcClient jdbc;
    final UUID tenantId;

    PersonFixtures(JdbcClient jdbc, UUID tenantId) {
        this.jdbc = jdbc;
        this.tenantId = tenantId;
    }

    /** A held event with two sessions. */
    CertificateScenario event(String title) {
        return new CertificateScenario(jdbc, tenantId, Fixtures.unique(title));
    }

    static String email(String name) {
        return Fixtures.unique(name).toLowerCase() + "@persons-test.example";
    }

    /** A confirmed registration with answers and accessibility needs. */
    UUID register(CertificateScenario event, String given, String family, String email) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, answers, accessibility_needs, consent_text,
                            consent_version, consented_at, locale, source, idempotency_key, manage_token, email_confirmed)
                        values (?, ?, ?, 'CONFIRMED', ?, ?, ?, lower(?), 'Grundschule am Park', '{"frage":"Antwort von Hand"}',
                            'Rollstuhlgerechter Platz', 'Einwilligung', 1, now(), 'de', 'STAFF', ?, ?, true)
                        """)
                .params(
                        id,
                        tenantId,
                        event.eventId,
                        given,
                        family,
                        email,
                        email,
                        id.toString(),
                        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
                .update();
        return id;
    }

    /** A registration and a row in every other table that keeps data about its person. */
    UUID registerWithEverything(CertificateScenario event, String given, String family, String email) {
        var registration = register(event, given, family, email);
        var name = given + " " + family;
        jdbc.sql("""
                        insert into registration.registration_change (tenant_id, registration_id, account_name, description)
                        values (?, ?, 'Testperson', ?)
                        """).params(tenantId, registration, "Angemeldet: " + name).update();
        jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, note, source,
                            recorded_by_name)
                        values (?, ?, ?, ?, 'ATTENDED', 'kam später', 'LIST', 'Test')
                        """)
                .params(tenantId, event.eventId, event.longSession, registration)
                .update();
        jdbc.sql("""
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id, status, note,
                            source, late, account_name)
                        values (?, ?, ?, ?, 'ATTENDED', 'kam später', 'LIST', false, 'Test')
                        """)
                .params(tenantId, event.eventId, event.longSession, registration)
                .update();
        jdbc.sql("insert into attendance.check_in_pass (registration_id, tenant_id, token) values (?, ?, ?)")
                .params(registration, tenantId, UUID.randomUUID().toString())
                .update();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_by_name)
                        values (?, ?, ?, 'EVENT', ?, ?, ?, ?, lower(?), 'de', cast(? as jsonb), 'Test')
                        """)
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        "MSK-P" + UUID.randomUUID().toString().substring(0, 12),
                        event.eventId,
                        registration,
                        name,
                        email,
                        email,
                        "{\"holderName\":\"" + name + "\",\"title\":\"Fachtag Sprache\"}")
                .update();
        jdbc.sql("""
                        insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at)
                        values (?, ?, ?, ?, now())
                        """)
                .params(registration, tenantId, event.eventId, UUID.randomUUID().toString())
                .update();
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, expires_at)
                        values (?, ?, lower(?), now() + interval '1 hour')
                        """).params(UUID.randomUUID().toString(), tenantId, email).update();
        var mail = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status)
                        values (?, ?, ?, 'Ihre Anmeldung', ?, ?, 'SENT')
                        """)
                .params(mail, tenantId, email, "Guten Tag " + name + ", Sie sind angemeldet.", "<" + mail + "@test>")
                .update();
        jdbc.sql("""
                        insert into mail.outgoing_attachment (mail_id, position, file_name, content_type, content)
                        values (?, 0, 'termin.ics', 'text/calendar', ?)
                        """).params(mail, "BEGIN:VCALENDAR".getBytes()).update();
        return registration;
    }

    String key(String email) {
        return jdbc.sql("select reporting.person_key(?, lower(?))")
                .params(tenantId, email)
                .query(String.class)
                .single();
    }

    /** How many distinct persons the statistical facts of these registrations name. */
    int distinctPersons(UUID... registrations) {
        return jdbc.sql(
                        "select count(distinct person_key) from reporting.participation_fact where registration_id in (:ids)")
                .param("ids", java.util.List.of(registrations))
                .query(Integer.class)
                .single();
    }
}

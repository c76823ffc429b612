package de.mosaik.selfservice;

import de.mosaik.Fixtures;
import de.mosaik.registration.EventFixtures;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events and registrations at the active demo tenants for the tests of a person's own record,
 * written straight into the tables, so these tests do not depend on the registration forms.
 */
public final class SelfServiceFixtures {

    public static final String DUEREN = "kreis-dueren";
    public static final String DUISBURG = "stadt-duisburg";

    private final JdbcClient jdbc;
    private final EventFixtures events;
    private final Fixtures fixtures;

    public SelfServiceFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new EventFixtures(jdbc);
        this.fixtures = new Fixtures(jdbc, null);
    }

    public UUID tenant(String slug) {
        return fixtures.tenantId(slug);
    }

    /** A published event at the tenant with one session, starting at {@code startsAt}. */
    public UUID event(String slug, String title, Instant startsAt) {
        return events.publishedEvent(
                tenant(slug), title, EventFixtures.Rules.seats(20).startingAt(startsAt, null));
    }

    /** A registration with {@code status}; returns its personal-page token. */
    public String register(String slug, UUID event, String email, String status, String locale) {
        var token = UUID.randomUUID().toString().replace("-", "") + "x";
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, consent_text, consent_version, consented_at, locale, source,
                            idempotency_key, manage_token, hold_until, waitlist_seq)
                        values (?, ?, ?, ?, 'Ayşe', 'Yılmaz', ?, ?, 'Einwilligung', 1, now(), ?, 'WEB', ?, ?,
                            case when ? = 'PENDING_CONFIRMATION' then now() + interval '1 day' end,
                            case when ? = 'WAITLISTED' then nextval('registration.waitlist_order') end)
                        """)
                .params(
                        UUID.randomUUID(),
                        tenant(slug),
                        event,
                        status,
                        email,
                        email.strip().toLowerCase(Locale.ROOT),
                        locale,
                        UUID.randomUUID().toString(),
                        token,
                        status,
                        status)
                .update();
        return token;
    }

    /** Marks the person's attendance of every session of the event. */
    public void mark(String manageToken, String status) {
        jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, source,
                            recorded_by_name)
                        select r.tenant_id, r.event_id, s.id, r.id, ?, 'LIST', 'Selin Arslan'
                        from registration.registration r join events.session s on s.event_id = r.event_id
                        where r.manage_token = ?
                        """).params(status, manageToken).update();
    }

    public int queuedMails(String recipient) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where lower(recipient) = lower(?)")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    /** Lets the link with this token run out, as if it had been sent two hours ago. */
    public void expire(String token) {
        jdbc.sql("""
                        update selfservice.magic_link
                        set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
                        where token_hash = ?
                        """).param(sha256(token)).update();
    }

    public Instant expiresAt(String token) {
        return jdbc.sql("select expires_at from selfservice.magic_link where token_hash = ?")
                .param(sha256(token))
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    public void clearRateLimits() {
        jdbc.sql("delete from shared.rate_limit_hit where bucket like 'selfservice-%'")
                .update();
    }

    public static String email(String prefix) {
        return Fixtures.unique(prefix) + "@example.org";
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

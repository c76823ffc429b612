package de.mosaik.certificates.domain;

import de.mosaik.certificates.HeldCertificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates and rules, and what they need of events, participants and attendance, read through the
 * views those modules publish (ADR 0018). Every query filters by tenant.
 */
@Repository
class CertificateRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- events, registrations, attendance (read only) ---

    record EventFacts(
            UUID id, String title, String format, @Nullable Instant lastEndsAt) {}

    record SessionFacts(UUID id, int position, Instant startsAt, Instant endsAt, String place, boolean online) {}

    /** Events that ended since {@code since} and have confirmed participants without a valid certificate. */
    List<UUID> endedWithUncertifiedParticipants(UUID tenantId, Instant since, Instant now) {
        return jdbc.sql("""
                        select e.id from events.v_event e
                        where e.tenant_id = ? and not e.cancelled and e.last_ends_at >= ? and e.last_ends_at < ?
                          and exists (select 1 from registration.v_participant r
                                      where r.event_id = e.id and r.tenant_id = e.tenant_id
                                        and not exists (select 1 from certificates.certificate c
                                                        where c.registration_id = r.id and c.revoked_at is null))
                        order by e.last_ends_at
                        """)
                .params(tenantId, java.sql.Timestamp.from(since), java.sql.Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    Optional<EventFacts> event(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select e.id, e.title, e.format_name as format, e.last_ends_at
                        from events.v_event e
                        where e.tenant_id = ? and e.id = ?
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new EventFacts(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("format"),
                        instant(rs, "last_ends_at")))
                .optional();
    }

    List<SessionFacts> sessions(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select s.id, s.position, s.starts_at, s.ends_at, s.online,
                               concat_ws(', ', nullif(s.venue_name, ''), nullif(s.venue_room, ''), nullif(s.venue_city, '')) as place
                        from events.v_session s
                        where s.tenant_id = ? and s.event_id = ?
                        order by s.starts_at, s.position
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new SessionFacts(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        rs.getString("place"),
                        rs.getBoolean("online")))
                .list();
    }

    List<String> topics(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select name from events.v_event_topic
                        where tenant_id = ? and event_id = ?
                        order by position, name
                        """).params(tenantId, eventId).query(String.class).list();
    }

    List<String> speakers(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select name from events.v_event_speaker
                        where tenant_id = ? and event_id = ?
                        order by position
                        """).params(tenantId, eventId).query(String.class).list();
    }

    List<Participant> confirmedParticipants(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select id, given_name, family_name, email, email_normalized, institution, locale
                        from registration.v_participant
                        where tenant_id = ? and event_id = ?
                        order by lower(family_name), lower(given_name), id
                        """)
                .params(tenantId, eventId)
                .query(CertificateRepository::participant)
                .list();
    }

    Optional<Participant> confirmedParticipant(UUID tenantId, UUID eventId, UUID registrationId) {
        return jdbc.sql("""
                        select id, given_name, family_name, email, email_normalized, institution, locale
                        from registration.v_participant
                        where tenant_id = ? and event_id = ? and id = ?
                        """)
                .params(tenantId, eventId, registrationId)
                .query(CertificateRepository::participant)
                .optional();
    }

    /** The registration behind a personal link's secret. */
    Optional<UUID> registrationByToken(UUID tenantId, String token) {
        return jdbc.sql("select id from registration.v_registration_link where tenant_id = ? and manage_token = ?")
                .params(tenantId, token)
                .query(UUID.class)
                .optional();
    }

    /** The normalised address of the registration behind a personal link's secret. */
    Optional<String> addressByToken(UUID tenantId, String token) {
        return jdbc.sql("""
                        select r.email_normalized from registration.v_registration_link l
                        join registration.v_registration r on r.id = l.id
                        where l.tenant_id = ? and l.manage_token = ?
                        """).params(tenantId, token).query(String.class).optional();
    }

    Optional<String> manageToken(UUID tenantId, UUID registrationId) {
        return jdbc.sql("select manage_token from registration.v_registration_link where tenant_id = ? and id = ?")
                .params(tenantId, registrationId)
                .query(String.class)
                .optional();
    }

    /** Registration id → sessions marked as attended. */
    Map<UUID, Set<UUID>> attendedSessions(UUID tenantId, UUID eventId) {
        var result = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                        select registration_id, session_id from attendance.v_mark
                        where tenant_id = ? and event_id = ? and attended
                        """).params(tenantId, eventId).query(rs -> {
            result.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new HashSet<>())
                    .add(rs.getObject("session_id", UUID.class));
        });
        return result;
    }

    // --- rules ---

    Optional<CertificateRule> rule(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select event_id, threshold, min_percent, teaching_units, signer_name, signer_role, place, version
                        from certificates.rule where tenant_id = ? and event_id = ?
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new CertificateRule(
                        rs.getObject("event_id", UUID.class),
                        Threshold.valueOf(rs.getString("threshold")),
                        rs.getInt("min_percent"),
                        rs.getBigDecimal("teaching_units"),
                        rs.getString("signer_name"),
                        rs.getString("signer_role"),
                        rs.getString("place"),
                        rs.getInt("version")))
                .optional();
    }

    /** Saves the rule if nobody changed it since {@code rule.version()} was read (-1: not saved yet). */
    boolean saveRule(UUID tenantId, CertificateRule rule) {
        if (rule.version() < 0) {
            return jdbc.sql("""
                                    insert into certificates.rule
                                        (event_id, tenant_id, threshold, min_percent, teaching_units, signer_name, signer_role, place)
                                    values (?, ?, ?, ?, ?, ?, ?, ?)
                                    on conflict (event_id) do nothing
                                    """)
                            .params(
                                    rule.eventId(),
                                    tenantId,
                                    rule.threshold().name(),
                                    rule.minPercent(),
                                    rule.teachingUnits(),
                                    rule.signerName(),
                                    rule.signerRole(),
                                    rule.place())
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                                update certificates.rule
                                set threshold = ?, min_percent = ?, teaching_units = ?, signer_name = ?, signer_role = ?,
                                    place = ?, version = version + 1
                                where tenant_id = ? and event_id = ? and version = ?
                                """)
                        .params(
                                rule.threshold().name(),
                                rule.minPercent(),
                                rule.teachingUnits(),
                                rule.signerName(),
                                rule.signerRole(),
                                rule.place(),
                                tenantId,
                                rule.eventId(),
                                rule.version())
                        .update()
                == 1;
    }

    Optional<CertificateRule.TenantDefaults> tenantDefaults(UUID tenantId) {
        return jdbc.sql("select signer_name, signer_role, place from certificates.tenant_defaults where tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> new CertificateRule.TenantDefaults(
                        rs.getString("signer_name"), rs.getString("signer_role"), rs.getString("place")))
                .optional();
    }

    void saveTenantDefaults(UUID tenantId, CertificateRule.TenantDefaults defaults) {
        jdbc.sql("""
                        insert into certificates.tenant_defaults (tenant_id, signer_name, signer_role, place)
                        values (?, ?, ?, ?)
                        on conflict (tenant_id) do update
                        set signer_name = excluded.signer_name, signer_role = excluded.signer_role, place = excluded.place
                        """)
                .params(tenantId, defaults.signerName(), defaults.signerRole(), defaults.place())
                .update();
    }

    // --- certificates ---

    record NewCertificate(
            UUID id,
            UUID tenantId,
            String number,
            CertificateContent.Kind kind,
            @Nullable UUID eventId,
            @Nullable UUID programmeId,
            @Nullable UUID registrationId,
            String holderName,
            String holderEmail,
            String holderEmailNormalized,
            String locale,
            CertificateContent content,
            @Nullable UUID issuedBy,
            String issuedByName) {}

    /**
     * Stores the certificate; false when the registration (or, for a programme, the person) already
     * holds a valid one, so that issuing twice is harmless.
     */
    boolean insert(NewCertificate c) {
        return insert(c, null);
    }

    /** Stores a certificate as {@link #insert(NewCertificate)} does, issued at {@code issuedAt} (now when null). */
    boolean insert(NewCertificate c, @Nullable Instant issuedAt) {
        return jdbc.sql("""
                                insert into certificates.certificate
                                    (id, tenant_id, number, kind, event_id, programme_id, registration_id, holder_name,
                                     holder_email, holder_email_normalized, locale, content, issued_by, issued_by_name,
                                     issued_at)
                                values (:id, :tenant, :number, :kind, :event, :programme, :registration, :holder,
                                        :email, :emailNormalized, :locale, cast(:content as jsonb), :issuedBy, :issuedByName,
                                        coalesce(:issuedAt, now()))
                                on conflict do nothing
                                """)
                        .param("issuedAt", issuedAt == null ? null : Timestamp.from(issuedAt), Types.TIMESTAMP)
                        .param("id", c.id())
                        .param("tenant", c.tenantId())
                        .param("number", c.number())
                        .param("kind", c.kind().name())
                        .param("event", c.eventId())
                        .param("programme", c.programmeId())
                        .param("registration", c.registrationId())
                        .param("holder", c.holderName())
                        .param("email", c.holderEmail())
                        .param("emailNormalized", c.holderEmailNormalized())
                        .param("locale", c.locale())
                        .param("content", JSON.writeValueAsString(c.content()))
                        .param("issuedBy", c.issuedBy())
                        .param("issuedByName", c.issuedByName())
                        .update()
                == 1;
    }

    private static final String SELECT = """
            select id, tenant_id, number, kind, event_id, registration_id, holder_name, holder_email, locale, content,
                   issued_at, issued_by_name, revoked_at, revoked_by_name, revoked_reason
            from certificates.certificate
            """;

    List<Certificate> ofEvent(UUID tenantId, UUID eventId) {
        return jdbc.sql(SELECT + " where tenant_id = ? and event_id = ? order by issued_at")
                .params(tenantId, eventId)
                .query(CertificateRepository::certificate)
                .list();
    }

    Optional<Certificate> find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(CertificateRepository::certificate)
                .optional();
    }

    /** For the public verification page, which knows no tenant: the number alone identifies a certificate. */
    Optional<Certificate> byNumber(String number) {
        return jdbc.sql(SELECT + " where number = ?")
                .param(number)
                .query(CertificateRepository::certificate)
                .optional();
    }

    Optional<Certificate> validForRegistration(UUID tenantId, UUID registrationId) {
        return jdbc.sql(SELECT + " where tenant_id = ? and registration_id = ? and revoked_at is null"
                        + " order by issued_at desc limit 1")
                .params(tenantId, registrationId)
                .query(CertificateRepository::certificate)
                .optional();
    }

    Optional<Certificate> validForProgramme(UUID tenantId, UUID programmeId, String emailNormalized) {
        return jdbc.sql(SELECT + " where tenant_id = ? and programme_id = ? and holder_email_normalized = ?"
                        + " and kind = 'PROGRAMME' and revoked_at is null")
                .params(tenantId, programmeId, emailNormalized)
                .query(CertificateRepository::certificate)
                .optional();
    }

    List<Certificate> validForProgramme(UUID tenantId, UUID programmeId) {
        return jdbc.sql(SELECT
                        + " where tenant_id = ? and programme_id = ? and kind = 'PROGRAMME' and revoked_at is null")
                .params(tenantId, programmeId)
                .query(CertificateRepository::certificate)
                .list();
    }

    List<HeldCertificate> ofPerson(UUID tenantId, Collection<String> emails, Collection<UUID> registrationIds) {
        return jdbc.sql("""
                        select number, coalesce(content ->> 'title', '') as title, issued_at, revoked_at
                          from certificates.certificate
                         where tenant_id = :tenant and (holder_email_normalized in (:emails) or registration_id in (:ids))
                         order by issued_at desc
                        """)
                .param("tenant", tenantId)
                .param("emails", emails.isEmpty() ? Set.of("<none>") : emails)
                .param("ids", registrationIds.isEmpty() ? Set.of(new UUID(0, 0)) : registrationIds)
                .query((rs, n) -> new HeldCertificate(
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    Set<UUID> certifiedRegistrations(UUID tenantId, Collection<UUID> registrationIds) {
        if (registrationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select registration_id from certificates.certificate
                        where tenant_id = :tenant and registration_id in (:registrations) and kind = 'EVENT'
                          and revoked_at is null
                        """)
                .param("tenant", tenantId)
                .param("registrations", registrationIds)
                .query(UUID.class)
                .list());
    }

    List<Certificate> ofHolder(UUID tenantId, String emailNormalized) {
        return jdbc.sql(SELECT + " where tenant_id = ? and holder_email_normalized = ? order by issued_at desc")
                .params(tenantId, emailNormalized)
                .query(CertificateRepository::certificate)
                .list();
    }

    /** Records a revocation at a past moment, by somebody without an account here. */
    boolean revokeAt(UUID tenantId, UUID id, Instant revokedAt, String accountName, String reason) {
        return jdbc.sql("""
                                update certificates.certificate
                                set revoked_at = ?, revoked_by_name = ?, revoked_reason = ?
                                where tenant_id = ? and id = ? and revoked_at is null
                                """)
                        .params(Timestamp.from(revokedAt), accountName, reason, tenantId, id)
                        .update()
                == 1;
    }

    boolean revoke(UUID tenantId, UUID id, @Nullable UUID accountId, String accountName, String reason) {
        return jdbc.sql("""
                                update certificates.certificate
                                set revoked_at = now(), revoked_by = ?, revoked_by_name = ?, revoked_reason = ?
                                where tenant_id = ? and id = ? and revoked_at is null
                                """)
                        .params(accountId, accountName, reason, tenantId, id)
                        .update()
                == 1;
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(
                rs.getObject("id", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("email"),
                rs.getString("email_normalized"),
                rs.getString("institution"),
                rs.getString("locale"));
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        return new Certificate(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("number"),
                CertificateContent.Kind.valueOf(rs.getString("kind")),
                rs.getObject("event_id", UUID.class),
                rs.getObject("registration_id", UUID.class),
                rs.getString("holder_name"),
                rs.getString("holder_email"),
                rs.getString("locale"),
                JSON.readValue(rs.getString("content"), CertificateContent.class),
                instant(rs, "issued_at"),
                rs.getString("issued_by_name"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by_name"),
                rs.getString("revoked_reason"));
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

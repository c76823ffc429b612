package de.mosaik.registration.domain;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.EmailAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code registration.registration}; every query names the tenant. */
@Repository
class RegistrationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String COLUMNS = """
            r.id, r.tenant_id, r.event_id, r.status, r.given_name, r.family_name, r.email, r.institution,
            r.target_group_id, r.answers, r.accessibility_needs, r.consent_version, r.consent_language, r.consented_at, r.locale,
            r.source, r.group_id, r.manage_token, r.email_confirmed, r.hold_until, r.created_at, r.version,
            case when r.status = 'WAITLISTED' then (
                select count(*) from registration.registration w
                where w.event_id = r.event_id and w.status = 'WAITLISTED' and w.waitlist_seq <= r.waitlist_seq)
            end as waitlist_position
            """;

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID tenantId,
            UUID eventId,
            RegistrationStatus status,
            Applicant applicant,
            String consentText,
            int consentVersion,
            String consentLanguage,
            Source source,
            @Nullable UUID groupId,
            String idempotencyKey,
            String manageToken,
            boolean emailConfirmed,
            @Nullable Instant holdUntil) {
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, target_group_id, answers, accessibility_needs,
                            consent_text, consent_version, consent_language, consented_at, locale, source, group_id,
                            idempotency_key, manage_token, email_confirmed, hold_until, waitlist_seq, request_fingerprint)
                        values (:id, :tenant, :event, :status, :given, :family, :email, :normalized, :institution,
                            :targetGroup, cast(:answers as jsonb), :needs, :consentText, :consentVersion, :consentLanguage, now(),
                            :locale,
                            :source, :group, :key, :token, :confirmed, :holdUntil,
                            case when :status = 'WAITLISTED' then nextval('registration.waitlist_order') end,
                            :fingerprint)
                        """)
                .param("id", id)
                .param("tenant", tenantId)
                .param("event", eventId)
                .param("status", status.name())
                .param("given", applicant.givenName())
                .param("family", applicant.familyName())
                .param("email", applicant.email())
                .param("normalized", EmailAddress.normalize(applicant.email()))
                .param("institution", applicant.institution())
                .param("targetGroup", applicant.targetGroupId())
                .param("answers", JSON.writeValueAsString(applicant.answers()))
                .param("needs", applicant.accessibilityNeeds())
                .param("consentText", consentText)
                .param("consentVersion", consentVersion)
                .param("consentLanguage", consentLanguage)
                .param("locale", applicant.locale())
                .param("source", source.name())
                .param("group", groupId)
                .param("key", idempotencyKey)
                .param("token", manageToken)
                .param("confirmed", emailConfirmed)
                .param("holdUntil", holdUntil == null ? null : Timestamp.from(holdUntil))
                .param("fingerprint", applicant.fingerprint())
                .update();
    }

    Optional<String> fingerprint(UUID tenantId, UUID registrationId) {
        return jdbc.sql("""
                        select request_fingerprint from registration.registration
                        where tenant_id = ? and id = ? and request_fingerprint is not null
                        """)
                .params(tenantId, registrationId)
                .query(String.class)
                .optional();
    }

    Optional<Registration> byIdempotencyKey(UUID tenantId, UUID eventId, String key) {
        return one("r.tenant_id = ? and r.event_id = ? and r.idempotency_key = ?", tenantId, eventId, key);
    }

    /** Seats of the event held for registrations whose address is not confirmed yet. */
    int unconfirmedHolds(UUID eventId) {
        return jdbc.sql(
                        "select count(*) from registration.registration where event_id = ? and status = 'PENDING_CONFIRMATION'")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    /** The registration of an address that still holds a seat or waitlist place, if any. */
    Optional<Registration> liveByEmail(UUID tenantId, UUID eventId, String email) {
        return one("""
                r.tenant_id = ? and r.event_id = ? and r.email_normalized = ?
                and r.status in ('PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED')
                """, tenantId, eventId, EmailAddress.normalize(email));
    }

    Optional<Registration> byToken(UUID tenantId, String token) {
        return one("r.tenant_id = ? and r.manage_token = ?", tenantId, token);
    }

    Optional<Registration> byId(UUID tenantId, UUID id) {
        return one("r.tenant_id = ? and r.id = ?", tenantId, id);
    }

    /** Locks the registration for the rest of the transaction; callers lock the event row first. */
    Optional<Registration> lock(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from registration.registration r where r.tenant_id = ? and r.id = ? for update of r")
                .params(tenantId, id)
                .query(RegistrationRepository::map)
                .optional();
    }

    boolean liveRegistrationExists(UUID eventId, String email) {
        return jdbc.sql("""
                        select exists (select 1 from registration.registration where event_id = ? and email_normalized = ?
                            and status in ('PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED'))
                        """)
                .params(eventId, EmailAddress.normalize(email))
                .query(Boolean.class)
                .single();
    }

    /** The first on the waitlist, locked; callers hold the event row lock, so the order is stable. */
    Optional<Registration> lockFirstWaitlisted(UUID tenantId, UUID eventId) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration.registration r
                        where r.tenant_id = ? and r.event_id = ? and r.status = 'WAITLISTED'
                        order by r.waitlist_seq limit 1 for update of r
                        """)
                .params(tenantId, eventId)
                .query(RegistrationRepository::map)
                .optional();
    }

    List<Registration> ofEvent(UUID tenantId, UUID eventId) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration.registration r where r.tenant_id = ? and r.event_id = ?
                        order by case r.status when 'CONFIRMED' then 0 when 'PENDING_APPROVAL' then 1
                            when 'PENDING_CONFIRMATION' then 2 when 'WAITLISTED' then 3 else 4 end,
                            r.waitlist_seq, r.family_name, r.given_name, r.created_at
                        """)
                .params(tenantId, eventId)
                .query(RegistrationRepository::map)
                .list();
    }

    /** Per event of the tenant, how many registrations have the status; events without any are absent. */
    Map<UUID, Long> countByEvent(UUID tenantId, RegistrationStatus status) {
        var counts = new LinkedHashMap<UUID, Long>();
        jdbc.sql("""
                        select event_id, count(*) as n from registration.registration
                        where tenant_id = ? and status = ? group by event_id order by min(created_at)
                        """).params(tenantId, status.name()).query(rs -> {
            counts.put(rs.getObject("event_id", UUID.class), rs.getLong("n"));
        });
        return counts;
    }

    List<Registration> liveOfEvent(UUID tenantId, UUID eventId) {
        return ofEvent(tenantId, eventId).stream()
                .filter(r -> r.status().live())
                .toList();
    }

    List<Registration> ofGroup(UUID tenantId, UUID groupId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from registration.registration r where r.tenant_id = ? and r.group_id = ? order by r.created_at, r.family_name")
                .params(tenantId, groupId)
                .query(RegistrationRepository::map)
                .list();
    }

    void changeStatus(UUID id, RegistrationStatus status, @Nullable Instant holdUntil) {
        jdbc.sql("""
                        update registration.registration
                        set status = :status, hold_until = :holdUntil, updated_at = now(), version = version + 1,
                            waitlist_seq = case when :status = 'WAITLISTED' then coalesce(waitlist_seq, nextval('registration.waitlist_order'))
                                                else waitlist_seq end
                        where id = :id
                        """)
                .param("status", status.name())
                .param("holdUntil", holdUntil == null ? null : Timestamp.from(holdUntil))
                .param("id", id)
                .update();
    }

    void markCancelled(UUID id, RegistrationStatus status, String cancelledBy) {
        jdbc.sql("""
                        update registration.registration
                        set status = ?, cancelled_at = now(), cancelled_by = ?, hold_until = null, updated_at = now(),
                            version = version + 1
                        where id = ?
                        """).params(status.name(), cancelledBy, id).update();
    }

    void markEmailConfirmed(UUID id) {
        jdbc.sql("update registration.registration set email_confirmed = true, updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    /** Puts a waitlisted registration before everyone else on the event's waitlist. */
    void moveToTopOfWaitlist(UUID tenantId, UUID eventId, UUID id) {
        jdbc.sql("""
                        update registration.registration
                        set waitlist_seq = (select min(waitlist_seq) - 1 from registration.registration
                                            where event_id = ? and status = 'WAITLISTED'),
                            updated_at = now(), version = version + 1
                        where tenant_id = ? and id = ? and status = 'WAITLISTED'
                        """).params(eventId, tenantId, id).update();
    }

    /** Staff corrections; false when someone else changed the registration since {@code version}. */
    boolean updateDetails(UUID tenantId, UUID id, int version, Applicant details) {
        return jdbc.sql("""
                                update registration.registration
                                set given_name = :given, family_name = :family, email = :email, email_normalized = :normalized,
                                    institution = :institution, target_group_id = :targetGroup,
                                    answers = cast(:answers as jsonb), accessibility_needs = :needs,
                                    updated_at = now(), version = version + 1
                                where tenant_id = :tenant and id = :id and version = :version
                                """)
                        .param("given", details.givenName())
                        .param("family", details.familyName())
                        .param("email", details.email())
                        .param("normalized", EmailAddress.normalize(details.email()))
                        .param("institution", details.institution())
                        .param("targetGroup", details.targetGroupId())
                        .param("answers", JSON.writeValueAsString(details.answers()))
                        .param("needs", details.accessibilityNeeds())
                        .param("tenant", tenantId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Pending confirmations whose hold ran out, oldest first. */
    List<Registration> expiredHolds(int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration.registration r
                        where r.status = 'PENDING_CONFIRMATION' and r.hold_until < now()
                        order by r.hold_until limit ?
                        """)
                .param(limit)
                .query(RegistrationRepository::map)
                .list();
    }

    /** Confirmed registrations of an event that were not reminded yet. */
    List<Registration> unreminded(UUID tenantId, UUID eventId) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration.registration r
                        where r.tenant_id = ? and r.event_id = ? and r.status = 'CONFIRMED' and r.reminded_at is null
                        """)
                .params(tenantId, eventId)
                .query(RegistrationRepository::map)
                .list();
    }

    void markReminded(UUID id) {
        jdbc.sql("update registration.registration set reminded_at = now() where id = ?")
                .param(id)
                .update();
    }

    void recordChange(
            UUID tenantId, UUID registrationId, @Nullable UUID accountId, String accountName, String description) {
        jdbc.sql("""
                        insert into registration.registration_change (tenant_id, registration_id, account_id, account_name, description)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(tenantId, registrationId, accountId, accountName, description)
                .update();
    }

    private Optional<Registration> one(String condition, Object... params) {
        return jdbc.sql("select " + COLUMNS + " from registration.registration r where " + condition)
                .params(params)
                .query(RegistrationRepository::map)
                .optional();
    }

    private static Registration map(ResultSet rs, int row) throws SQLException {
        Map<String, String> raw = JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, String>>() {});
        var answers = new LinkedHashMap<UUID, String>();
        raw.forEach((question, answer) -> answers.put(UUID.fromString(question), answer));
        var hold = rs.getTimestamp("hold_until");
        var position = rs.getObject("waitlist_position", Long.class);
        return new Registration(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("email"),
                rs.getString("institution"),
                rs.getObject("target_group_id", UUID.class),
                Map.copyOf(answers),
                rs.getString("accessibility_needs"),
                rs.getInt("consent_version"),
                rs.getString("consent_language"),
                rs.getTimestamp("consented_at").toInstant(),
                rs.getString("locale"),
                Source.valueOf(rs.getString("source")),
                rs.getObject("group_id", UUID.class),
                rs.getString("manage_token"),
                rs.getBoolean("email_confirmed"),
                hold == null ? null : hold.toInstant(),
                position == null ? null : position.intValue(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}

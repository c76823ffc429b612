package de.mosaik.registration.domain;

import de.mosaik.registration.PastRegistrations;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.security.Tokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Implements {@link PastRegistrations} with JDBC batches on the registration table. */
@Service
class PastRegistrationRecorder implements PastRegistrations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    PastRegistrationRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<UUID> record(UUID tenantId, List<PastRegistration> registrations) {
        var ids = new ArrayList<UUID>();
        var rows = new ArrayList<Object[]>();
        for (var registration : registrations) {
            var id = UUID.randomUUID();
            ids.add(id);
            rows.add(row(tenantId, id, registration));
        }
        jdbc.batchUpdate("""
                insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                    email, email_normalized, institution, target_group_id, answers, accessibility_needs,
                    consent_text, consent_version, consented_at, locale, source, group_id, idempotency_key,
                    manage_token, email_confirmed, hold_until, waitlist_seq, reminded_at, cancelled_at,
                    cancelled_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when ? then nextval('registration.waitlist_order') end, ?, ?, ?, ?, ?, ?)
                """, rows);
        return ids;
    }

    private static Object[] row(UUID tenantId, UUID id, PastRegistration r) {
        var createdAt = ts(r.createdAt());
        var cancelledAt = ts(r.cancelledAt());
        return new Object[] {
            id,
            tenantId,
            r.eventId(),
            r.status().name(),
            r.givenName(),
            r.familyName(),
            r.email(),
            r.email().toLowerCase(Locale.ROOT),
            r.institution(),
            r.targetGroupId(),
            r.answers().isEmpty() ? "{}" : JSON.writeValueAsString(r.answers()),
            r.accessibilityNeeds(),
            r.consentText(),
            createdAt,
            r.locale(),
            r.channel().name(),
            r.groupId(),
            "past-" + id,
            Tokens.urlSafe(),
            r.emailConfirmed(),
            ts(r.holdUntil()),
            r.status() == RegistrationStatus.WAITLISTED,
            ts(r.remindedAt()),
            cancelledAt,
            r.cancelledBy() == null ? null : r.cancelledBy().name(),
            createdAt,
            cancelledAt == null ? createdAt : cancelledAt,
            cancelledAt == null ? 0 : 1
        };
    }

    @Override
    @Transactional
    public int recordCancellations(UUID tenantId, List<PastCancellation> cancellations) {
        var rows = cancellations.stream()
                .map(c -> new Object[] {ts(c.cancelledAt()), ts(c.cancelledAt()), c.registrationId(), tenantId})
                .toList();
        return Arrays.stream(jdbc.batchUpdate("""
                        update registration.registration
                           set status = 'CANCELLED', cancelled_at = ?, cancelled_by = 'PARTICIPANT', updated_at = ?,
                               reminded_at = null, version = version + 1
                         where id = ? and tenant_id = ? and status = 'CONFIRMED'
                        """, rows)).sum();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

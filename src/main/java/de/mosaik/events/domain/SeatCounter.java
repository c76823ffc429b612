package de.mosaik.events.domain;

import de.mosaik.events.EventRef;
import de.mosaik.events.EventSeats;
import de.mosaik.events.EventStatus;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.SeatClaim;
import de.mosaik.events.SessionSlot;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seat counter on {@code events.event}. Each change is a single conditional UPDATE: PostgreSQL
 * evaluates the condition on the newest row version after waiting for the row lock, so two
 * registrations can never both take the last seat, and the CHECK constraint
 * {@code event_seats_within_capacity} would refuse it even if this code were wrong.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class SeatCounter implements EventSeats {

    private final JdbcClient jdbc;
    private final EventQuestionService questions;

    SeatCounter(JdbcClient jdbc, EventQuestionService questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<RegistrationTerms> terms(UUID tenantId, UUID eventId) {
        var questions = this.questions.of(tenantId, eventId);
        var sessions = jdbc.sql("""
                        select s.starts_at, s.ends_at, s.online, s.online_url,
                               v.name, v.street, v.postal_code, v.city, v.room
                        from events.session s left join events.venue v on v.id = s.venue_id
                        where s.event_id = ? and s.tenant_id = ? order by s.starts_at, s.position
                        """)
                .params(eventId, tenantId)
                .query((rs, row) -> new SessionSlot(
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        place(
                                rs.getString("name"),
                                rs.getString("room"),
                                rs.getString("street"),
                                rs.getString("postal_code"),
                                rs.getString("city")),
                        rs.getBoolean("online"),
                        rs.getString("online_url")))
                .list();
        return jdbc.sql("""
                        select id, tenant_id, title, status, capacity, seats_taken, waitlist_count,
                               registration_opens_at, registration_closes_at, approval_required,
                               confirmation_required, ask_accessibility_needs, consent_text, consent_version,
                               reminder_days, contact_name, contact_email, closed_audience
                        from events.event where id = ? and tenant_id = ?
                        """)
                .params(eventId, tenantId)
                .query((rs, row) -> new RegistrationTerms(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        EventStatus.valueOf(rs.getString("status")),
                        rs.getObject("capacity", Integer.class),
                        rs.getInt("seats_taken"),
                        rs.getInt("waitlist_count"),
                        instant(rs.getTimestamp("registration_opens_at")),
                        instant(rs.getTimestamp("registration_closes_at")),
                        rs.getBoolean("approval_required"),
                        rs.getBoolean("confirmation_required"),
                        rs.getBoolean("ask_accessibility_needs"),
                        rs.getString("consent_text"),
                        rs.getInt("consent_version"),
                        questions,
                        sessions,
                        rs.getObject("reminder_days", Integer.class),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getBoolean("closed_audience")))
                .optional();
    }

    @Override
    public SeatClaim claim(UUID tenantId, UUID eventId, boolean staff) {
        var openForThisCaller = staff ? "status <> 'CANCELLED'" : """
                  status = 'PUBLISHED'
                  and (registration_opens_at is null or registration_opens_at <= now())
                  and (registration_closes_at is null or registration_closes_at > now())
                  """;
        // The CTE locks the row first and so sees the newest counters; the decision is taken on them.
        return jdbc.sql("""
                        with e as (
                            select id, capacity is null or seats_taken < capacity as free
                            from events.event
                            where id = ? and tenant_id = ? and (%s)
                            for update)
                        update events.event t
                        set seats_taken = seats_taken + case when e.free then 1 else 0 end,
                            waitlist_count = waitlist_count + case when e.free then 0 else 1 end
                        from e where t.id = e.id
                        returning case when e.free then 'SEAT' else 'WAITLIST' end
                        """.formatted(openForThisCaller))
                .params(eventId, tenantId)
                .query(String.class)
                .optional()
                .map(SeatClaim::valueOf)
                .orElse(SeatClaim.CLOSED);
    }

    @Override
    public SeatClaim waitlistOnly(UUID tenantId, UUID eventId) {
        int counted = jdbc.sql("""
                        update events.event set waitlist_count = waitlist_count + 1
                        where id = ? and tenant_id = ? and status = 'PUBLISHED'
                          and (registration_opens_at is null or registration_opens_at <= now())
                          and (registration_closes_at is null or registration_closes_at > now())
                        """).params(eventId, tenantId).update();
        return counted == 1 ? SeatClaim.WAITLIST : SeatClaim.CLOSED;
    }

    @Override
    public void releaseSeat(UUID tenantId, UUID eventId) {
        change(eventId, tenantId, "seats_taken = seats_taken - 1");
    }

    @Override
    public void leaveWaitlist(UUID tenantId, UUID eventId) {
        change(eventId, tenantId, "waitlist_count = waitlist_count - 1");
    }

    @Override
    public boolean seatFromWaitlist(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        update events.event set seats_taken = seats_taken + 1, waitlist_count = waitlist_count - 1
                        where id = ? and tenant_id = ? and waitlist_count > 0
                          and (capacity is null or seats_taken < capacity)
                        """).params(eventId, tenantId).update() == 1;
    }

    @Override
    public void waitlistFromSeat(UUID tenantId, UUID eventId) {
        change(eventId, tenantId, "seats_taken = seats_taken - 1, waitlist_count = waitlist_count + 1");
    }

    @Override
    public boolean lock(UUID tenantId, UUID eventId) {
        return jdbc.sql("select 1 from events.event where id = ? and tenant_id = ? for update")
                .params(eventId, tenantId)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<EventRef> remindersDue() {
        return jdbc.sql("""
                        select tenant_id, id from events.event
                        where status in ('PUBLISHED', 'REGISTRATION_CLOSED') and reminder_days is not null
                          and first_starts_at > now()
                          and first_starts_at - make_interval(days => reminder_days) <= now()
                        """)
                .query((rs, row) -> new EventRef(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Term> terms(UUID tenantId, TermKind kind) {
        return jdbc.sql("""
                        select id, kind, code, name from events.term
                        where tenant_id = ? and kind = ? and active order by position, name
                        """)
                .params(tenantId, kind.name())
                .query((rs, row) -> new Term(
                        rs.getObject("id", UUID.class),
                        TermKind.valueOf(rs.getString("kind")),
                        rs.getString("code"),
                        rs.getString("name")))
                .list();
    }

    private void change(UUID eventId, UUID tenantId, String assignment) {
        int changed = jdbc.sql("update events.event set " + assignment + " where id = ? and tenant_id = ?")
                .params(eventId, tenantId)
                .update();
        if (changed != 1) {
            throw new IllegalStateException("Event " + eventId + " not found");
        }
    }

    static String place(
            @Nullable String name,
            @Nullable String room,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city) {
        if (name == null) {
            return "";
        }
        var town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        return String.join(
                ", ",
                Arrays.stream(new String[] {name, room, street, town})
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

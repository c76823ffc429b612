package de.mosaik.events.domain;

import de.mosaik.events.CapacityRaised;
import de.mosaik.events.EventCancelled;
import de.mosaik.events.EventStatus;
import de.mosaik.events.EventTexts;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as staff plan them: details, registration settings, speakers, lifecycle and copies.
 * Every change is written to the change log in the same transaction.
 */
@Service
public class EventService {

    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final EventRows rows;
    private final EventLog log;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Tenants tenants;
    private final Translations translations;

    EventService(
            JdbcClient jdbc,
            EventRows rows,
            EventLog log,
            ApplicationEventPublisher events,
            MessageSource messages,
            Tenants tenants,
            Translations translations) {
        this.translations = translations;
        this.jdbc = jdbc;
        this.rows = rows;
        this.log = log;
        this.events = events;
        this.messages = messages;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public Optional<ManagedEvent> byId(UUID tenantId, UUID eventId) {
        return rows.find(tenantId, eventId, false);
    }

    @Transactional(readOnly = true)
    public List<EventChange> changes(UUID tenantId, UUID eventId) {
        return log.of(tenantId, eventId);
    }

    @Transactional(readOnly = true)
    public EventSlice search(UUID tenantId, EventQuery query) {
        return search(tenantId, query, null);
    }

    /** The search limited, when {@code speakerAccountId} is set, to the events that account speaks at. */
    public EventSlice search(UUID tenantId, EventQuery query, @Nullable UUID speakerAccountId) {
        var sql = new StringBuilder("""
                select e.id, e.title, e.status, f.name as format_name, e.first_starts_at, e.capacity,
                       e.seats_taken, e.waitlist_count, e.updated_at, e.closed_audience, e.closed_audience_label
                from events.event e join events.term f on f.id = e.format_id
                where e.tenant_id = :tenant
                """);
        var params = new java.util.HashMap<String, Object>();
        params.put("tenant", tenantId);
        if (!query.text().isBlank()) {
            sql.append(" and (e.search @@ websearch_to_tsquery('german', :text) or e.title ilike :like escape '\\')");
            params.put("text", query.text());
            params.put(
                    "like",
                    "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (speakerAccountId != null) {
            sql.append(" and exists (select 1 from events.v_event_trainer t"
                    + " where t.event_id = e.id and t.account_id = :speaker)");
            params.put("speaker", speakerAccountId);
        }
        if (query.status() != null) {
            sql.append(" and e.status = :status");
            params.put("status", query.status().name());
        }
        if (query.formatId() != null) {
            sql.append(" and e.format_id = :format");
            params.put("format", query.formatId());
        }
        switch (query.period()) {
            // Events without a date yet are being planned, so they belong to the upcoming ones.
            case UPCOMING -> sql.append(" and (e.last_ends_at is null or e.last_ends_at >= now())");
            case PAST -> sql.append(" and e.last_ends_at < now()");
            case ALL -> {}
        }
        sql.append(
                switch (query.order()) {
                    case DATE ->
                        query.period() == EventQuery.Period.PAST
                                ? " order by e.first_starts_at desc, e.title"
                                : " order by e.first_starts_at asc nulls last, e.title";
                    case TITLE -> " order by lower(e.title), e.first_starts_at";
                    case CHANGED -> " order by e.updated_at desc";
                });
        int page = Math.max(1, query.page());
        sql.append(" limit " + (PAGE_SIZE + 1) + " offset " + (page - 1) * PAGE_SIZE);
        var spec = jdbc.sql(sql.toString());
        for (var param : params.entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        var found = spec.query((rs, row) -> new EventListItem(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        EventStatus.valueOf(rs.getString("status")),
                        rs.getString("format_name"),
                        EventRows.instant(rs.getTimestamp("first_starts_at")),
                        rs.getObject("capacity", Integer.class),
                        rs.getInt("seats_taken"),
                        rs.getInt("waitlist_count"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getBoolean("closed_audience"),
                        rs.getString("closed_audience_label")))
                .list();
        return new EventSlice(found.stream().limit(PAGE_SIZE).toList(), page, found.size() > PAGE_SIZE);
    }

    /** Whether the terms belong to the tenant and are of the kind the field asks for. */
    @Transactional(readOnly = true)
    public boolean termsOfKind(UUID tenantId, String kind, List<UUID> termIds) {
        if (termIds.isEmpty()) {
            return true;
        }
        return jdbc.sql("""
                        select count(*) from events.term
                        where tenant_id = ? and kind = ? and id = any (?::uuid[])
                        """)
                        .params(tenantId, kind, PgArrays.literal(termIds))
                        .query(Integer.class)
                        .single()
                == termIds.stream().distinct().count();
    }

    @Transactional
    public UUID create(UUID tenantId, EventDetails d, Editor editor) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.event (id, tenant_id, format_id, title, summary, description, topic_ids,
                            target_group_ids, languages, contact_name, contact_email, contact_phone,
                            created_by, updated_by, consent_text)
                        values (?, ?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?::varchar[], ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        d.formatId(),
                        d.title(),
                        d.summary(),
                        d.description(),
                        PgArrays.literal(d.topicIds()),
                        PgArrays.literal(d.targetGroupIds()),
                        PgArrays.literal(d.languages()),
                        d.contactName(),
                        d.contactEmail(),
                        d.contactPhone(),
                        editor.accountId(),
                        editor.accountId(),
                        defaultConsentText(tenantId))
                .update();
        log.record(tenantId, id, editor, "events.change.created");
        return id;
    }

    /**
     * A new event starts with a consent text staff can adapt, in German like the public pages'
     * content, so that no event goes public asking for consent to nothing.
     */
    private String defaultConsentText(UUID tenantId) {
        var centre = tenants.byId(tenantId).map(TenantProfile::centreName).orElse("");
        return messages.getMessage("events.consent.default", new Object[] {centre}, Locale.GERMAN);
    }

    @Transactional
    public EventEditOutcome updateDetails(UUID tenantId, UUID eventId, int version, EventDetails d, Editor editor) {
        return updateDetails(tenantId, eventId, version, d, false, editor);
    }

    /**
     * Saves the details. Translations of a changed title, summary or description become outdated,
     * unless staff call it a {@code minorEdit} (a typo, a comma) that needs no new translation.
     */
    @Transactional
    public EventEditOutcome updateDetails(
            UUID tenantId, UUID eventId, int version, EventDetails d, boolean minorEdit, Editor editor) {
        var before = rows.find(tenantId, eventId, false);
        if (before.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        int changed = jdbc.sql("""
                        update events.event set format_id = ?, title = ?, summary = ?, description = ?,
                            topic_ids = ?::uuid[], target_group_ids = ?::uuid[], languages = ?::varchar[],
                            contact_name = ?, contact_email = ?, contact_phone = ?,
                            version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.formatId(),
                        d.title(),
                        d.summary(),
                        d.description(),
                        PgArrays.literal(d.topicIds()),
                        PgArrays.literal(d.targetGroupIds()),
                        PgArrays.literal(d.languages()),
                        d.contactName(),
                        d.contactEmail(),
                        d.contactPhone(),
                        editor.accountId(),
                        eventId,
                        tenantId,
                        version)
                .update();
        if (changed != 1) {
            return EventEditOutcome.CHANGED_MEANWHILE;
        }
        var old = before.get().details();
        sourceChanged(tenantId, eventId, EventTexts.TITLE, old.title(), d.title(), minorEdit);
        sourceChanged(tenantId, eventId, EventTexts.SUMMARY, old.summary(), d.summary(), minorEdit);
        sourceChanged(tenantId, eventId, EventTexts.DESCRIPTION, old.description(), d.description(), minorEdit);
        log.record(tenantId, eventId, editor, "events.change.details");
        return EventEditOutcome.DONE;
    }

    /**
     * Saves how people register. The row is locked first, so that the check against the seats
     * taken cannot race with a registration; a changed consent text gets a new version number,
     * and more seats let registration move people up from the waitlist.
     */
    @Transactional
    public EventEditOutcome updateRegistration(
            UUID tenantId, UUID eventId, int version, RegistrationSettings s, Editor editor) {
        return updateRegistration(tenantId, eventId, version, s, false, editor);
    }

    /** As above; a {@code minorEdit} of the consent text keeps its translations current. */
    @Transactional
    public EventEditOutcome updateRegistration(
            UUID tenantId, UUID eventId, int version, RegistrationSettings s, boolean minorEdit, Editor editor) {
        var current = rows.find(tenantId, eventId, true);
        if (current.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var event = current.get();
        if (event.version() != version) {
            return EventEditOutcome.CHANGED_MEANWHILE;
        }
        var capacity = EventPublishingPolicy.checkCapacity(s.capacity(), event.seatsTaken());
        if (capacity != EventEditOutcome.DONE) {
            return capacity;
        }
        var consentChanged =
                EventPublishingPolicy.consentChanged(event.registration().consentText(), s.consentText());
        jdbc.sql("""
                        update events.event set capacity = ?, registration_opens_at = ?, registration_closes_at = ?,
                            approval_required = ?, confirmation_required = ?, ask_accessibility_needs = ?,
                            consent_text = ?, consent_version = consent_version + ?, reminder_days = ?,
                            version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and tenant_id = ?
                        """)
                .params(
                        s.capacity(),
                        timestamp(s.opensAt()),
                        timestamp(s.closesAt()),
                        s.approvalRequired(),
                        s.confirmationRequired(),
                        s.askAccessibilityNeeds(),
                        s.consentText(),
                        consentChanged ? 1 : 0,
                        s.reminderDays(),
                        editor.accountId(),
                        eventId,
                        tenantId)
                .update();
        log.record(tenantId, eventId, editor, "events.change.registration");
        if (consentChanged) {
            log.record(tenantId, eventId, editor, "events.change.consent");
            sourceChanged(
                    tenantId,
                    eventId,
                    EventTexts.CONSENT,
                    event.registration().consentText(),
                    s.consentText(),
                    minorEdit);
        }
        if (EventPublishingPolicy.capacityRaised(event.registration().capacity(), s.capacity())) {
            events.publishEvent(new CapacityRaised(tenantId, eventId));
        }
        return EventEditOutcome.DONE;
    }

    @Transactional
    public EventEditOutcome apply(UUID tenantId, UUID eventId, EventAction action, Editor editor) {
        var current = rows.find(tenantId, eventId, true);
        if (current.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var allowed = EventPublishingPolicy.check(
                action,
                current.get().status(),
                () -> sessionCount(tenantId, eventId),
                current.get().registration().consentText());
        if (allowed != EventEditOutcome.DONE) {
            return allowed;
        }
        setStatus(tenantId, eventId, action.target(), null, editor);
        log.record(tenantId, eventId, editor, action.changeKey());
        return EventEditOutcome.DONE;
    }

    /** Cancels the event; registration tells everyone registered, with {@code message}, in this transaction. */
    @Transactional
    public EventEditOutcome cancel(UUID tenantId, UUID eventId, String message, Editor editor) {
        var current = rows.find(tenantId, eventId, true);
        if (current.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        if (!EventPublishingPolicy.mayCancel(current.get().status())) {
            return EventEditOutcome.NOT_ALLOWED;
        }
        setStatus(tenantId, eventId, EventStatus.CANCELLED, message, editor);
        log.record(tenantId, eventId, editor, "events.change.cancelled");
        events.publishEvent(new EventCancelled(tenantId, eventId, current.get().title(), message));
        return EventEditOutcome.DONE;
    }

    /**
     * A new draft with everything of the original (sessions, questions, speakers) but no
     * registrations, for planning the next run of an event. The registration window is left open
     * to be set anew, since it belongs to the original's dates.
     */
    @Transactional
    public Optional<UUID> copy(UUID tenantId, UUID eventId, String title, Editor editor) {
        var copy = UUID.randomUUID();
        int copied = jdbc.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, summary, description,
                            topic_ids, target_group_ids, languages, contact_name, contact_email, contact_phone,
                            capacity, registration_opens_at, registration_closes_at, approval_required,
                            confirmation_required, ask_accessibility_needs, consent_text, reminder_days,
                            first_starts_at, last_ends_at, has_online, has_venue, copied_from, created_by, updated_by)
                        select ?, tenant_id, 'DRAFT', format_id, left(?, 300), summary, description,
                            topic_ids, target_group_ids, languages, contact_name, contact_email, contact_phone,
                            capacity, null, null, approval_required,
                            confirmation_required, ask_accessibility_needs, consent_text, reminder_days,
                            first_starts_at, last_ends_at, has_online, has_venue, id, ?, ?
                        from events.event where id = ? and tenant_id = ?
                        """)
                .params(copy, title, editor.accountId(), editor.accountId(), eventId, tenantId)
                .update();
        if (copied != 1) {
            return Optional.empty();
        }
        jdbc.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, venue_id,
                            online, online_url, note)
                        select gen_random_uuid(), ?, tenant_id, position, starts_at, ends_at, venue_id,
                            online, online_url, note
                        from events.session where event_id = ? and tenant_id = ?
                        """).params(copy, eventId, tenantId).update();
        jdbc.sql("""
                        insert into events.question (id, event_id, tenant_id, position, kind, label, options, required)
                        select gen_random_uuid(), ?, tenant_id, position, kind, label, options, required
                        from events.question where event_id = ? and tenant_id = ?
                        """).params(copy, eventId, tenantId).update();
        jdbc.sql("""
                        insert into events.event_speaker (event_id, speaker_id, position)
                        select ?, speaker_id, position from events.event_speaker where event_id = ?
                        """).params(copy, eventId).update();
        log.record(tenantId, copy, editor, "events.change.copied");
        return Optional.of(copy);
    }

    @Transactional(readOnly = true)
    public List<UUID> speakerIds(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select es.speaker_id from events.event_speaker es
                        join events.speaker s on s.id = es.speaker_id
                        where es.event_id = ? and s.tenant_id = ? order by es.position
                        """).params(eventId, tenantId).query(UUID.class).list();
    }

    /** Replaces the event's speakers by {@code speakerIds} in this order; ids of other tenants are ignored. */
    @Transactional
    public EventEditOutcome setSpeakers(UUID tenantId, UUID eventId, List<UUID> speakerIds, Editor editor) {
        if (rows.find(tenantId, eventId, true).isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        if (speakerIds.equals(speakerIds(tenantId, eventId))) {
            return EventEditOutcome.DONE;
        }
        jdbc.sql("delete from events.event_speaker where event_id = ?")
                .param(eventId)
                .update();
        int position = 0;
        for (var speakerId : speakerIds.stream().distinct().toList()) {
            position += jdbc.sql("""
                            insert into events.event_speaker (event_id, speaker_id, position)
                            select ?, id, ? from events.speaker where id = ? and tenant_id = ?
                            """)
                    .params(eventId, position + 1, speakerId, tenantId)
                    .update();
        }
        rows.touch(tenantId, eventId, editor);
        log.record(tenantId, eventId, editor, "events.change.speakers");
        return EventEditOutcome.DONE;
    }

    private int sessionCount(UUID tenantId, UUID eventId) {
        return jdbc.sql("select count(*) from events.session where event_id = ? and tenant_id = ?")
                .params(eventId, tenantId)
                .query(Integer.class)
                .single();
    }

    private void setStatus(UUID tenantId, UUID eventId, EventStatus status, @Nullable String message, Editor editor) {
        jdbc.sql("""
                        update events.event set status = ?, cancellation_message = coalesce(?, cancellation_message),
                            version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and tenant_id = ?
                        """)
                .params(status.name(), message, editor.accountId(), eventId, tenantId)
                .update();
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private void sourceChanged(
            UUID tenantId, UUID eventId, String field, String before, String after, boolean minorEdit) {
        translations.sourceChanged(tenantId, new TextKey(EventTexts.EVENT, eventId, field), before, after, minorEdit);
    }
}

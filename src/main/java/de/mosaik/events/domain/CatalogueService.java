package de.mosaik.events.domain;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.CatalogueFilter;
import de.mosaik.events.CatalogueSlice;
import de.mosaik.events.EventStatus;
import de.mosaik.events.OpenEvents;
import de.mosaik.events.PublicEvent;
import de.mosaik.events.PublicSession;
import de.mosaik.events.PublicSpeaker;
import de.mosaik.events.PublicVenue;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SafeHtml;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public catalogue: one query for a page of events (filters, sort and total in one
 * statement), one for the sessions of all events on the page and one for their terms, so that a
 * page costs three round trips however many events it shows.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService implements OpenEvents {

    /** The statuses the public sees on an event page; the catalogue lists only the first two. */
    private static final Set<EventStatus> SHOWN =
            Set.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED, EventStatus.HELD, EventStatus.CANCELLED);

    private static final String EVENT_COLUMNS = """
            e.id, e.tenant_id, e.status, e.title, e.summary, e.format_id, e.languages, e.capacity,
            e.seats_taken, e.waitlist_count, e.registration_opens_at, e.registration_closes_at,
            e.has_online, e.has_venue, e.version
            """;

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final EventQuestionService questions;

    CatalogueService(JdbcClient jdbc, Tenants tenants, EventQuestionService questions) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.questions = questions;
    }

    /** The listed events of one tenant, or of all active tenants when {@code tenantId} is null. */
    public CatalogueSlice search(@Nullable UUID tenantId, CatalogueFilter filter) {
        var profiles = profiles(tenantId);
        if (profiles.isEmpty()) {
            return new CatalogueSlice(List.of(), 0, filter.page(), filter.pageSize());
        }
        var sql = new StringBuilder("select " + EVENT_COLUMNS + """
                , count(*) over () as total
                from events.event e
                where e.tenant_id in (:tenants)
                  and e.status in ('PUBLISHED', 'REGISTRATION_CLOSED')
                  and not e.closed_audience
                  and e.first_starts_at is not null
                """);
        var params = new HashMap<String, Object>();
        params.put("tenants", List.copyOf(profiles.keySet()));
        where(filter, sql, params);
        sql.append(" order by e.first_starts_at, e.title, e.id limit :limit offset :offset");
        params.put("limit", filter.pageSize());
        params.put("offset", (filter.page() - 1) * filter.pageSize());

        var total = new int[1];
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return EventRow.of(rs);
                })
                .list();
        return new CatalogueSlice(entries(rows, profiles), total[0], filter.page(), filter.pageSize());
    }

    /** All listed events of a tenant that have not ended, for its calendar feed. */
    public List<CatalogueEntry> upcoming(UUID tenantId, int limit) {
        var profiles = profiles(tenantId);
        if (profiles.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("select " + EVENT_COLUMNS + """
                        from events.event e
                        where e.tenant_id = :tenant and e.status in ('PUBLISHED', 'REGISTRATION_CLOSED')
                          and not e.closed_audience and e.last_ends_at >= now()
                        order by e.first_starts_at, e.id limit :limit
                        """)
                .param("tenant", tenantId)
                .param("limit", limit)
                .query((rs, n) -> EventRow.of(rs))
                .list();
        return entries(rows, profiles);
    }

    @Override
    public List<CatalogueEntry> next(UUID tenantId, int limit) {
        var now = Instant.now();
        // The registration window is checked here rather than in SQL, by the same rule as the catalogue's.
        return upcoming(tenantId, 200).stream()
                .filter(entry -> entry.registrationOpen(now))
                .limit(limit)
                .toList();
    }

    /**
     * An event as its public page shows it: listed, held or cancelled; drafts, archived events and events of a
     * closed audience are not public.
     */
    public Optional<PublicEvent> event(UUID tenantId, UUID eventId) {
        return event(tenantId, eventId, false);
    }

    /**
     * The event as {@link #event(UUID, UUID)} finds it, or with {@code forParticipant} also an event of a closed
     * audience — for the pages a participant opens with their personal link.
     */
    public Optional<PublicEvent> event(UUID tenantId, UUID eventId, boolean forParticipant) {
        var profile = tenants.byId(tenantId).filter(TenantProfile::active);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        var found = jdbc.sql("select " + EVENT_COLUMNS + """
                        , e.description, e.topic_ids, e.target_group_ids, e.contact_name, e.contact_email,
                          e.contact_phone, e.consent_text, e.consent_version, e.approval_required,
                          e.confirmation_required, e.cancellation_message
                        from events.event e where e.id = :id and e.tenant_id = :tenant
                         and (:participant or not e.closed_audience)
                        """)
                .param("id", eventId)
                .param("tenant", tenantId)
                .param("participant", forParticipant)
                .query((rs, n) -> new DetailRow(
                        EventRow.of(rs),
                        rs.getString("description"),
                        PgArrays.uuids(rs.getArray("topic_ids")),
                        PgArrays.uuids(rs.getArray("target_group_ids")),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        rs.getString("consent_text"),
                        rs.getInt("consent_version"),
                        rs.getBoolean("approval_required"),
                        rs.getBoolean("confirmation_required"),
                        rs.getString("cancellation_message")))
                .optional()
                .filter(row -> SHOWN.contains(row.event().status()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = found.get();
        var entry =
                entries(List.of(row.event()), Map.of(tenantId, profile.get())).get(0);
        var terms = terms(Set.of(tenantId));
        return Optional.of(new PublicEvent(
                entry,
                row.description(),
                SafeHtml.fromMarkdown(row.description()),
                pick(row.topicIds(), terms),
                pick(row.targetGroupIds(), terms),
                row.contactName(),
                row.contactEmail(),
                row.contactPhone(),
                speakers(tenantId, eventId),
                questions.of(tenantId, eventId),
                row.consentText(),
                row.consentVersion(),
                row.approvalRequired(),
                row.confirmationRequired(),
                row.cancellationMessage()));
    }

    /** The tenant's active terms of every kind, in their order, for the filter form. */
    public Map<TermKind, List<Term>> vocabulary(UUID tenantId) {
        var result = new LinkedHashMap<TermKind, List<Term>>();
        for (var kind : TermKind.values()) {
            result.put(kind, new ArrayList<>());
        }
        jdbc.sql("""
                        select id, kind, code, name from events.term
                        where tenant_id = ? and active order by position, name
                        """)
                .param(tenantId)
                .query((rs, n) -> term(rs))
                .list()
                .forEach(term -> result.get(term.kind()).add(term));
        return result;
    }

    private Map<UUID, TenantProfile> profiles(@Nullable UUID tenantId) {
        if (tenantId != null) {
            return tenants.byId(tenantId)
                    .filter(TenantProfile::active)
                    .map(p -> Map.of(p.id(), p))
                    .orElse(Map.of());
        }
        return tenants.active().stream()
                .collect(Collectors.toMap(TenantProfile::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static void where(CatalogueFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (!filter.text().isEmpty()) {
            // The full-text index finds word forms ("Schulungen" for "Schulung"); the title match
            // finds what the German dictionary drops, such as short words and parts of compounds.
            sql.append(" and (e.search @@ websearch_to_tsquery('german', :text) or e.title ilike :like escape '\\')");
            params.put("text", filter.text());
            params.put("like", "%" + filter.text().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        termCondition("format", TermKind.FORMAT, filter.format(), "e.format_id in", sql, params);
        termCondition("topic", TermKind.TOPIC, filter.topic(), "e.topic_ids && array", sql, params);
        termCondition(
                "targetGroup", TermKind.TARGET_GROUP, filter.targetGroup(), "e.target_group_ids && array", sql, params);
        if (filter.from() != null) {
            sql.append(" and e.last_ends_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(filter.from().atStartOfDay(BerlinTime.ZONE).toInstant()));
        } else {
            sql.append(" and e.last_ends_at >= now()");
        }
        if (filter.to() != null) {
            sql.append(" and e.first_starts_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to()
                            .plusDays(1)
                            .atStartOfDay(BerlinTime.ZONE)
                            .toInstant()));
        }
        switch (filter.attendance()) {
            case ONLINE -> sql.append(" and e.has_online");
            case ON_SITE -> sql.append(" and e.has_venue");
            case ANY -> {}
        }
        if (filter.freeSeatsOnly()) {
            sql.append(" and (e.capacity is null or e.seats_taken < e.capacity)");
        }
        if (filter.language() != null) {
            sql.append(" and :language = any(e.languages)");
            params.put("language", filter.language());
        }
    }

    /** A term by its id (the tenant's own term) or by its code (a built-in term, in any tenant). */
    private static void termCondition(
            String name,
            TermKind kind,
            @Nullable String value,
            String column,
            StringBuilder sql,
            Map<String, Object> params) {
        if (value == null) {
            return;
        }
        var id = CatalogueParameters.uuid(value);
        sql.append(" and ")
                .append(column)
                .append("(select t.id from events.term t where t.kind = '")
                .append(kind.name())
                .append("' and ")
                .append(id != null ? "t.id = :" : "t.code = :")
                .append(name)
                .append(')');
        params.put(name, id != null ? id : value);
    }

    private List<CatalogueEntry> entries(List<EventRow> rows, Map<UUID, TenantProfile> profiles) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var sessions = sessions(rows.stream().map(EventRow::id).toList());
        var terms = terms(rows.stream().map(EventRow::tenantId).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> {
                    var profile = profiles.get(row.tenantId());
                    return new CatalogueEntry(
                            row.id(),
                            row.tenantId(),
                            profile.slug(),
                            profile.centreName(),
                            row.status(),
                            row.title(),
                            row.summary(),
                            terms.getOrDefault(row.formatId(), new Term(row.formatId(), TermKind.FORMAT, null, "")),
                            row.languages(),
                            sessions.getOrDefault(row.id(), List.of()),
                            row.capacity(),
                            row.seatsTaken(),
                            row.waitlistCount(),
                            row.opensAt(),
                            row.closesAt(),
                            row.hasOnline(),
                            row.hasVenue(),
                            row.version());
                })
                .toList();
    }

    private Map<UUID, List<PublicSession>> sessions(List<UUID> eventIds) {
        var result = new HashMap<UUID, List<PublicSession>>();
        jdbc.sql("""
                        select s.id, s.event_id, s.starts_at, s.ends_at, s.online, s.note,
                               v.id as venue_id, v.name, v.room, v.street, v.postal_code, v.city, v.directions,
                               v.step_free, v.accessible_toilet, v.induction_loop, v.sign_language_on_request,
                               v.accessible_parking, v.accessibility_notes
                        from events.session s left join events.venue v on v.id = s.venue_id and v.tenant_id = s.tenant_id
                        where s.event_id in (:events)
                        order by s.event_id, s.starts_at, s.position
                        """)
                .param("events", eventIds)
                .query((rs, n) -> {
                    var session = new PublicSession(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getTimestamp("ends_at").toInstant(),
                            rs.getBoolean("online"),
                            venue(rs),
                            rs.getString("note"));
                    result.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>())
                            .add(session);
                    return session;
                })
                .list();
        return result;
    }

    private static @Nullable PublicVenue venue(ResultSet rs) throws SQLException {
        var id = rs.getObject("venue_id", UUID.class);
        return id == null ? null : publicVenue(rs, id);
    }

    /** A venue as visitors see it, from a row with the columns of {@code events.venue}. */
    static PublicVenue publicVenue(ResultSet rs, UUID id) throws SQLException {
        return new PublicVenue(
                id,
                rs.getString("name"),
                rs.getString("room"),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("directions"),
                rs.getBoolean("step_free"),
                rs.getBoolean("accessible_toilet"),
                rs.getBoolean("induction_loop"),
                rs.getBoolean("sign_language_on_request"),
                rs.getBoolean("accessible_parking"),
                rs.getString("accessibility_notes"));
    }

    private Map<UUID, Term> terms(Set<UUID> tenantIds) {
        return jdbc
                .sql("select id, kind, code, name from events.term where tenant_id in (:tenants)")
                .param("tenants", List.copyOf(tenantIds))
                .query((rs, n) -> term(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(Term::id, Function.identity()));
    }

    private List<PublicSpeaker> speakers(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select s.name, s.organisation, s.bio
                        from events.event_speaker es join events.speaker s on s.id = es.speaker_id
                        where es.event_id = ? and s.tenant_id = ? and s.publish_consent
                        order by es.position
                        """)
                .params(eventId, tenantId)
                .query((rs, n) ->
                        new PublicSpeaker(rs.getString("name"), rs.getString("organisation"), rs.getString("bio")))
                .list();
    }

    private static List<Term> pick(List<UUID> ids, Map<UUID, Term> terms) {
        return ids.stream().map(terms::get).filter(t -> t != null).toList();
    }

    private static Term term(ResultSet rs) throws SQLException {
        return new Term(
                rs.getObject("id", UUID.class),
                TermKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("name"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record EventRow(
            UUID id,
            UUID tenantId,
            EventStatus status,
            String title,
            String summary,
            UUID formatId,
            List<String> languages,
            @Nullable Integer capacity,
            int seatsTaken,
            int waitlistCount,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt,
            boolean hasOnline,
            boolean hasVenue,
            int version) {

        static EventRow of(ResultSet rs) throws SQLException {
            return new EventRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("tenant_id", UUID.class),
                    EventStatus.valueOf(rs.getString("status")),
                    rs.getString("title"),
                    rs.getString("summary"),
                    rs.getObject("format_id", UUID.class),
                    PgArrays.strings(rs.getArray("languages")),
                    rs.getObject("capacity", Integer.class),
                    rs.getInt("seats_taken"),
                    rs.getInt("waitlist_count"),
                    instant(rs.getTimestamp("registration_opens_at")),
                    instant(rs.getTimestamp("registration_closes_at")),
                    rs.getBoolean("has_online"),
                    rs.getBoolean("has_venue"),
                    rs.getInt("version"));
        }
    }

    private record DetailRow(
            EventRow event,
            String description,
            List<UUID> topicIds,
            List<UUID> targetGroupIds,
            String contactName,
            String contactEmail,
            String contactPhone,
            String consentText,
            int consentVersion,
            boolean approvalRequired,
            boolean confirmationRequired,
            @Nullable String cancellationMessage) {}
}

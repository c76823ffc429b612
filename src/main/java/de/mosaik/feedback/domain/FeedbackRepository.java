package de.mosaik.feedback.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feedback schema, and read-only looks at the events, registrations and attendance marks it
 * depends on. Every query names the tenant.
 */
@Repository
class FeedbackRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Whether the event {@code e} took place (or is taking place) and may be asked about: neither a
     * draft nor cancelled, as {@code events.v_event} says.
     */
    static final String HELD = "not e.draft and not e.cancelled";

    static final Set<String> HELD_STATUSES = Set.of("PUBLISHED", "REGISTRATION_CLOSED", "HELD", "ARCHIVED");

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- events (read only) ---

    Optional<FeedbackEvent> event(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select tenant_id, id, title, status, first_starts_at, last_ends_at
                        from events.v_event where tenant_id = ? and id = ?
                        """)
                .params(tenantId, eventId)
                .query(FeedbackRepository::event)
                .optional();
    }

    /** Events of the tenant whose last session ended from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<FeedbackEvent> eventsEndedBetween(UUID tenantId, Instant from, Instant to) {
        return jdbc.sql("select e.tenant_id, e.id, e.title, e.status, e.first_starts_at, e.last_ends_at "
                        + "from events.v_event e "
                        + "where e.tenant_id = ? and e.last_ends_at >= ? and e.last_ends_at < ? and " + HELD
                        + " order by e.last_ends_at, e.title")
                .params(tenantId, Timestamp.from(from), Timestamp.from(to))
                .query(FeedbackRepository::event)
                .list();
    }

    // --- settings and questions ---

    record SettingsRow(boolean enabled, @Nullable Instant invitedAt, int version) {}

    SettingsRow settings(UUID tenantId, UUID eventId) {
        return jdbc.sql(
                        "select enabled, invited_at, version from feedback.settings where tenant_id = ? and event_id = ?")
                .params(tenantId, eventId)
                .query((rs, n) -> new SettingsRow(
                        rs.getBoolean("enabled"), instant(rs.getTimestamp("invited_at")), rs.getInt("version")))
                .optional()
                .orElse(new SettingsRow(true, null, 0));
    }

    void ensureSettings(UUID tenantId, UUID eventId) {
        jdbc.sql("insert into feedback.settings (event_id, tenant_id) values (?, ?) on conflict (event_id) do nothing")
                .params(eventId, tenantId)
                .update();
    }

    /** Moves the version on if it is still {@code version}; false when someone else changed it first. */
    boolean bumpVersion(UUID tenantId, UUID eventId, int version) {
        ensureSettings(tenantId, eventId);
        return jdbc.sql("update feedback.settings set version = version + 1 "
                                + "where tenant_id = ? and event_id = ? and version = ?")
                        .params(tenantId, eventId, version)
                        .update()
                == 1;
    }

    void setEnabled(UUID tenantId, UUID eventId, boolean enabled) {
        jdbc.sql("update feedback.settings set enabled = ? where tenant_id = ? and event_id = ?")
                .params(enabled, tenantId, eventId)
                .update();
    }

    List<FeedbackQuestion> questions(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select id, position, kind, label, options, required from feedback.question
                        where tenant_id = ? and event_id = ? order by position, id
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new FeedbackQuestion(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("label"),
                        strings(rs.getArray("options")),
                        rs.getBoolean("required")))
                .list();
    }

    void insertQuestion(
            UUID tenantId, UUID eventId, QuestionKind kind, String label, List<String> options, boolean required) {
        jdbc.sql("""
                        insert into feedback.question (id, tenant_id, event_id, position, kind, label, options, required)
                        values (?, ?, ?, coalesce((select max(position) + 1 from feedback.question
                                                   where tenant_id = ? and event_id = ?), 0),
                                ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        eventId,
                        tenantId,
                        eventId,
                        kind.name(),
                        label,
                        options.toArray(String[]::new),
                        required)
                .update();
    }

    boolean updateQuestion(
            UUID tenantId,
            UUID eventId,
            UUID questionId,
            QuestionKind kind,
            String label,
            List<String> options,
            boolean required) {
        return jdbc.sql("""
                                update feedback.question set kind = ?, label = ?, options = ?, required = ?
                                where tenant_id = ? and event_id = ? and id = ?
                                """)
                        .params(
                                kind.name(),
                                label,
                                options.toArray(String[]::new),
                                required,
                                tenantId,
                                eventId,
                                questionId)
                        .update()
                == 1;
    }

    boolean deleteQuestion(UUID tenantId, UUID eventId, UUID questionId) {
        return jdbc.sql("delete from feedback.question where tenant_id = ? and event_id = ? and id = ?")
                        .params(tenantId, eventId, questionId)
                        .update()
                == 1;
    }

    void setPosition(UUID tenantId, UUID eventId, UUID questionId, int position) {
        jdbc.sql("update feedback.question set position = ? where tenant_id = ? and event_id = ? and id = ?")
                .params(position, tenantId, eventId, questionId)
                .update();
    }

    // --- invitations ---

    /** Someone to invite: a confirmed registration without an invitation. */
    record Invitee(UUID registrationId, String email, String givenName, String locale) {}

    /**
     * Who may be invited, of the participants {@code r} ({@code registration.v_participant}): those
     * without an invitation. When attendance was taken for the event, only those marked present at
     * least once: whoever never came cannot judge it. Marks entered later (from the paper sheet) make
     * people invitable then.
     */
    private static final String INVITABLE = """
            not exists (select 1 from feedback.invitation i where i.registration_id = r.id)
              and (not exists (select 1 from attendance.v_mark m
                               where m.tenant_id = r.tenant_id and m.event_id = r.event_id)
                   or exists (select 1 from attendance.v_mark m
                              where m.tenant_id = r.tenant_id and m.registration_id = r.id and m.attended))
            """;

    List<Invitee> uninvited(UUID tenantId, UUID eventId) {
        return jdbc.sql("select r.id, r.email, r.given_name, r.locale from registration.v_participant r "
                        + "where r.tenant_id = :tenant and r.event_id = :event and " + INVITABLE
                        + " order by r.created_at")
                .param("tenant", tenantId)
                .param("event", eventId)
                .query((rs, n) -> new Invitee(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("given_name"),
                        rs.getString("locale")))
                .list();
    }

    /** Locks the event's settings row unless another node holds it; false then, or when it is off. */
    boolean lockForInviting(UUID tenantId, UUID eventId) {
        ensureSettings(tenantId, eventId);
        return jdbc.sql("""
                        select event_id from feedback.settings where tenant_id = ? and event_id = ? and enabled
                        for update skip locked
                        """)
                .params(tenantId, eventId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void markInvited(UUID tenantId, UUID eventId) {
        jdbc.sql(
                        "update feedback.settings set invited_at = coalesce(invited_at, now()) where tenant_id = ? and event_id = ?")
                .params(tenantId, eventId)
                .update();
    }

    /** Records the invitation; false when the registration already has one (then no mail goes out). */
    boolean insertInvitation(UUID tenantId, UUID eventId, UUID registrationId, String tokenHash, Instant sentAt) {
        return jdbc.sql("""
                                insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at)
                                values (?, ?, ?, ?, ?) on conflict (registration_id) do nothing
                                """)
                        .params(registrationId, tenantId, eventId, tokenHash, Timestamp.from(sentAt))
                        .update()
                == 1;
    }

    /** Records when a past round's invitations went out; a round already recorded keeps its moment. */
    void recordInvited(UUID tenantId, UUID eventId, Instant invitedAt) {
        jdbc.sql("""
                        insert into feedback.settings (event_id, tenant_id, invited_at) values (?, ?, ?)
                        on conflict (event_id) do update set invited_at = coalesce(feedback.settings.invited_at, excluded.invited_at)
                        """).params(eventId, tenantId, Timestamp.from(invitedAt)).update();
    }

    /** Records an invitation of a past round, used or not; false when the registration already has one. */
    boolean insertPastInvitation(
            UUID tenantId, UUID eventId, UUID registrationId, String tokenHash, Instant sentAt, boolean responded) {
        return jdbc.sql("""
                                insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at,
                                    responded)
                                values (?, ?, ?, ?, ?, ?) on conflict (registration_id) do nothing
                                """)
                        .params(registrationId, tenantId, eventId, tokenHash, Timestamp.from(sentAt), responded)
                        .update()
                == 1;
    }

    /** An event whose invitations are due. */
    record DueEvent(UUID tenantId, UUID eventId) {}

    /**
     * Events whose last session ended at or before {@code endedBy} and after {@code endedAfter} and
     * that still have someone to invite: on the first run everyone, later those marked present since.
     */
    List<DueEvent> due(Collection<UUID> activeTenants, Instant endedBy, Instant endedAfter) {
        if (activeTenants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.tenant_id, e.id from events.v_event e "
                        + "left join feedback.settings s on s.event_id = e.id "
                        + "where e.tenant_id in (:tenants) and e.last_ends_at <= :endedBy and e.last_ends_at > :endedAfter"
                        + " and " + HELD
                        + " and coalesce(s.enabled, true) and exists (select 1 from registration.v_participant r "
                        + "where r.tenant_id = e.tenant_id and r.event_id = e.id and " + INVITABLE
                        + ") order by e.last_ends_at")
                .param("tenants", activeTenants)
                .param("endedBy", Timestamp.from(endedBy))
                .param("endedAfter", Timestamp.from(endedAfter))
                .query((rs, n) -> new DueEvent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    /** An invitation as its link finds it; no registration id leaves this method. */
    record Invitation(UUID eventId, Instant sentAt, boolean responded) {}

    Optional<Invitation> invitation(UUID tenantId, String tokenHash) {
        return jdbc.sql(
                        "select event_id, sent_at, responded from feedback.invitation where tenant_id = ? and token_hash = ?")
                .params(tenantId, tokenHash)
                .query((rs, n) -> new Invitation(
                        rs.getObject("event_id", UUID.class),
                        rs.getTimestamp("sent_at").toInstant(),
                        rs.getBoolean("responded")))
                .optional();
    }

    /**
     * Uses up the invitation; false when it was used already (a second submit, or a race of two).
     * All invitations of the event are locked first, in one order so that two people answering at
     * once wait for each other instead of deadlocking, and then all are rewritten: they share this
     * transaction's id afterwards, which tells nobody whose response follows it.
     */
    boolean markResponded(UUID tenantId, UUID eventId, String tokenHash) {
        jdbc.sql("select registration_id from feedback.invitation where tenant_id = ? and event_id = ? "
                        + "order by registration_id for update")
                .params(tenantId, eventId)
                .query(UUID.class)
                .list();
        boolean used = jdbc.sql("update feedback.invitation set responded = true "
                                + "where tenant_id = ? and event_id = ? and token_hash = ? and not responded")
                        .params(tenantId, eventId, tokenHash)
                        .update()
                == 1;
        if (used) {
            jdbc.sql("update feedback.invitation set responded = responded "
                            + "where tenant_id = ? and event_id = ? and token_hash <> ?")
                    .params(tenantId, eventId, tokenHash)
                    .update();
        }
        return used;
    }

    /** Opens a used invitation again, after its response could not be stored. */
    void reopen(UUID tenantId, String tokenHash) {
        jdbc.sql("update feedback.invitation set responded = false where tenant_id = ? and token_hash = ?")
                .params(tenantId, tokenHash)
                .update();
    }

    // --- responses ---

    void insertResponse(UUID tenantId, UUID eventId, LocalDate day, Submission submission) {
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, relevance,
                            trainers, organisation, comment, answers)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                        """)
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        eventId,
                        day,
                        submission.overall(),
                        submission.relevance(),
                        submission.trainers(),
                        submission.organisation(),
                        submission.comment(),
                        JSON.writeValueAsString(submission.answers()))
                .update();
    }

    /** The event's responses in the order of their random ids, which says nothing about when they came. */
    List<Submission> responses(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select overall, relevance, trainers, organisation, comment, answers from feedback.response
                        where tenant_id = ? and event_id = ? order by id
                        """)
                .params(tenantId, eventId)
                .query(FeedbackRepository::submission)
                .list();
    }

    /** Invitations and responses per event. */
    record Counts(int invited, int responded) {}

    Counts counts(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select (select count(*) from feedback.invitation where tenant_id = :tenant and event_id = :event),
                               (select count(*) from feedback.response where tenant_id = :tenant and event_id = :event)
                        """)
                .param("tenant", tenantId)
                .param("event", eventId)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        Map<String, String> answers =
                JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, String>>() {});
        return new Submission(
                (Integer) rs.getObject("overall", Integer.class),
                (Integer) rs.getObject("relevance", Integer.class),
                (Integer) rs.getObject("trainers", Integer.class),
                (Integer) rs.getObject("organisation", Integer.class),
                rs.getString("comment"),
                answers);
    }

    private static FeedbackEvent event(ResultSet rs, int row) throws SQLException {
        return new FeedbackEvent(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("status"),
                instant(rs.getTimestamp("first_starts_at")),
                instant(rs.getTimestamp("last_ends_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}

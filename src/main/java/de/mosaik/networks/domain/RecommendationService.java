package de.mosaik.networks.domain;

import de.mosaik.events.TenantEvents;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.RecommendationSetup;
import de.mosaik.networks.RecommendationStatus;
import de.mosaik.shared.text.BerlinTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a network's recommendations and their timelines. Every read and write names the network
 * of the opened area, so that an id of another network is simply not found.
 */
@Service
public class RecommendationService implements RecommendationSetup {

    static final String COLUMNS = """
            r.id, r.network_id, r.number, r.title, r.body, r.topic, r.addressees, r.meeting_id, m.title meeting_title,
            r.status, r.progress, r.adopted_on, r.updated_at, r.version
            """;
    static final String FROM = " from networks.recommendation r left join networks.meeting m on m.id = r.meeting_id ";
    static final String ENTRY_COLUMNS = """
            e.id, e.recommendation_id, r.number, r.title, e.kind, e.member_id, e.author_account_id, e.happened_on,
            e.text, e.status_from, e.status_to, e.event_path, e.event_title, e.practice_slug, e.document_meeting_id,
            e.document_id, e.created_at
            """;

    private final JdbcClient jdbc;
    private final RecommendationStatusPolicy policy = new RecommendationStatusPolicy();
    private final TenantEvents events;
    private final Tenants tenants;

    RecommendationService(JdbcClient jdbc, TenantEvents events, Tenants tenants) {
        this.jdbc = jdbc;
        this.events = events;
        this.tenants = tenants;
    }

    /** Filters of the register; null means any. */
    public record Filter(
            @Nullable RecommendationStatus status,
            @Nullable String topic,
            @Nullable UUID meetingId,
            boolean adoptedOnly) {

        public static Filter adopted() {
            return new Filter(null, null, null, true);
        }
    }

    public enum Outcome {
        DONE,
        CHANGED_MEANWHILE,
        NOT_FOUND,
        UNKNOWN_MEETING
    }

    @Transactional(readOnly = true)
    public List<Recommendation> list(UUID networkId, Filter filter) {
        var sql = new StringBuilder("select " + COLUMNS + FROM + " where r.network_id = ?");
        var params = new ArrayList<Object>();
        params.add(networkId);
        if (filter.status() != null) {
            sql.append(" and r.status = ?");
            params.add(filter.status().name());
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            sql.append(" and r.topic = ?");
            params.add(filter.topic());
        }
        if (filter.meetingId() != null) {
            sql.append(" and r.meeting_id = ?");
            params.add(filter.meetingId());
        }
        if (filter.adoptedOnly()) {
            sql.append(" and r.status <> 'DRAFT'");
        }
        sql.append(" order by r.number desc");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> recommendation(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> byId(UUID networkId, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.network_id = ? and r.id = ?")
                .params(networkId, id)
                .query((rs, row) -> recommendation(rs))
                .optional();
    }

    /** The topics the register uses, for the filter. */
    @Transactional(readOnly = true)
    public List<String> topics(UUID networkId) {
        return jdbc.sql("""
                        select distinct topic from networks.recommendation
                         where network_id = ? and topic <> '' order by topic
                        """).param(networkId).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<MeetingOption> meetings(UUID networkId) {
        return jdbc.sql(
                        "select id, title, starts_on from networks.meeting where network_id = ? order by starts_on desc")
                .param(networkId)
                .query((rs, row) -> new MeetingOption(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("starts_on", LocalDate.class)))
                .list();
    }

    @Transactional
    public Optional<UUID> create(UUID networkId, RecommendationDraft draft) {
        if (!meetingOfNetwork(networkId, draft.meetingId())) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.recommendation
                            (id, network_id, number, title, body, topic, addressees, meeting_id, progress)
                        values (?, ?, (select coalesce(max(number), 0) + 1 from networks.recommendation
                                        where network_id = ?), ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        networkId,
                        networkId,
                        draft.title(),
                        draft.body(),
                        draft.topic(),
                        draft.addressees(),
                        draft.meetingId(),
                        draft.progress())
                .update();
        return Optional.of(id);
    }

    /** Saves the texts as of {@code version}; a form older than the stored recommendation is refused. */
    @Transactional
    public Outcome update(UUID networkId, UUID id, int version, RecommendationDraft draft) {
        if (byId(networkId, id).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (!meetingOfNetwork(networkId, draft.meetingId())) {
            return Outcome.UNKNOWN_MEETING;
        }
        var changed = jdbc.sql("""
                        update networks.recommendation
                           set title = ?, body = ?, topic = ?, addressees = ?, progress = ?, meeting_id = ?,
                               updated_at = now(), version = version + 1
                         where network_id = ? and id = ? and version = ?
                        """)
                .params(
                        draft.title(),
                        draft.body(),
                        draft.topic(),
                        draft.addressees(),
                        draft.progress(),
                        draft.meetingId(),
                        networkId,
                        id,
                        version)
                .update();
        return changed == 1 ? Outcome.DONE : Outcome.CHANGED_MEANWHILE;
    }

    public RecommendationStatusPolicy policy() {
        return policy;
    }

    /** The answer to a status change: the policy's verdict, or why the recommendation itself refused it. */
    public record StatusChange(RecommendationStatusPolicy.Verdict verdict, Outcome outcome) {

        public boolean done() {
            return verdict == RecommendationStatusPolicy.Verdict.ALLOWED && outcome == Outcome.DONE;
        }
    }

    /**
     * Moves the status as the policy allows, as of {@code version}, and writes the change into the timeline.
     * Adopting records the adoption day and, if given, the meeting; done sets the progress to 100.
     */
    @Transactional
    public StatusChange changeStatus(
            UUID networkId,
            UUID id,
            int version,
            RecommendationStatus target,
            @Nullable LocalDate adoptedOn,
            @Nullable UUID meetingId,
            String note,
            @Nullable UUID accountId) {
        var current = byId(networkId, id);
        if (current.isEmpty()) {
            return new StatusChange(RecommendationStatusPolicy.Verdict.ALLOWED, Outcome.NOT_FOUND);
        }
        var verdict = policy.decide(current.get().status(), target, adoptedOn, LocalDate.now(BerlinTime.ZONE));
        if (verdict != RecommendationStatusPolicy.Verdict.ALLOWED) {
            return new StatusChange(verdict, Outcome.DONE);
        }
        if (target == RecommendationStatus.ADOPTED && !meetingOfNetwork(networkId, meetingId)) {
            return new StatusChange(verdict, Outcome.UNKNOWN_MEETING);
        }
        var adopting = target == RecommendationStatus.ADOPTED;
        var changed = jdbc.sql("""
                        update networks.recommendation
                           set status = ?,
                               adopted_on = case when ? then ? else adopted_on end,
                               meeting_id = case when ? and ?::uuid is not null then ?::uuid else meeting_id end,
                               progress = case when ? = 'IMPLEMENTED' then 100 else progress end,
                               updated_at = now(), version = version + 1
                         where network_id = ? and id = ? and version = ?
                        """)
                .params(
                        target.name(),
                        adopting,
                        adoptedOn,
                        adopting,
                        meetingId,
                        meetingId,
                        target.name(),
                        networkId,
                        id,
                        version)
                .update();
        if (changed != 1) {
            return new StatusChange(verdict, Outcome.CHANGED_MEANWHILE);
        }
        var day = adopting && adoptedOn != null ? adoptedOn : LocalDate.now(BerlinTime.ZONE);
        jdbc.sql("""
                        insert into networks.recommendation_entry
                            (id, recommendation_id, network_id, kind, author_account_id, happened_on, text,
                             status_from, status_to)
                        values (?, ?, ?, 'STATUS', ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        id,
                        networkId,
                        accountId,
                        day,
                        note,
                        current.get().status().name(),
                        target.name())
                .update();
        return new StatusChange(verdict, Outcome.DONE);
    }

    /** Why a progress report was refused; null when it was recorded. */
    public enum ReportProblem {
        NOT_FOUND,
        NOT_AWAITED,
        UNKNOWN_EVENT,
        UNKNOWN_MEETING
    }

    /**
     * Records a member body's progress report on an adopted recommendation. The event must be one of the body's
     * own tenant ({@code bodyTenantId}), the document's meeting one of the network's.
     */
    @Transactional
    public @Nullable ReportProblem report(
            UUID networkId,
            UUID recommendationId,
            UUID memberId,
            @Nullable UUID bodyTenantId,
            @Nullable UUID accountId,
            ProgressReport report) {
        var recommendation = byId(networkId, recommendationId);
        if (recommendation.isEmpty()) {
            return ReportProblem.NOT_FOUND;
        }
        if (!recommendation.get().status().adopted()) {
            return ReportProblem.NOT_AWAITED;
        }
        String eventPath = null;
        String eventTitle = null;
        if (report.eventId() != null) {
            var event = bodyTenantId == null
                    ? Optional.<TenantEvents.EventDates>empty()
                    : events.events(bodyTenantId).stream()
                            .filter(e -> e.id().equals(report.eventId()))
                            .findFirst();
            var tenant = bodyTenantId == null
                    ? Optional.<String>empty()
                    : tenants.byId(bodyTenantId).map(t -> t.slug());
            if (event.isEmpty() || tenant.isEmpty()) {
                return ReportProblem.UNKNOWN_EVENT;
            }
            eventPath = "/" + tenant.get() + "/veranstaltungen/" + report.eventId();
            eventTitle = event.get().title();
        }
        if (report.documentId() != null && !meetingOfNetwork(networkId, report.documentMeetingId())) {
            return ReportProblem.UNKNOWN_MEETING;
        }
        jdbc.sql("""
                        insert into networks.recommendation_entry
                            (id, recommendation_id, network_id, kind, member_id, author_account_id, happened_on, text,
                             event_tenant_id, event_id, event_path, event_title, practice_slug, document_meeting_id,
                             document_id)
                        values (?, ?, ?, 'REPORT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        recommendationId,
                        networkId,
                        memberId,
                        accountId,
                        report.on(),
                        report.text(),
                        eventPath == null ? null : bodyTenantId,
                        eventPath == null ? null : report.eventId(),
                        eventPath,
                        eventTitle,
                        report.practiceSlug(),
                        report.documentId() == null ? null : report.documentMeetingId(),
                        report.documentId())
                .update();
        jdbc.sql("update networks.recommendation set updated_at = now() where id = ?")
                .param(recommendationId)
                .update();
        return null;
    }

    /** The recommendation's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<RecommendationEntry> entries(UUID networkId, UUID recommendationId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                         from networks.recommendation_entry e join networks.recommendation r on r.id = e.recommendation_id
                        where e.network_id = ? and e.recommendation_id = ?
                        order by e.happened_on desc, e.created_at desc
                        """)
                .params(networkId, recommendationId)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** The latest entries of adopted recommendations of the network, newest first, for the feed. */
    @Transactional(readOnly = true)
    public List<RecommendationEntry> publicChanges(UUID networkId, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                         from networks.recommendation_entry e join networks.recommendation r on r.id = e.recommendation_id
                        where e.network_id = ? and r.status <> 'DRAFT'
                        order by e.created_at desc limit ?
                        """)
                .params(networkId, limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** For each recommendation of the network: the member bodies that reported on it. */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> reporters(UUID networkId) {
        var result = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                        select distinct recommendation_id, member_id from networks.recommendation_entry
                         where network_id = ? and kind = 'REPORT'
                        """)
                .param(networkId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .forEach(e ->
                        result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return result;
    }

    @Transactional(readOnly = true)
    public int reminderDays(UUID networkId) {
        return jdbc.sql("select recommendation_reminder_days from networks.network where id = ?")
                .param(networkId)
                .query(Integer.class)
                .single();
    }

    @Transactional
    public void setReminderDays(UUID networkId, int days) {
        jdbc.sql("update networks.network set recommendation_reminder_days = ? where id = ?")
                .params(days, networkId)
                .update();
    }

    @Override
    @Transactional
    public UUID recordRecommendation(UUID networkId, PastRecommendation r) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.recommendation
                            (id, network_id, number, title, body, topic, addressees, meeting_id, status, progress,
                             adopted_on)
                        values (?, ?, (select coalesce(max(number), 0) + 1 from networks.recommendation
                                        where network_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        networkId,
                        networkId,
                        r.title(),
                        r.body(),
                        r.topic(),
                        r.addressees(),
                        r.meetingId(),
                        r.status().name(),
                        r.progress(),
                        r.adoptedOn())
                .update();
        if (r.status().adopted() && r.adoptedOn() != null) {
            statusEntry(networkId, id, RecommendationStatus.DRAFT, RecommendationStatus.ADOPTED, r.adoptedOn());
            if (r.status() != RecommendationStatus.ADOPTED) {
                var later = r.adoptedOn().plusMonths(6);
                var today = LocalDate.now(BerlinTime.ZONE);
                statusEntry(
                        networkId, id, RecommendationStatus.ADOPTED, r.status(), later.isAfter(today) ? today : later);
            }
        }
        return id;
    }

    @Override
    @Transactional
    public UUID recordReport(UUID networkId, UUID recommendationId, UUID memberId, LocalDate on, String text) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.recommendation_entry
                            (id, recommendation_id, network_id, kind, member_id, happened_on, text, created_at)
                        values (?, ?, ?, 'REPORT', ?, ?, ?, ?)
                        """)
                .params(id, recommendationId, networkId, memberId, on, text, Timestamp.from(BerlinTime.startOf(on)))
                .update();
        return id;
    }

    private void statusEntry(
            UUID networkId, UUID id, RecommendationStatus from, RecommendationStatus to, LocalDate on) {
        jdbc.sql("""
                        insert into networks.recommendation_entry
                            (id, recommendation_id, network_id, kind, happened_on, status_from, status_to, created_at)
                        values (?, ?, ?, 'STATUS', ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        id,
                        networkId,
                        on,
                        from.name(),
                        to.name(),
                        Timestamp.from(BerlinTime.startOf(on)))
                .update();
    }

    private boolean meetingOfNetwork(UUID networkId, @Nullable UUID meetingId) {
        if (meetingId == null) {
            return true;
        }
        return jdbc.sql("select count(*) from networks.meeting where network_id = ? and id = ?")
                        .params(networkId, meetingId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    static Recommendation recommendation(ResultSet rs) throws SQLException {
        return new Recommendation(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("topic"),
                rs.getString("addressees"),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("meeting_title"),
                RecommendationStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                rs.getObject("adopted_on", LocalDate.class),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    static RecommendationEntry entry(ResultSet rs) throws SQLException {
        var from = rs.getString("status_from");
        var to = rs.getString("status_to");
        return new RecommendationEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("recommendation_id", UUID.class),
                rs.getInt("number"),
                rs.getString("title"),
                RecommendationEntry.Kind.valueOf(rs.getString("kind")),
                rs.getObject("member_id", UUID.class),
                rs.getObject("author_account_id", UUID.class),
                rs.getObject("happened_on", LocalDate.class),
                rs.getString("text"),
                from == null ? null : RecommendationStatus.valueOf(from),
                to == null ? null : RecommendationStatus.valueOf(to),
                rs.getString("event_path"),
                rs.getString("event_title"),
                rs.getString("practice_slug"),
                rs.getObject("document_meeting_id", UUID.class),
                rs.getObject("document_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}

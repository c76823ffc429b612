package de.mosaik.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events of one test, written straight into the events schema of a demo tenant, because the
 * back office that creates them is built elsewhere. Every name carries a random suffix and
 * {@link #cleanUp()} removes what was added, so tests and people exploring the demo never see
 * them.
 */
public final class CatalogueFixtures {

    private final JdbcClient jdbc;
    private final UUID tenantId;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<UUID> events = new ArrayList<>();
    private final List<UUID> terms = new ArrayList<>();
    private final List<UUID> venues = new ArrayList<>();
    private final List<UUID> speakers = new ArrayList<>();

    public CatalogueFixtures(JdbcClient jdbc, UUID tenantId) {
        this.jdbc = jdbc;
        this.tenantId = tenantId;
    }

    public UUID tenantId() {
        return tenantId;
    }

    /** A word no other test or demo data uses, for searches that must find only this test's events. */
    public String word() {
        return "Zqx" + suffix.replaceAll("[0-9]", "k");
    }

    /** The stored name of a term or venue this fixture created as {@code name}. */
    public String named(String name) {
        return name + " " + suffix;
    }

    public UUID term(TermKind kind, String name, @Nullable String code) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.term (id, tenant_id, kind, code, name) values (?, ?, ?, ?, ?)")
                .params(id, tenantId, kind.name(), code, name + " " + suffix)
                .update();
        terms.add(id);
        return id;
    }

    public UUID venue(String name, boolean stepFree) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.venue (id, tenant_id, name, street, postal_code, city, room, step_free,
                            accessible_toilet, induction_loop, sign_language_on_request, accessibility_notes)
                        values (?, ?, ?, 'Bismarckstraße 16', '52351', 'Düren', 'Raum 101', ?, ?, true, false,
                            'Aufzug am Seiteneingang')
                        """)
                .params(id, tenantId, name + " " + suffix, stepFree, stepFree)
                .update();
        venues.add(id);
        return id;
    }

    public EventBuilder event(String title, UUID format) {
        return new EventBuilder(title, format);
    }

    /** Removes everything this fixture added. */
    public void cleanUp() {
        for (var id : events) {
            jdbc.sql("delete from events.event where id = ?").param(id).update();
        }
        for (var id : speakers) {
            jdbc.sql("delete from events.speaker where id = ?").param(id).update();
        }
        for (var id : venues) {
            jdbc.sql("delete from events.venue where id = ?").param(id).update();
        }
        for (var id : terms) {
            jdbc.sql("delete from events.term where id = ?").param(id).update();
        }
    }

    private record Session(
            Instant start, Instant end, @Nullable UUID venue, String onlineUrl) {}

    private record Speaker(String name, boolean consent) {}

    public final class EventBuilder {
        private final String title;
        private final UUID format;
        private String status = "PUBLISHED";
        private String summary = "Kurzbeschreibung";
        private String description = "Eine **Beschreibung**.";
        private List<UUID> topics = List.of();
        private List<UUID> targetGroups = List.of();
        private List<String> languages = List.of("de");
        private @Nullable Integer capacity;
        private int seatsTaken;
        private int waitlist;
        private @Nullable Instant opensAt;
        private @Nullable Instant closesAt;
        private final List<Session> sessions = new ArrayList<>();
        private final List<Speaker> eventSpeakers = new ArrayList<>();
        private boolean question;

        private EventBuilder(String title, UUID format) {
            this.title = title;
            this.format = format;
        }

        public EventBuilder status(String value) {
            status = value;
            return this;
        }

        public EventBuilder summary(String value) {
            summary = value;
            return this;
        }

        public EventBuilder description(String value) {
            description = value;
            return this;
        }

        public EventBuilder topics(UUID... ids) {
            topics = List.of(ids);
            return this;
        }

        public EventBuilder targetGroups(UUID... ids) {
            targetGroups = List.of(ids);
            return this;
        }

        public EventBuilder languages(String... codes) {
            languages = List.of(codes);
            return this;
        }

        public EventBuilder seats(@Nullable Integer total, int taken, int waiting) {
            capacity = total;
            seatsTaken = taken;
            waitlist = waiting;
            return this;
        }

        public EventBuilder window(@Nullable Instant opens, @Nullable Instant closes) {
            opensAt = opens;
            closesAt = closes;
            return this;
        }

        /** A session of {@code hours} on site, starting {@code fromNow} from now (negative: past). */
        public EventBuilder onSite(Duration fromNow, int hours, UUID venue) {
            var start = Instant.now().plus(fromNow);
            sessions.add(new Session(start, start.plus(Duration.ofHours(hours)), venue, ""));
            return this;
        }

        public EventBuilder online(Duration fromNow, int hours, String url) {
            var start = Instant.now().plus(fromNow);
            sessions.add(new Session(start, start.plus(Duration.ofHours(hours)), null, url));
            return this;
        }

        public EventBuilder speaker(String name, boolean consent) {
            eventSpeakers.add(new Speaker(name, consent));
            return this;
        }

        public EventBuilder withQuestion() {
            question = true;
            return this;
        }

        public UUID insert() {
            var id = UUID.randomUUID();
            var first = sessions.stream()
                    .map(Session::start)
                    .min(Instant::compareTo)
                    .orElse(null);
            var last =
                    sessions.stream().map(Session::end).max(Instant::compareTo).orElse(null);
            jdbc.sql("""
                            insert into events.event (id, tenant_id, status, format_id, title, summary, description,
                                topic_ids, target_group_ids, languages, contact_name, contact_email, capacity,
                                seats_taken, waitlist_count, registration_opens_at, registration_closes_at,
                                consent_text, consent_version, first_starts_at, last_ends_at, has_online, has_venue)
                            values (:id, :tenant, :status, :format, :title, :summary, :description,
                                cast(:topics as uuid[]), cast(:groups as uuid[]), cast(:languages as varchar[]),
                                'Anna Beispiel', 'anna@kreis-dueren.example', :capacity, :taken, :waiting,
                                :opens, :closes, 'Ich willige ein.', 3, :first, :last, :online, :venue)
                            """)
                    .param("id", id)
                    .param("tenant", tenantId)
                    .param("status", status)
                    .param("format", format)
                    .param("title", title)
                    .param("summary", summary)
                    .param("description", description)
                    .param("topics", array(topics))
                    .param("groups", array(targetGroups))
                    .param("languages", array(languages))
                    .param("capacity", capacity, java.sql.Types.INTEGER)
                    .param("taken", seatsTaken)
                    .param("waiting", waitlist)
                    .param("opens", timestamp(opensAt), java.sql.Types.TIMESTAMP)
                    .param("closes", timestamp(closesAt), java.sql.Types.TIMESTAMP)
                    .param("first", timestamp(first), java.sql.Types.TIMESTAMP)
                    .param("last", timestamp(last), java.sql.Types.TIMESTAMP)
                    .param("online", sessions.stream().anyMatch(s -> s.venue() == null))
                    .param("venue", sessions.stream().anyMatch(s -> s.venue() != null))
                    .update();
            events.add(id);
            int position = 0;
            for (var session : sessions) {
                jdbc.sql("""
                                insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at,
                                    venue_id, online, online_url)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """)
                        .params(
                                UUID.randomUUID(),
                                id,
                                tenantId,
                                position++,
                                Timestamp.from(session.start()),
                                Timestamp.from(session.end()),
                                session.venue(),
                                session.venue() == null,
                                session.onlineUrl())
                        .update();
            }
            position = 0;
            for (var speaker : eventSpeakers) {
                var speakerId = UUID.randomUUID();
                jdbc.sql("""
                                insert into events.speaker (id, tenant_id, name, organisation, bio, publish_consent)
                                values (?, ?, ?, 'Hochschule', 'Forscht zu Vielfalt.', ?)
                                """)
                        .params(speakerId, tenantId, speaker.name(), speaker.consent())
                        .update();
                speakers.add(speakerId);
                jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, ?)")
                        .params(id, speakerId, position++)
                        .update();
            }
            if (question) {
                jdbc.sql("""
                                insert into events.question (id, event_id, tenant_id, position, kind, label, options, required)
                                values (?, ?, ?, 0, 'CHOICE', 'Essenswunsch', '{vegetarisch,vegan}', true)
                                """).params(UUID.randomUUID(), id, tenantId).update();
            }
            return id;
        }
    }

    private static String array(List<?> values) {
        var parts = values.stream().map(v -> "\"" + v + "\"").toList();
        return "{" + String.join(",", parts) + "}";
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

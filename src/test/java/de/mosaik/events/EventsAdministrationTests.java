package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.events.domain.Editor;
import de.mosaik.events.domain.EventAction;
import de.mosaik.events.domain.EventDetails;
import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventListItem;
import de.mosaik.events.domain.EventQuery;
import de.mosaik.events.domain.EventQuestionService;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.EventSessionService;
import de.mosaik.events.domain.QuestionInput;
import de.mosaik.events.domain.RegistrationSettings;
import de.mosaik.events.domain.SessionInput;
import de.mosaik.events.domain.SpeakerDetails;
import de.mosaik.events.domain.SpeakerService;
import de.mosaik.events.domain.VenueService;
import de.mosaik.events.domain.VocabularyService;
import de.mosaik.identity.IdentitySetup;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The back office's services for events, each used as the staff of one tenant and tried from another. */
@RecordApplicationEvents
class EventsAdministrationTests extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    IdentitySetup identity;

    @Autowired
    EventService events;

    @Autowired
    EventSessionService sessions;

    @Autowired
    EventQuestionService questions;

    @Autowired
    VenueService venues;

    @Autowired
    SpeakerService speakers;

    @Autowired
    VocabularyService vocabulary;

    @Autowired
    ApplicationEvents published;

    UUID tenant;
    UUID other;
    Editor editor = new Editor(UUID.randomUUID(), "Jonas Becker");

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant().id();
        other = fixtures.newTenant().id();
    }

    @Test
    void everyNewTenantStartsWithTheDefaultVocabulary() {
        assertThat(vocabulary.active(tenant, TermKind.FORMAT))
                .extracting(Term::code)
                .containsExactly("SCHULUNG", "FORTBILDUNG", "FACHTAG", "WORKSHOP", "VORTRAG");
        assertThat(vocabulary.active(tenant, TermKind.TOPIC)).hasSize(9);
        assertThat(vocabulary.active(tenant, TermKind.TARGET_GROUP))
                .extracting(Term::name)
                .contains("Lehrkräfte", "Inklusionsassistent*innen / Integrationshelfer*innen");
        // The demo tenants were created through the same route at start-up.
        var demo = new Fixtures(jdbc, identity).tenantId("kreis-dueren");
        assertThat(vocabulary.active(demo, TermKind.TARGET_GROUP))
                .extracting(Term::code)
                .contains(
                        "KREISVERWALTUNG",
                        "INKLUSIONSASSISTENZ",
                        "PAED_FACHKRAEFTE",
                        "LEHRKRAEFTE",
                        "SCHULSOZIALARBEIT",
                        "KITA",
                        "INTEGRATIONSBEAUFTRAGTE",
                        "VERWALTUNG",
                        "EHRENAMT",
                        "OEFFENTLICHKEIT");
        // Seeding again adds nothing.
        vocabulary.seed(tenant);
        assertThat(vocabulary.all(tenant, TermKind.FORMAT)).hasSize(5);
    }

    @Test
    void staffMaintainTheVocabularyButCannotDeleteAUsedTerm() {
        assertThat(vocabulary.add(tenant, TermKind.FORMAT, "Exkursion")).isEqualTo(EventEditOutcome.DONE);
        assertThat(vocabulary.add(tenant, TermKind.FORMAT, "exkursion")).isEqualTo(EventEditOutcome.NAME_TAKEN);
        var added = last(vocabulary.all(tenant, TermKind.FORMAT));
        assertThat(added.name()).isEqualTo("Exkursion");
        assertThat(vocabulary.move(tenant, added.id(), true)).isEqualTo(EventEditOutcome.DONE);
        assertThat(vocabulary.all(tenant, TermKind.FORMAT).get(4).id()).isEqualTo(added.id());

        var id = createEvent(tenant, "Vokabeltest");
        var format = events.byId(tenant, id).orElseThrow().details().formatId();
        assertThat(vocabulary.delete(tenant, format)).isEqualTo(EventEditOutcome.IN_USE);
        assertThat(vocabulary.setActive(tenant, format, false)).isEqualTo(EventEditOutcome.DONE);
        assertThat(vocabulary.active(tenant, TermKind.FORMAT))
                .extracting(Term::id)
                .doesNotContain(format);
        assertThat(vocabulary.delete(tenant, added.id())).isEqualTo(EventEditOutcome.DONE);

        assertThat(vocabulary.rename(other, format, "Fremd")).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(vocabulary.setActive(other, format, true)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(vocabulary.delete(other, format)).isEqualTo(EventEditOutcome.NOT_FOUND);
    }

    @Test
    void aTargetGroupOnlyTheStatisticsStillNameIsInUse() {
        assertThat(vocabulary.add(tenant, TermKind.TARGET_GROUP, "Nur noch in der Statistik"))
                .isEqualTo(EventEditOutcome.DONE);
        var group = last(vocabulary.all(tenant, TermKind.TARGET_GROUP)).id();
        jdbc.sql("""
                        insert into reporting.participation_fact (tenant_id, person_key, event_id, event_starts_at,
                            status, confirmed_once, target_group_id, institution_type, attendance_taken,
                            sessions_attended, hours_attended, known_from)
                        values (?, 'anon-vocabulary', ?, now(), 'CONFIRMED', true, ?, 'NONE', true, 1, 2, current_date)
                        """).params(tenant, UUID.randomUUID(), group).update();

        assertThat(vocabulary.delete(tenant, group)).isEqualTo(EventEditOutcome.IN_USE);
        assertThat(vocabulary.setActive(tenant, group, false)).isEqualTo(EventEditOutcome.DONE);
    }

    @Test
    void recordsOfAnotherTenantAreNeitherFoundNorChanged() {
        var id = createEvent(tenant, "Nur für den eigenen Mandanten");
        var venue = venues.create(tenant, venue("Kreishaus")).orElseThrow();
        var speaker = speakers.create(tenant, new SpeakerDetails(null, "Dr. Extern", "", "", true))
                .orElseThrow();
        var event = events.byId(tenant, id).orElseThrow();

        assertThat(events.byId(other, id)).isEmpty();
        assertThat(events.updateDetails(other, id, event.version(), details(other, "Übernommen"), editor))
                .isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(events.updateRegistration(other, id, event.version(), settings(10, "Text"), editor))
                .isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(events.apply(other, id, EventAction.ARCHIVE, editor)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(events.cancel(other, id, "Weg", editor)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(events.copy(other, id, "Kopie", editor)).isEmpty();
        assertThat(events.setSpeakers(other, id, List.of(speaker), editor)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(events.changes(other, id)).isEmpty();
        assertThat(sessions.save(other, id, null, online(1), EventSessionService.Notice.none(), editor))
                .isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(questions.save(other, id, null, question("Frage"), editor)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(search(other, "")).isEmpty();
        assertThat(venues.byId(other, venue)).isEmpty();
        assertThat(venues.update(other, venue, 0, venue("Übernommen"), true)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(speakers.byId(other, speaker)).isEmpty();
        assertThat(speakers.update(other, speaker, 0, new SpeakerDetails(null, "X", "", "", true), true))
                .isEqualTo(EventEditOutcome.NOT_FOUND);

        // Nor can the own event take a venue, a speaker or a term of another tenant.
        var foreignVenue = venues.create(other, venue("Fremder Ort")).orElseThrow();
        var place = new SessionInput(at(2030, 3, 1, 9), at(2030, 3, 1, 12), foreignVenue, false, "", "");
        assertThat(sessions.save(tenant, id, null, place, EventSessionService.Notice.none(), editor))
                .isEqualTo(EventEditOutcome.NOT_FOUND);
        var foreignSpeaker = speakers.create(other, new SpeakerDetails(null, "Fremd", "", "", true))
                .orElseThrow();
        events.setSpeakers(tenant, id, List.of(foreignSpeaker, speaker), editor);
        assertThat(events.speakerIds(tenant, id)).containsExactly(speaker);
        var foreignTopic = vocabulary.active(other, TermKind.TOPIC).get(0).id();
        assertThat(events.termsOfKind(tenant, TermKind.TOPIC.name(), List.of(foreignTopic)))
                .isFalse();

        var unchanged = events.byId(tenant, id).orElseThrow();
        assertThat(unchanged.title()).isEqualTo("Nur für den eigenen Mandanten");
        assertThat(unchanged.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(sessions.of(tenant, id)).isEmpty();
    }

    @Test
    void aStaleFormDoesNotOverwriteAnotherPersonsChange() {
        var id = createEvent(tenant, "Erste Fassung");
        var version = events.byId(tenant, id).orElseThrow().version();
        assertThat(events.updateDetails(tenant, id, version, details(tenant, "Zweite Fassung"), editor))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(events.updateDetails(tenant, id, version, details(tenant, "Dritte Fassung"), editor))
                .isEqualTo(EventEditOutcome.CHANGED_MEANWHILE);
        assertThat(events.updateRegistration(tenant, id, version, settings(10, "Text"), editor))
                .isEqualTo(EventEditOutcome.CHANGED_MEANWHILE);
        assertThat(events.byId(tenant, id).orElseThrow().title()).isEqualTo("Zweite Fassung");

        var venue = venues.create(tenant, venue("Bürgerhaus")).orElseThrow();
        assertThat(venues.update(tenant, venue, 0, venue("Bürgerhaus Nord"), true))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(venues.update(tenant, venue, 0, venue("Bürgerhaus Süd"), true))
                .isEqualTo(EventEditOutcome.CHANGED_MEANWHILE);
        assertThat(venues.byId(tenant, venue).orElseThrow().name()).isEqualTo("Bürgerhaus Nord");
        assertThat(venues.create(tenant, venue("bürgerhaus nord"))).isEmpty();
    }

    @Test
    void capacityCannotFallBelowTheSeatsTakenAndRaisingItIsAnnounced() {
        var id = createEvent(tenant, "Fachtag");
        var version = events.byId(tenant, id).orElseThrow().version();
        assertThat(events.updateRegistration(tenant, id, version, settings(10, "Einwilligung"), editor))
                .isEqualTo(EventEditOutcome.DONE);
        jdbc.sql("update events.event set seats_taken = 8 where id = ?")
                .param(id)
                .update();
        version = events.byId(tenant, id).orElseThrow().version();

        assertThat(events.updateRegistration(tenant, id, version, settings(7, "Einwilligung"), editor))
                .isEqualTo(EventEditOutcome.CAPACITY_BELOW_TAKEN);
        assertThat(events.byId(tenant, id).orElseThrow().registration().capacity())
                .isEqualTo(10);
        assertThat(published.stream(CapacityRaised.class)).isEmpty();

        assertThat(events.updateRegistration(tenant, id, version, settings(12, "Einwilligung"), editor))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(published.stream(CapacityRaised.class)).containsExactly(new CapacityRaised(tenant, id));
        version = events.byId(tenant, id).orElseThrow().version();
        assertThat(events.updateRegistration(tenant, id, version, settings(null, "Einwilligung"), editor))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(published.stream(CapacityRaised.class)).hasSize(2);
        assertThat(events.byId(tenant, id).orElseThrow().registration().capacity())
                .isNull();
    }

    @Test
    void aChangedConsentTextGetsANewVersion() {
        var id = createEvent(tenant, "Workshop");
        var event = events.byId(tenant, id).orElseThrow();
        assertThat(event.consentVersion()).isEqualTo(1);
        events.updateRegistration(tenant, id, event.version(), settings(20, "Fassung A"), editor);
        event = events.byId(tenant, id).orElseThrow();
        assertThat(event.consentVersion()).isEqualTo(2);
        events.updateRegistration(tenant, id, event.version(), settings(25, "Fassung A"), editor);
        event = events.byId(tenant, id).orElseThrow();
        assertThat(event.consentVersion()).isEqualTo(2);
        events.updateRegistration(tenant, id, event.version(), settings(25, "Fassung B"), editor);
        assertThat(events.byId(tenant, id).orElseThrow().consentVersion()).isEqualTo(3);
    }

    @Test
    void sessionsDecideTheDerivedColumnsAndPublishing() {
        var id = createEvent(tenant, "Schulung in zwei Teilen");
        assertThat(events.apply(tenant, id, EventAction.PUBLISH, editor)).isEqualTo(EventEditOutcome.NO_SESSION);

        var venue = venues.create(tenant, venue("Kreishaus Düren")).orElseThrow();
        sessions.save(
                tenant,
                id,
                null,
                new SessionInput(at(2030, 5, 4, 9), at(2030, 5, 4, 16), venue, false, "", "Raum 101"),
                EventSessionService.Notice.none(),
                editor);
        sessions.save(tenant, id, null, online(11), EventSessionService.Notice.none(), editor);
        var event = events.byId(tenant, id).orElseThrow();
        assertThat(event.firstStartsAt()).isEqualTo(at(2030, 5, 4, 9));
        assertThat(event.lastEndsAt()).isEqualTo(at(2030, 5, 11, 12));
        assertThat(flags(id)).isEqualTo("true true");

        var first = sessions.of(tenant, id).get(0);
        assertThat(first.venueName()).isEqualTo("Kreishaus Düren");
        sessions.remove(tenant, id, first.id(), EventSessionService.Notice.none(), editor);
        assertThat(events.byId(tenant, id).orElseThrow().firstStartsAt()).isEqualTo(at(2030, 5, 11, 9));
        assertThat(flags(id)).isEqualTo("true false");
        // A draft has nobody to tell.
        sessions.save(tenant, id, null, online(18), new EventSessionService.Notice(true, "Neu"), editor);
        assertThat(published.stream(EventRescheduled.class)).isEmpty();

        assertThat(events.apply(tenant, id, EventAction.PUBLISH, editor)).isEqualTo(EventEditOutcome.DONE);
        var later = last(sessions.of(tenant, id));
        sessions.save(
                tenant, id, later.id(), online(25), new EventSessionService.Notice(true, "Eine Woche später"), editor);
        assertThat(published.stream(EventRescheduled.class))
                .containsExactly(new EventRescheduled(tenant, id, "Schulung in zwei Teilen", "Eine Woche später"));
        assertThat(events.byId(tenant, id).orElseThrow().lastEndsAt()).isEqualTo(at(2030, 5, 25, 12));
    }

    @Test
    void aNewEventAsksForConsentAndCannotGoPublicWithoutAConsentText() {
        var id = createEvent(tenant, "Einwilligung");
        sessions.save(tenant, id, null, online(3), EventSessionService.Notice.none(), editor);
        assertThat(events.byId(tenant, id).orElseThrow().registration().consentText())
                .startsWith("Ich bin damit einverstanden");
        jdbc.sql("update events.event set consent_text = ' ' where id = ?")
                .param(id)
                .update();

        assertThat(events.apply(tenant, id, EventAction.PUBLISH, editor)).isEqualTo(EventEditOutcome.NO_CONSENT_TEXT);
        assertThat(events.byId(tenant, id).orElseThrow().status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void theLifecycleAllowsOnlyItsSteps() {
        var id = createEvent(tenant, "Vortrag");
        sessions.save(tenant, id, null, online(1), EventSessionService.Notice.none(), editor);
        assertThat(events.apply(tenant, id, EventAction.MARK_HELD, editor)).isEqualTo(EventEditOutcome.NOT_ALLOWED);
        assertThat(events.cancel(tenant, id, "Fällt aus", editor)).isEqualTo(EventEditOutcome.NOT_ALLOWED);
        assertThat(events.apply(tenant, id, EventAction.PUBLISH, editor)).isEqualTo(EventEditOutcome.DONE);
        assertThat(events.apply(tenant, id, EventAction.PUBLISH, editor)).isEqualTo(EventEditOutcome.NOT_ALLOWED);
        assertThat(events.apply(tenant, id, EventAction.CLOSE_REGISTRATION, editor))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(events.apply(tenant, id, EventAction.REOPEN, editor)).isEqualTo(EventEditOutcome.DONE);
        assertThat(events.apply(tenant, id, EventAction.MARK_HELD, editor)).isEqualTo(EventEditOutcome.DONE);
        assertThat(events.apply(tenant, id, EventAction.ARCHIVE, editor)).isEqualTo(EventEditOutcome.DONE);
        assertThat(events.byId(tenant, id).orElseThrow().status()).isEqualTo(EventStatus.ARCHIVED);

        var cancelled = createEvent(tenant, "Fachtag Vielfalt");
        sessions.save(tenant, cancelled, null, online(2), EventSessionService.Notice.none(), editor);
        events.apply(tenant, cancelled, EventAction.PUBLISH, editor);
        assertThat(events.cancel(tenant, cancelled, "Die Referentin ist erkrankt.", editor))
                .isEqualTo(EventEditOutcome.DONE);
        var event = events.byId(tenant, cancelled).orElseThrow();
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.cancellationMessage()).isEqualTo("Die Referentin ist erkrankt.");
        assertThat(published.stream(EventCancelled.class))
                .containsExactly(
                        new EventCancelled(tenant, cancelled, "Fachtag Vielfalt", "Die Referentin ist erkrankt."));
    }

    @Test
    void aCopyIsANewDraftWithEverythingButRegistrations() {
        var id = createEvent(tenant, "Original");
        var speaker = speakers.create(tenant, new SpeakerDetails(null, "Dr. Maria Alexopoulou", "", "", true))
                .orElseThrow();
        events.setSpeakers(tenant, id, List.of(speaker), editor);
        sessions.save(tenant, id, null, online(3), EventSessionService.Notice.none(), editor);
        questions.save(tenant, id, null, question("Welche Schule?"), editor);
        var version = events.byId(tenant, id).orElseThrow().version();
        events.updateRegistration(tenant, id, version, settings(30, "Einwilligung"), editor);
        events.apply(tenant, id, EventAction.PUBLISH, editor);
        jdbc.sql("update events.event set seats_taken = 30, waitlist_count = 4, registration_opens_at = now(), "
                        + "registration_closes_at = now() + interval '1 day' where id = ?")
                .param(id)
                .update();

        var copy = events.copy(tenant, id, "Kopie von Original", editor).orElseThrow();

        var event = events.byId(tenant, copy).orElseThrow();
        assertThat(event.title()).isEqualTo("Kopie von Original");
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.seatsTaken()).isZero();
        assertThat(event.waitlistCount()).isZero();
        assertThat(event.copiedFrom()).isEqualTo(id);
        assertThat(event.registration().capacity()).isEqualTo(30);
        assertThat(event.registration().consentText()).isEqualTo("Einwilligung");
        assertThat(event.registration().opensAt())
                .as("the window belongs to the original's dates")
                .isNull();
        assertThat(event.registration().closesAt()).isNull();
        assertThat(event.firstStartsAt()).isEqualTo(at(2030, 5, 3, 9));
        assertThat(sessions.of(tenant, copy)).hasSize(1);
        assertThat(questions.of(tenant, copy)).extracting(Question::label).containsExactly("Welche Schule?");
        assertThat(questions.of(tenant, copy).get(0).id())
                .isNotEqualTo(questions.of(tenant, id).get(0).id());
        assertThat(events.speakerIds(tenant, copy)).containsExactly(speaker);
        assertThat(events.changes(tenant, copy))
                .extracting(c -> c.description())
                .containsExactly("events.change.copied");
    }

    @Test
    void questionsAreAddedChangedOrderedAndRemoved() {
        var id = createEvent(tenant, "Mit Fragen");
        questions.save(tenant, id, null, question("Erste"), editor);
        questions.save(
                tenant,
                id,
                null,
                new QuestionInput(QuestionKind.CHOICE, "Zweite", List.of("Vormittag", "Nachmittag, spät"), true),
                editor);
        var second = questions.of(tenant, id).get(1);
        assertThat(second.options()).containsExactly("Vormittag", "Nachmittag, spät");
        questions.move(tenant, id, second.id(), true, editor);
        assertThat(questions.of(tenant, id)).extracting(Question::label).containsExactly("Zweite", "Erste");
        questions.save(
                tenant,
                id,
                second.id(),
                new QuestionInput(QuestionKind.YES_NO, "Zweite?", List.of("x"), false),
                editor);
        assertThat(questions.of(tenant, id).get(0).options()).isEmpty();
        assertThat(questions.remove(other, id, second.id(), editor)).isEqualTo(EventEditOutcome.NOT_FOUND);
        assertThat(questions.remove(tenant, id, second.id(), editor)).isEqualTo(EventEditOutcome.DONE);
        assertThat(questions.of(tenant, id)).extracting(Question::label).containsExactly("Erste");
    }

    @Test
    void everyChangeIsLoggedWithWhoDidIt() {
        var id = createEvent(tenant, "Protokolliert");
        sessions.save(tenant, id, null, online(4), EventSessionService.Notice.none(), editor);
        events.apply(tenant, id, EventAction.PUBLISH, editor);

        var changes = events.changes(tenant, id);
        assertThat(changes)
                .extracting(c -> c.description())
                .containsExactly("events.change.action.PUBLISH", "events.change.sessions", "events.change.created");
        assertThat(changes).allSatisfy(c -> assertThat(c.accountName()).isEqualTo("Jonas Becker"));
    }

    @Test
    void theListSearchesFiltersAndSorts() {
        var past = createEvent(tenant, "Rassismuskritik im Schulalltag");
        sessions.save(
                tenant,
                past,
                null,
                new SessionInput(at(2020, 1, 10, 9), at(2020, 1, 10, 12), null, true, "https://example.org/a", ""),
                EventSessionService.Notice.none(),
                editor);
        var upcoming = createEvent(tenant, "Antidiskriminierung für Lehrkräfte");
        sessions.save(tenant, upcoming, null, online(6), EventSessionService.Notice.none(), editor);
        var planned = createEvent(tenant, "Brückenbauen");

        assertThat(search(tenant, "")).containsExactly(upcoming, planned);
        assertThat(search(tenant, "Schulalltag")).isEmpty();
        assertThat(events.search(tenant, query("Schulalltag", EventQuery.Period.ALL, EventQuery.Order.DATE))
                        .events())
                .extracting(EventListItem::id)
                .containsExactly(past);
        assertThat(events.search(tenant, query("lehrkräfte", EventQuery.Period.UPCOMING, EventQuery.Order.DATE))
                        .events())
                .extracting(EventListItem::id)
                .containsExactly(upcoming);
        assertThat(events.search(tenant, query("", EventQuery.Period.ALL, EventQuery.Order.TITLE))
                        .events())
                .extracting(EventListItem::id)
                .containsExactly(upcoming, planned, past);
        assertThat(events.search(tenant, query("", EventQuery.Period.PAST, EventQuery.Order.DATE))
                        .events())
                .extracting(EventListItem::id)
                .containsExactly(past);
        var drafts = new EventQuery("", EventStatus.PUBLISHED, null, EventQuery.Period.ALL, EventQuery.Order.DATE, 1);
        assertThat(events.search(tenant, drafts).events()).isEmpty();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private List<UUID> search(UUID tenantId, String text) {
        return events.search(tenantId, query(text, EventQuery.Period.UPCOMING, EventQuery.Order.DATE)).events().stream()
                .map(EventListItem::id)
                .toList();
    }

    private static EventQuery query(String text, EventQuery.Period period, EventQuery.Order order) {
        return new EventQuery(text, null, null, period, order, 1);
    }

    private UUID createEvent(UUID tenantId, String title) {
        return events.create(tenantId, details(tenantId, title), editor);
    }

    private EventDetails details(UUID tenantId, String title) {
        var format = vocabulary.active(tenantId, TermKind.FORMAT).get(0).id();
        var topic = vocabulary.active(tenantId, TermKind.TOPIC).get(0).id();
        var group = vocabulary.active(tenantId, TermKind.TARGET_GROUP).get(0).id();
        return new EventDetails(
                title,
                format,
                "Kurz",
                "Lang **fett**",
                List.of(topic),
                List.of(group),
                List.of("de", "ar"),
                "Amira Yılmaz",
                "ki@example.org",
                "02421 123");
    }

    private static RegistrationSettings settings(Integer capacity, String consent) {
        return new RegistrationSettings(capacity, null, null, false, true, true, consent, 3);
    }

    private static VenueDetails venue(String name) {
        return new VenueDetails(
                name, "Bismarckstraße 16", "52351", "Düren", "", "", true, true, false, false, true, "");
    }

    private static QuestionInput question(String label) {
        return new QuestionInput(QuestionKind.TEXT, label, List.of(), false);
    }

    /** An online session on a day of May 2030, 9 to 12 o'clock in Berlin. */
    private static SessionInput online(int day) {
        return new SessionInput(at(2030, 5, day, 9), at(2030, 5, day, 12), null, true, "https://example.org/raum", "");
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BERLIN).toInstant();
    }

    private String flags(UUID id) {
        return jdbc.sql("select has_online || ' ' || has_venue from events.event where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}

package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.HandlerRoutes;
import de.mosaik.HandlerRoutes.Route;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.programmes.ProgrammeFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * The payloads of {@code security/xss-payloads.txt}, one after the other, in every free-text and
 * rich-text field a tenant's people fill (titles, names, venue, questions and answers, participant
 * data, feedback, accessibility feedback, account names, the centre's texts, consent text,
 * programme texts, mail subjects), rendered on every GET page of the handler mapping that shows
 * them — public, back office and platform, HTML, JSON-LD, iCalendar and JSON. An HTML parser
 * checks that no element or attribute of a payload came through (ASVS V5.3.3, APP.3.1.A14).
 */
class XssCorpusTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    WebApplicationContext context;

    TestTenant tenant;
    String adminEmail;

    /** The coordination of the demo's Qualitätszirkel, for the networks' members' area. */
    MockHttpSession coordination;

    UUID event;
    UUID registration;
    String manageToken;
    UUID programme;
    UUID module;
    UUID venue;
    UUID speaker;
    UUID account;
    UUID question;
    UUID topic;
    UUID mail;
    UUID page;
    UUID news;

    @BeforeEach
    void activeTenantWithEveryKindOfRecord() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        adminEmail = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        account = fixtures.accountId(adminEmail);
        // Public pages show active tenants only; switched off again afterwards.
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        page = UUID.randomUUID();
        jdbc.sql("""
                        insert into portal.page (id, tenant_id, slug, title, status) values (?, ?, 'xss-seite', 'Seite',
                            'PUBLISHED')
                        """).params(page, tenant.id()).update();
        jdbc.sql("""
                        insert into portal.page_revision (page_id, version, tenant_id, title, summary, body, status,
                            account_name)
                        values (?, 1, ?, 'Seite', '', '', 'PUBLISHED', 'Testperson')
                        """).params(page, tenant.id()).update();
        news = UUID.randomUUID();
        jdbc.sql("""
                        insert into portal.news (id, tenant_id, slug, title, published_on)
                        values (?, ?, 'xss-nachricht', 'Nachricht', current_date - 1)
                        """).params(news, tenant.id()).update();
        event = new ProgrammeFixtures(jdbc)
                .event(tenant.id(), "Fachtag", Instant.now().plus(Duration.ofDays(20)), 2);
        venue = jdbc.sql("select venue_id from events.session where event_id = ? and venue_id is not null")
                .param(event)
                .query(UUID.class)
                .single();
        topic = term("TOPIC");
        var targetGroup = term("TARGET_GROUP");
        jdbc.sql("update events.event set topic_ids = array[?], target_group_ids = array[?] where id = ?")
                .params(topic, targetGroup, event)
                .update();
        speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, name, publish_consent) values (?, ?, 'Referentin', true)")
                .params(speaker, tenant.id())
                .update();
        jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)")
                .params(event, speaker)
                .update();
        question = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.question (id, event_id, tenant_id, position, kind, label, options)
                        values (?, ?, ?, 0, 'CHOICE', 'Frage', '{a,b}')
                        """).params(question, event, tenant.id()).update();
        registration = UUID.randomUUID();
        manageToken = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, target_group_id, consent_text, consent_version,
                            consented_at, source, idempotency_key, manage_token, email_confirmed)
                        values (?, ?, ?, 'CONFIRMED', 'Erika', 'Muster', ?, ?, '', ?, 'Einwilligung', 1, now(),
                            'STAFF', ?, ?, true)
                        """)
                .params(
                        registration,
                        tenant.id(),
                        event,
                        tenant.slug() + "@example.org",
                        tenant.slug() + "@example.org",
                        targetGroup,
                        UUID.randomUUID().toString(),
                        manageToken)
                .update();
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, comment)
                        values (gen_random_uuid(), ?, ?, current_date, 4, 'gut')
                        """).params(tenant.id(), event).update();
        jdbc.sql("""
                        insert into portal.accessibility_feedback (id, tenant_id, page, message, name, email,
                            idempotency_key)
                        values (gen_random_uuid(), ?, '/', 'Barriere', 'Name', 'a@example.org', gen_random_uuid())
                        """).param(tenant.id()).update();
        programme = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.programme (id, tenant_id, title, valid_from, valid_until)
                        values (?, ?, 'Programm', current_date - 30, current_date + 300)
                        """).params(programme, tenant.id()).update();
        module = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.building_block (id, programme_id, tenant_id, title, position)
                        values (?, ?, ?, 'Baustein', 0)
                        """).params(module, programme, tenant.id()).update();
        jdbc.sql(
                        "insert into programmes.building_block_event (building_block_id, event_id, tenant_id) values (?, ?, ?)")
                .params(module, event, tenant.id())
                .update();
        mail = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status)
                        values (?, ?, 'someone@example.org', 'Betreff', 'Text', ?, 'FAILED')
                        """).params(mail, tenant.id(), "<" + mail + "@test>").update();
        jdbc.sql("""
                        insert into privacy.access_log (tenant_id, account_name, kind, resource, label)
                        values (?, 'Person', 'VIEW', 'registration.list', 'Zugriff')
                        """).param(tenant.id()).update();
    }

    @AfterEach
    void switchTheTenantOff() {
        jdbc.sql("update identity.tenant set active = false where id = ?")
                .param(tenant.id())
                .update();
    }

    private UUID term(String kind) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.term (id, tenant_id, kind, name) values (?, ?, ?, ?)")
                .params(id, tenant.id(), kind, Fixtures.unique(kind))
                .update();
        return id;
    }

    /**
     * Payloads packed into rounds: each half is short enough for the 100-character columns (given
     * name, city), the whole round fits the others, and the rich texts get every payload at once.
     */
    record Round(String first, String second) {

        String both() {
            return first + " " + second;
        }
    }

    static List<Round> rounds(List<String> payloads) {
        var halves = new ArrayList<String>();
        var current = new StringBuilder();
        for (var payload : payloads) {
            if (!current.isEmpty() && current.length() + 1 + payload.length() > 99) {
                halves.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(payload);
        }
        halves.add(current.toString());
        var rounds = new ArrayList<Round>();
        for (int i = 0; i < halves.size(); i += 2) {
            rounds.add(new Round(halves.get(i), i + 1 < halves.size() ? halves.get(i + 1) : halves.get(0)));
        }
        return rounds;
    }

    /** Puts the round's payloads into every field people type, as if they had got past every form. */
    private void fill(Round round, List<String> payloads) {
        var payload = round.both();
        var rich = "Text " + payload + "\n\n" + String.join("\n\n", payloads);
        var t = tenant.id();
        jdbc.sql("""
                        update identity.tenant set ki_name = :p, description = jsonb_build_object('de', :r, 'en', :r),
                            street = :p, city = :c, imprint = :r, privacy = :r, accessibility = :r
                        where id = :t
                        """)
                .param("p", payload)
                .param("c", round.first())
                .param("r", rich)
                .param("t", t)
                .update();
        jdbc.sql("update identity.account set display_name = :p where tenant_id = :t")
                .param("p", payload)
                .param("t", t)
                .update();
        jdbc.sql("""
                        update events.event set title = :p, summary = :p, description = :r, contact_name = :p,
                            consent_text = :r
                        where id = :e
                        """).param("p", payload).param("r", rich).param("e", event).update();
        jdbc.sql("""
                        update portal.page set title = :p, summary = :p, body = :r where id = :id
                        """).param("p", payload).param("r", rich).param("id", page).update();
        jdbc.sql("""
                        update portal.page_revision set title = :p, summary = :p, body = :r, account_name = :p
                        where page_id = :id
                        """).param("p", payload).param("r", rich).param("id", page).update();
        jdbc.sql("""
                        update portal.news set title = :p, teaser = :p, body = :r, account_name = :p where id = :id
                        """).param("p", payload).param("r", rich).param("id", news).update();
        jdbc.sql("update events.session set note = :p where event_id = :e")
                .param("p", payload)
                .param("e", event)
                .update();
        jdbc.sql("""
                        update events.venue set name = :p, room = :p, street = :p, city = :c, directions = :r,
                            accessibility_notes = :r
                        where id = :v
                        """)
                .param("p", payload)
                .param("c", round.second())
                .param("r", rich)
                .param("v", venue)
                .update();
        jdbc.sql("update events.speaker set name = :p, organisation = :p, bio = :r where id = :s")
                .param("p", payload)
                .param("r", rich)
                .param("s", speaker)
                .update();
        jdbc.sql("update events.term set name = :p || ' ' || kind where tenant_id = :t and id = any(:ids)")
                .param("p", round.first())
                .param("t", t)
                .param(
                        "ids",
                        jdbc.sql("select id from events.term where tenant_id = ? and code is null")
                                .param(t)
                                .query(UUID.class)
                                .list()
                                .toArray(UUID[]::new))
                .update();
        jdbc.sql("update events.question set label = :p, options = array[:p, 'b'] where id = :q")
                .param("p", payload)
                .param("q", question)
                .update();
        jdbc.sql("""
                        update registration.registration set given_name = :g, family_name = :f, institution = :p,
                            accessibility_needs = :p, answers = jsonb_build_object(:q, :p)
                        where id = :r
                        """)
                .param("g", round.first())
                .param("f", round.second())
                .param("p", payload)
                .param("q", question.toString())
                .param("r", registration)
                .update();
        jdbc.sql("update feedback.response set comment = :p where event_id = :e")
                .param("p", payload)
                .param("e", event)
                .update();
        jdbc.sql("update portal.accessibility_feedback set message = :p, name = :p, page = :p where tenant_id = :t")
                .param("p", payload)
                .param("t", t)
                .update();
        jdbc.sql("update programmes.programme set title = :p, description = :r where id = :id")
                .param("p", payload)
                .param("r", rich)
                .param("id", programme)
                .update();
        jdbc.sql("update programmes.building_block set title = :p, description = :r where id = :id")
                .param("p", payload)
                .param("r", rich)
                .param("id", module)
                .update();
        jdbc.sql("update mail.outgoing_mail set subject = :s, body = :p where id = :id")
                .param("s", payload.replace("\r", " ").replace("\n", " "))
                .param("p", payload)
                .param("id", mail)
                .update();
        jdbc.sql("update privacy.access_log set label = :p, account_name = :p where tenant_id = :t")
                .param("p", payload)
                .param("t", t)
                .update();
    }

    @Test
    void noPayloadBecomesMarkupOnAnyPage() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, adminEmail, Fixtures.PASSWORD);
        var platform = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        coordination = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var routes = HandlerRoutes.matching(context, r -> r.method() == RequestMethod.GET && shows(r));
        assertThat(routes).hasSizeGreaterThan(50);
        var payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(20);
        var rounds = rounds(payloads);
        assertThat(rounds.stream().flatMap(r -> List.of(r.first(), r.second()).stream()))
                .as("halves fit the shortest columns")
                .allSatisfy(half -> assertThat(half.length()).isLessThanOrEqualTo(100));
        var reached = new HashMap<String, Integer>();
        for (var round : rounds) {
            fill(round, payloads);
            var payload = round.both();
            for (var route : routes) {
                var path = route.path(values(), ids());
                var response = fetch(mvc, route, path, admin, platform);
                assertThat(response.getStatus()).as("%s with %s", path, payload).isLessThan(500);
                if (response.getStatus() != 200) {
                    continue;
                }
                reached.merge(route.pattern(), 1, Integer::sum);
                var what = path + " with " + payload;
                var type = String.valueOf(response.getContentType());
                var body = response.getContentAsString(StandardCharsets.UTF_8);
                if (type.startsWith("text/html")) {
                    assertNoMarkupFromPayload(what, Jsoup.parse(body));
                } else if (type.startsWith("text/calendar")) {
                    assertCalendarIntact(what, body);
                } else if (type.startsWith("text/plain")) {
                    // robots.txt: never sniffed as markup (nosniff), and no payload reaches it.
                    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
                    assertThat(body).as(what).doesNotContain("<");
                } else if (type.startsWith("image/")) {
                    // an attachment: a raster format told by its content, never sniffed as markup
                    assertThat(type).as(what).matches("image/(png|jpeg|webp)");
                    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
                } else {
                    // JSON and the OpenAPI description: data a browser never renders as a page.
                    assertThat(type)
                            .as(what)
                            .startsWithIgnoringCase("application/")
                            .doesNotContain("html");
                }
            }
        }
        // The control: the pages were really rendered, not refused.
        assertThat(reached.keySet()).hasSizeGreaterThan(routes.size() * 2 / 3);
    }

    /** Elements and attributes a payload could add; the templates themselves use none of them. */
    static void assertNoMarkupFromPayload(String what, Document page) {
        for (var element : page.getAllElements()) {
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute on <%s> of %s", element.tagName(), what)
                        .doesNotStartWith("on");
                var value =
                        attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (List.of("href", "src", "action", "formaction", "xlink:href", "data")
                        .contains(name)) {
                    assertThat(value)
                            .as("%s of <%s> on %s", name, element.tagName(), what)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text/html");
                }
                assertThat(name).as(what).isNotEqualTo("autofocus").isNotEqualTo("ontoggle");
            }
        }
        assertThat(page.select("iframe, object, embed, svg, math, base, details[open], mglyph"))
                .as("foreign elements on %s", what)
                .isEmpty();
        for (var script : page.select("script")) {
            if (script.hasAttr("src")) {
                assertThat(script.attr("src")).as(what).startsWith("/");
                assertThat(script.data()).as(what).isBlank();
            } else {
                // The only inline script is the event's structured data, which a browser does not run.
                assertThat(script.attr("type")).as("inline script on %s", what).isEqualTo("application/ld+json");
                assertThat(script.data().toLowerCase(Locale.ROOT))
                        .as("structured data on %s", what)
                        .doesNotContain("</script", "<!--");
            }
        }
    }

    /** A payload stays inside its property: no extra event, no property of its own. */
    private static void assertCalendarIntact(String what, String calendar) {
        var lines = calendar.split("\r\n");
        int begins = 0;
        int ends = 0;
        for (var line : lines) {
            assertThat(line).as(what).doesNotStartWith("SUMMARY:Eingeschleust");
            if (line.equals("BEGIN:VEVENT")) {
                begins++;
            }
            if (line.equals("END:VEVENT")) {
                ends++;
            }
        }
        assertThat(begins).as(what).isEqualTo(ends);
        assertThat(calendar).as(what).doesNotContain("\nSUMMARY:Eingeschleust");
    }

    /** Pages, JSON and calendars; files (PDF, spreadsheets) are covered by their own tests. */
    private static boolean shows(Route route) {
        var pattern = route.pattern();
        return !pattern.endsWith(".pdf")
                && !pattern.endsWith(".csv")
                && !pattern.endsWith(".xlsx")
                && !pattern.endsWith("/logo")
                && !pattern.startsWith("/plattform/statistik")
                // charts drawn as SVG from counts, like the platform's statistics
                && !pattern.equals("/netzwerke/{network}/statistik");
    }

    private MockHttpServletResponse fetch(
            MockMvc mvc, Route route, String path, MockHttpSession admin, MockHttpSession platform) throws Exception {
        var request = get(path);
        @Nullable
        MockHttpSession session = route.pattern().startsWith("/plattform")
                ? platform
                : route.pattern().startsWith("/verwaltung") || route.pattern().startsWith("/konto")
                        ? admin
                        : route.pattern().startsWith("/netzwerke") ? coordination : null;
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The id of a record of the Qualitätszirkel in {@code table}, or an unknown id. */
    private String networkRecord(String table, String where) {
        return jdbc.sql("select coalesce((select t.id::text from " + table + " t join networks.network n"
                        + " on n.id = t.network_id where n.slug = 'qualitaetszirkel' and " + where
                        + " order by t.id limit 1), gen_random_uuid()::text)")
                .query(String.class)
                .single();
    }

    private Map<String, String> ids() {
        var ids = new HashMap<String, String>();
        ids.put("veranstaltungen", event.toString());
        ids.put("events", event.toString());
        ids.put("konten", account.toString());
        ids.put("postausgang", mail.toString());
        ids.put("mandanten", tenant.id().toString());
        ids.put("orte", venue.toString());
        ids.put("referierende", speaker.toString());
        ids.put("programme", programme.toString());
        ids.put("archiv", UUID.randomUUID().toString());
        ids.put("bilder", UUID.randomUUID().toString());
        ids.put("seiten", page.toString());
        // A page another tenant offers (Duisburg's demo page), for the take-over form.
        ids.put(
                "uebernehmen",
                jdbc.sql("select id::text from portal.page where tenant_id <> ? and offered order by slug limit 1")
                        .param(tenant.id())
                        .query(String.class)
                        .optional()
                        .orElse(UUID.randomUUID().toString()));
        ids.put("aktuelles", news.toString());
        ids.put("angebote", UUID.randomUUID().toString());
        ids.put("ansprechpersonen", UUID.randomUUID().toString());
        ids.put("praxisbeispiele", UUID.randomUUID().toString());
        return ids;
    }

    private Map<String, String> values() {
        var values = new HashMap<String, String>();
        values.put("slug", tenant.slug());
        values.put("tenant", tenant.slug());
        values.put("width", "480");
        values.put("registrationId", registration.toString());
        values.put(
                "sessionId",
                jdbc.sql("select id::text from events.session where event_id = ? order by position limit 1")
                        .param(event)
                        .query(String.class)
                        .single());
        values.put("buildingBlockId", module.toString());
        values.put("programmeId", programme.toString());
        values.put("token", manageToken);
        values.put("certificateId", UUID.randomUUID().toString());
        values.put("number", "MSK-UNBEKANNT");
        var key = jdbc.sql("select reporting.person_key(tenant_id, email_normalized) from registration.registration "
                        + "where id = ?")
                .param(registration)
                .query(String.class)
                .single();
        values.put("key", key);
        values.put("otherKey", key);
        values.put("code", "UNBEKANNT");
        // the translation editor names an owner by its kind and id
        values.put("ownerKind", "event");
        values.put("ownerId", UUID.randomUUID().toString());
        values.put("problem", "validation");
        values.put("pageSlug", "xss-seite");
        values.put("newsSlug", "xss-nachricht");
        values.put("offerSlug", "unbekannt");
        values.put("placeSlug", "unbekannt");
        // The demo's Qualitätszirkel, opened by its coordination: its pages render the records members wrote.
        values.put("network", "qualitaetszirkel");
        values.put("exampleSlug", "unbekannt");
        values.put("recommendationId", networkRecord("networks.recommendation", "status <> 'DRAFT'"));
        values.put("meetingId", networkRecord("networks.meeting", "minutes_published_at is not null"));
        values.put("documentId", networkRecord("networks.meeting_document", "true"));
        values.put("threadId", networkRecord("networks.discussion_thread", "true"));
        values.put("criterionId", networkRecord("practice.criterion", "true"));
        values.put("exampleId", networkRecord("practice.example", "status = 'SUBMITTED'"));
        values.put(
                "attachmentId",
                jdbc.sql("select coalesce((select id::text from practice.attachment where example_id = ?::uuid"
                                + " order by id limit 1), gen_random_uuid()::text)")
                        .param(values.get("exampleId"))
                        .query(String.class)
                        .single());
        // the translation editor of an adopted recommendation: shows its German title and text
        values.put("textKind", "recommendation");
        values.put("textOwnerId", networkRecord("networks.recommendation", "status <> 'DRAFT'"));
        values.put("memberId", networkRecord("networks.member", "true"));
        values.put("delegateId", networkRecord("networks.delegate", "role = 'DELEGATE'"));
        for (var name : List.of("itemId", "postId", "reportId", "offerId", "organisationId")) {
            values.put(name, UUID.randomUUID().toString());
        }
        return values;
    }

    static List<String> payloads() {
        try {
            var text = new ClassPathResource("security/xss-payloads.txt").getContentAsString(StandardCharsets.UTF_8);
            var payloads = new ArrayList<String>();
            for (var line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                payloads.add(line.replace("\\r", "\r").replace("\\n", "\n"));
            }
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

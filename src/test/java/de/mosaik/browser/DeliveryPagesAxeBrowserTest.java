package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.attendance.AttendanceFixtures;
import de.mosaik.attendance.CheckInPasses;
import de.mosaik.certificates.CertificateScenario;
import de.mosaik.feedback.FeedbackFixtures;
import de.mosaik.feedback.FeedbackInvitations;
import de.mosaik.programmes.ProgrammeFixtures;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.selfservice.SelfServiceFixtures;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every HTML page of the delivery modules (attendance, certificates, feedback, programmes, self-service)
 * opened in a realistic state and checked by axe, the public ones also in Arabic. The list of pages is
 * compared with the routes the controllers declare, so a new page cannot go unchecked.
 */
class DeliveryPagesAxeBrowserTest extends BrowserTest {

    private static final String SLUG = "kreis-dueren";
    private static final String STAFF = "team@" + SLUG + ".demo";
    private static final String ADMIN = "/verwaltung/{slug}";
    private static final String EVENT = ADMIN + "/veranstaltungen/{id}";

    private static final List<String> WEB_PACKAGES = List.of(
            "de.mosaik.attendance.web",
            "de.mosaik.certificates.web",
            "de.mosaik.feedback.web",
            "de.mosaik.programmes.web",
            "de.mosaik.selfservice.web");

    /** Downloads, not pages: axe has nothing to check in them. */
    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|svg|png|ics|json|xlsx)$");

    private static final String ATTENDANCE = EVENT + "/anwesenheit";
    private static final String ATTENDANCE_SESSION = ATTENDANCE + "/{sessionId}";
    private static final String ROOM_CODE = ATTENDANCE_SESSION + "/raumcode";
    private static final String ATTENDANCE_LOG = ATTENDANCE + "/protokoll";
    private static final String CHECK_IN_CARD = ADMIN + "/einchecken/{token}";
    private static final String MY_SESSIONS = ADMIN + "/meine-termine";
    private static final String SELF_CHECK_IN = "/{slug}/einchecken/{code}";
    private static final String CERTIFICATES = EVENT + "/bescheinigungen";
    private static final String REVOKE = CERTIFICATES + "/{certificateId}/widerrufen";
    private static final String VERIFICATION_FORM = "/bescheinigungen/pruefen";
    private static final String VERIFICATION = "/bescheinigungen/{number}";
    private static final String FEEDBACK_SETTINGS = EVENT + "/feedback";
    private static final String FEEDBACK_RESULTS = FEEDBACK_SETTINGS + "/ergebnisse";
    private static final String FEEDBACK_QUESTION = FEEDBACK_SETTINGS + "/frage";
    private static final String FEEDBACK_PERIOD = ADMIN + "/feedback";
    private static final String FEEDBACK_FORM = "/{slug}/feedback/{token}";
    private static final String FEEDBACK_THANKS = "/{slug}/feedback/danke";
    private static final String PROGRAMMES = ADMIN + "/programme";
    private static final String PROGRAMME_NEW = PROGRAMMES + "/neu";
    private static final String PROGRAMME = PROGRAMMES + "/{id}";
    private static final String MODULE_NEW = PROGRAMME + "/bausteine/neu";
    private static final String MODULE = PROGRAMME + "/bausteine/{buildingBlockId}";
    private static final String PROGRESS = PROGRAMME + "/fortschritt";
    private static final String OWN_PROGRESS = "/{slug}/anmeldung/{token}/programm/{programmeId}";
    private static final String RECORD_REQUEST = "/{slug}/meine-daten";
    private static final String RECORD_LINK = "/{slug}/meine-daten/{token}";
    private static final String RECORD_OVERVIEW = "/{slug}/meine-daten/uebersicht";

    /** Every HTML page of the delivery modules; each test below opens its share. */
    static final Set<String> PAGES = Set.of(
            ATTENDANCE,
            ATTENDANCE_SESSION,
            ROOM_CODE,
            ATTENDANCE_LOG,
            CHECK_IN_CARD,
            MY_SESSIONS,
            SELF_CHECK_IN,
            CERTIFICATES,
            REVOKE,
            VERIFICATION_FORM,
            VERIFICATION,
            FEEDBACK_SETTINGS,
            FEEDBACK_RESULTS,
            FEEDBACK_QUESTION,
            FEEDBACK_PERIOD,
            FEEDBACK_FORM,
            FEEDBACK_THANKS,
            PROGRAMMES,
            PROGRAMME_NEW,
            PROGRAMME,
            MODULE_NEW,
            MODULE,
            PROGRESS,
            OWN_PROGRESS,
            RECORD_REQUEST,
            RECORD_LINK,
            RECORD_OVERVIEW);

    private static final Set<String> VISITED = new ConcurrentSkipListSet<>();
    private static int pageTestsRun;

    @Autowired
    ApplicationContext application;

    @Autowired
    RegistrationService registrar;

    @Autowired
    CheckInPasses passes;

    @Autowired
    FeedbackInvitations invitations;

    @Test
    void everyHtmlPageOfTheDeliveryModulesIsListedHere() {
        var mapping = application.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var declared = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!WEB_PACKAGES.contains(handler.getBeanType().getPackageName()) || !answersGet(info)) {
                return;
            }
            info.getPathPatternsCondition().getPatternValues().stream()
                    .filter(pattern -> !DOWNLOAD.matcher(pattern).matches())
                    .forEach(declared::add);
        });
        assertThat(declared)
                .as("GET pages of the delivery modules; add a new one to PAGES and open it in a test here")
                .containsExactlyInAnyOrderElementsOf(PAGES);
    }

    private static boolean answersGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    @Test
    void attendancePages() throws Exception {
        pageTestsRun++;
        var tenant = new Fixtures.TestTenant(new Fixtures(jdbc, null).tenantId(SLUG), SLUG);
        var attendance = new AttendanceFixtures(jdbc, registrar);
        var running = attendance.event(
                tenant,
                Fixtures.unique("Schulung Gesprächsführung"),
                Instant.now().minus(Duration.ofMinutes(30)));
        var runningSession = attendance.session(running);
        var leyla = attendance.participant(tenant, running, "Leyla", AttendanceFixtures.email("leyla"));
        var later = attendance.event(
                tenant, Fixtures.unique("Schulung Elternarbeit"), Instant.now().plus(Duration.ofHours(3)));
        var laterSession = attendance.session(later);

        // A trainer starts on the own sessions.
        logIn("referentin@" + SLUG + ".demo");
        open(MY_SESSIONS, "/verwaltung/" + SLUG + "/meine-termine");
        assertAccessible(page);
        logOut(page);

        logIn(STAFF);
        open(ATTENDANCE, "/verwaltung/" + SLUG + "/veranstaltungen/" + running + "/anwesenheit");
        page.locator("#row-" + leyla)
                .locator("label", new Locator.LocatorOptions().setHasText("Anwesend"))
                .click();
        expect(page.locator("#row-" + leyla + " .attendance-state")).containsText("Gespeichert.");
        assertAccessible(page);
        open(
                ATTENDANCE_SESSION,
                "/verwaltung/" + SLUG + "/veranstaltungen/" + running + "/anwesenheit/" + runningSession
                        + "?q=niemand");
        expect(page.locator("#treffer")).containsText("0");
        open(ATTENDANCE_LOG, "/verwaltung/" + SLUG + "/veranstaltungen/" + running + "/anwesenheit/protokoll");
        expect(page.locator("tbody tr")).hasCount(1);

        // The projector view of a running session, and a code opened before its session.
        open(
                ROOM_CODE,
                "/verwaltung/" + SLUG + "/veranstaltungen/" + running + "/anwesenheit/" + runningSession + "/raumcode");
        button("Code öffnen").click();
        expect(page.locator(".room-code__qr")).isVisible();
        assertAccessible(page);
        open(
                ROOM_CODE,
                "/verwaltung/" + SLUG + "/veranstaltungen/" + later + "/anwesenheit/" + laterSession + "/raumcode");
        button("Code öffnen").click();
        expect(page.locator("main")).containsText("Der Code gilt erst ab einer Stunde vor Beginn des Termins.");
        assertAccessible(page);
        var laterCode = jdbc.sql("select code from attendance.room_code where session_id = ?")
                .param(laterSession)
                .query(String.class)
                .single();

        // The check-in card after scanning a participant's code, before and after the tap.
        var pass = passes.passFor(tenant.id(), leyla).orElseThrow();
        open(CHECK_IN_CARD, pass.url().replaceFirst("^https?://[^/]+", ""));
        expect(page.locator("#markierung")).isVisible();

        var phone = newContext("de-DE", 390, 844).newPage();
        open(phone, SELF_CHECK_IN, "/" + SLUG + "/einchecken/" + laterCode, 200);
        expect(phone.locator("main")).not().containsText("Vielen Dank!");
        open(phone, SELF_CHECK_IN, "/" + SLUG + "/einchecken/" + laterCode + "?lang=ar", 200);
        expect(phone.locator("html")).hasAttribute("dir", "rtl");
        open(phone, SELF_CHECK_IN, "/" + SLUG + "/einchecken/UNBEKANNT1234?lang=de", 404);
    }

    @Test
    void certificatePages() {
        pageTestsRun++;
        var tenantId = new Fixtures(jdbc, null).tenantId(SLUG);
        var title = Fixtures.unique("Fachtag Mehrsprachigkeit");
        var scenario = new CertificateScenario(jdbc, tenantId, title);
        var ana = scenario.participant("Ana", "Pereira", "de");
        scenario.attended(ana, scenario.longSession);
        scenario.attended(ana, scenario.shortSession);
        var certificates = "/verwaltung/" + SLUG + "/veranstaltungen/" + scenario.eventId + "/bescheinigungen";

        logIn(STAFF);
        open(CERTIFICATES, certificates);
        button("An alle Berechtigten ausstellen (1)").click();
        expect(page.locator("#ausgestellt")).containsText("1 Bescheinigung");
        assertAccessible(page);
        var certificate = jdbc.sql("select id from certificates.certificate where registration_id = ?")
                .param(ana.registrationId())
                .query(java.util.UUID.class)
                .single();
        open(REVOKE, certificates + "/" + certificate + "/widerrufen");
        button("Widerrufen").click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);

        var visitor = newContext("de-DE").newPage();
        open(visitor, VERIFICATION_FORM, "/bescheinigungen/pruefen", 200);
        visitor.getByLabel("Nummer der Bescheinigung").fill("MSK-2222-3333-4444");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen"))
                .click();
        expect(visitor.locator("#ergebnis")).containsText("Keine Bescheinigung gefunden");
        record(VERIFICATION, visitor);
        assertAccessible(visitor);
        open(visitor, VERIFICATION_FORM, "/bescheinigungen/pruefen?nummer=12", 200);
        open(visitor, VERIFICATION_FORM, "/bescheinigungen/pruefen?lang=ar", 200);
        open(visitor, VERIFICATION, "/bescheinigungen/MSK-2222-3333-4444?lang=ar", 404);
        var number = jdbc.sql("select number from certificates.certificate where id = ?")
                .param(certificate)
                .query(String.class)
                .single();
        open(visitor, VERIFICATION, "/bescheinigungen/" + number + "?lang=de", 200);
        expect(visitor.locator("#ergebnis")).containsText("gültig");
        open(visitor, VERIFICATION, "/bescheinigungen/" + number + "?lang=einfach", 200);
    }

    @Test
    void feedbackPages() throws Exception {
        pageTestsRun++;
        var tenantId = new Fixtures(jdbc, null).tenantId(SLUG);
        var feedback = new FeedbackFixtures(jdbc);
        var event = feedback.heldEvent(tenantId, Fixtures.unique("Fortbildung Sprachmittlung"));
        var email = FeedbackFixtures.email("rueckmeldung");
        feedback.register(tenantId, event, "CONFIRMED", email, "de");
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";

        logIn(STAFF);
        open(FEEDBACK_SETTINGS, base);
        open(FEEDBACK_QUESTION, base + "/frage");
        page.locator("main form button[type=submit]").last().click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        page.locator("#label").fill("Wie hilfreich waren die Arbeitsmaterialien?");
        page.locator("label[for='kind-SCALE']").click();
        page.locator("main form button[type=submit]").last().click();
        expect(page.locator("[role=status]")).isVisible();
        assertAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Bearbeiten: Wie hilfreich waren die Arbeitsmaterialien?"))
                .click();
        record(FEEDBACK_QUESTION, page);
        expect(page.locator("#label")).hasValue("Wie hilfreich waren die Arbeitsmaterialien?");
        assertAccessible(page);
        open(FEEDBACK_RESULTS, base + "/ergebnisse");
        open(FEEDBACK_PERIOD, "/verwaltung/" + SLUG + "/feedback");
        open(
                FEEDBACK_PERIOD,
                "/verwaltung/" + SLUG + "/feedback?von="
                        + LocalDate.now(BerlinTime.ZONE).minusYears(1) + "&bis=" + LocalDate.now(BerlinTime.ZONE));

        invitations.sendNow(tenantId, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
        var participant = newContext("ar").newPage();
        open(participant, FEEDBACK_FORM, link + "?lang=ar", 200);
        expect(participant.locator("html")).hasAttribute("dir", "rtl");
        participant.locator("main form button[type=submit]").click();
        expect(participant.locator("#fehler")).isVisible();
        assertAccessible(participant);
        open(participant, FEEDBACK_FORM, link + "?lang=einfach", 200);
        open(participant, FEEDBACK_FORM, link + "?lang=de", 200);
        open(participant, FEEDBACK_THANKS, "/" + SLUG + "/feedback/danke?lang=de", 200);
        open(participant, FEEDBACK_THANKS, "/" + SLUG + "/feedback/danke?lang=ar", 200);
        open(participant, FEEDBACK_FORM, "/" + SLUG + "/feedback/unbekannt0000?lang=ar", 404);
    }

    @Test
    void programmePages() {
        pageTestsRun++;
        var tenantId = new Fixtures(jdbc, null).tenantId(SLUG);
        var events = new ProgrammeFixtures(jdbc);
        var workshopTitle = Fixtures.unique("Grundlagen der Integrationsarbeit");
        var workshop = events.event(tenantId, workshopTitle, Instant.now().minus(Duration.ofDays(14)), 2);
        var registration = events.register(tenantId, workshop, "Oksana", uniqueEmail("oksana"), "CONFIRMED");
        events.attended(registration);
        var programmeTitle = Fixtures.unique("Fortbildung Kommunale Integrationsarbeit");

        logIn(STAFF);
        open(PROGRAMMES, "/verwaltung/" + SLUG + "/programme");
        open(PROGRAMME_NEW, "/verwaltung/" + SLUG + "/programme/neu");
        button("Speichern").click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        page.locator("#title").fill(programmeTitle);
        page.locator("#validFrom")
                .fill(LocalDate.now(BerlinTime.ZONE).minusYears(1).toString());
        page.locator("#optionalNeeded").fill("0");
        button("Speichern").click();
        expect(page.locator("[role=status]")).containsText("Das Programm ist angelegt.");
        record(PROGRAMME, page);
        assertAccessible(page);
        var programmePath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        var programmeId = programmePath.substring(programmePath.lastIndexOf('/') + 1);

        open(MODULE_NEW, programmePath + "/bausteine/neu");
        page.locator("#title").fill("Grundlagen");
        button("Speichern").click();
        expect(page.locator("[role=status]")).containsText("Der Baustein ist angelegt.");
        record(MODULE, page);
        assertAccessible(page);
        page.locator("#eventId").selectOption(workshop.toString());
        button("Zuordnen").click();
        expect(page.locator("[role=status]")).containsText("Die Veranstaltung ist dem Baustein zugeordnet.");
        assertAccessible(page);
        open(PROGRAMME, programmePath);
        open(PROGRESS, programmePath + "/fortschritt");
        expect(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Oksana Muster")))
                .containsText("Erfüllt");

        var visitor = newContext("de-DE").newPage();
        var own = "/" + SLUG + "/anmeldung/" + ProgrammeFixtures.token(registration) + "/programm/" + programmeId;
        open(visitor, OWN_PROGRESS, own, 200);
        open(visitor, OWN_PROGRESS, own + "?lang=ar", 200);
        expect(visitor.locator("html")).hasAttribute("dir", "rtl");
        open(visitor, OWN_PROGRESS, own + "?lang=einfach", 200);
    }

    @Test
    void selfServicePages() throws Exception {
        pageTestsRun++;
        var data = new SelfServiceFixtures(jdbc);
        data.clearRateLimits();
        var email = uniqueEmail("eigene-daten");
        data.register(
                SLUG,
                data.event(SLUG, Fixtures.unique("Elterncafé"), Instant.now().plus(Duration.ofDays(5))),
                email,
                "CONFIRMED",
                "de");

        open(page, RECORD_REQUEST, "/" + SLUG + "/meine-daten?lang=de", 200);
        page.locator("main form button[type=submit]").click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        open(page, RECORD_REQUEST, "/" + SLUG + "/meine-daten?lang=ar", 200);
        page.locator("#email").fill(email);
        page.locator("main form button[type=submit]").click();
        expect(page.locator("#gesendet")).isVisible();
        assertAccessible(page);

        var link = Mails.link(awaitMailTo(email), "/" + SLUG + "/meine-daten/");
        open(page, RECORD_LINK, link + "?lang=ar", 200);
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        open(page, RECORD_LINK, link + "?lang=de", 200);
        page.locator("main form button[type=submit]").click();
        expect(page.locator("h1")).hasText("Meine Übersicht");
        record(RECORD_OVERVIEW, page);
        assertAccessible(page);
        open(page, RECORD_OVERVIEW, "/" + SLUG + "/meine-daten/uebersicht?lang=ar", 200);

        // Without a valid link: the overview sends back, an unknown or expired link explains itself.
        var stranger = newContext("de-DE").newPage();
        open(stranger, RECORD_LINK, "/" + SLUG + "/meine-daten/unbekannt0000000000000000?lang=de", 404);
        data.expire(link.substring(link.lastIndexOf('/') + 1));
        open(stranger, RECORD_LINK, link + "?lang=de", 404);
        expect(stranger.locator("#link-ungueltig")).containsText("Dieser Link gilt nicht mehr");
        open(stranger, RECORD_LINK, link + "?lang=ar", 404);
        stranger.navigate("/" + SLUG + "/meine-daten/uebersicht?lang=de");
        assertAccessible(stranger);
        expect(stranger.locator("h1")).hasText("Meine Daten");
    }

    /** When all page tests ran, together they opened every listed page. */
    @AfterAll
    static void everyListedPageWasOpened() {
        if (pageTestsRun == 5) {
            assertThat(VISITED).as("pages opened by the tests").containsExactlyInAnyOrderElementsOf(PAGES);
        }
    }

    private void open(String route, String path) {
        open(page, route, path, 200);
    }

    /** Opens {@code path}, which must be an instance of {@code route}, and checks it with axe. */
    private void open(Page target, String route, String path, int status) {
        assertThat(matches(route, path))
                .as(path + " is an instance of " + route)
                .isTrue();
        visit(target, path, status);
        VISITED.add(route);
    }

    /** Records the page a click led to as an instance of {@code route}. */
    private static void record(String route, Page target) {
        var path = target.url().replaceFirst("^https?://[^/]+", "");
        assertThat(matches(route, path))
                .as(path + " is an instance of " + route)
                .isTrue();
        VISITED.add(route);
    }

    private static boolean matches(String route, String path) {
        var withoutQuery = path.replaceFirst("\\?.*$", "");
        return PathPatternParser.defaultInstance.parse(route).matches(PathContainer.parsePath(withoutQuery));
    }

    private Locator button(String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}

package de.mosaik.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.certificates.CertificateScenario;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.feedback.FeedbackFixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.DiscussionService;
import de.mosaik.programmes.ProgrammeFixtures;
import de.mosaik.programmes.domain.BuildingBlockDetails;
import de.mosaik.programmes.domain.ProgrammeDetails;
import de.mosaik.programmes.domain.ProgrammeService;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.SubmissionToken;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A form sent twice with the same submission token — a double click, a reload of the POST — has
 * one effect, and the second answer is the first one's redirect.
 */
class DoubleSubmitTests extends IntegrationTest {

    private static final Pattern POST_FORM = Pattern.compile(
            "<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /**
     * POST routes that are not marked {@link CreatesOrSends}, each with why a second run does no
     * second thing. Decide for every new POST route: mark it and add a scenario below, or list it
     * here with its reason.
     */
    private static final Map<String, String> NEITHER_CREATES_NOR_SENDS = Map.ofEntries(
            // the attachments of a practice example and the recommendations it implements
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/anhaenge",
                    "uploads an attachment (multipart, which the form filler here does not send); a repeat with the"
                            + " same submission token gets the first upload's redirect (RepeatedSubmissionFilter,"
                            + " proved in PracticeAttachmentsTests)"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/anhaenge",
                    "uploads an attachment (multipart, which the form filler here does not send); a repeat with the"
                            + " same submission token gets the first upload's redirect (RepeatedSubmissionFilter)"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/anhaenge/{attachmentId}/entfernen",
                    "removes an attachment; a second removal finds nothing"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/anhaenge/{attachmentId}/entfernen",
                    "removes an attachment; a second removal finds nothing"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/empfehlungen",
                    "sets the ticked recommendations; the same ticks again change nothing"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/empfehlungen",
                    "sets the ticked recommendations; the same ticks again change nothing"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/pruefung/{exampleId}/empfehlungen",
                    "sets the ticked recommendations; the same ticks again change nothing"),
            Map.entry(
                    "/api/v1/{tenant}/events/{id}/registrations",
                    "JSON API, no form: a repeat with the same idempotencyKey gets the first registration (ADR 0015)"),
            Map.entry("/error", "Spring Boot's error page, answers any method"),
            Map.entry("/einladung/{token}", "the invitation token is used up by the first acceptance"),
            Map.entry("/passwort-neu/{token}", "the reset token is used up by the first new password"),
            Map.entry("/konto/passwort", "sets the own password; the same password twice is the same state"),
            Map.entry("/plattform/einstellungen", "edits settings"),
            Map.entry(
                    "/netzwerke/{network}/treffen/neu",
                    "creates a meeting; the submission token replays the first redirect (RepeatedSubmissionFilter), so the repeat adds nothing"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/anmeldung",
                    "one live registration per address in the registering tenant's closed event (registration's unique index); the confirmation is sent once per registration"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/bearbeiten",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/einladungen",
                    "invites only delegates not invited yet; each mail once per meeting and delegate"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm",
                    "adds a session; the submission token replays the first redirect (RepeatedSubmissionFilter), so the repeat adds nothing"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm/punkte",
                    "adds an agenda item; the submission token replays the first redirect (RepeatedSubmissionFilter), so the repeat adds nothing"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm/punkte/{itemId}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm/punkte/{itemId}/loeschen",
                    "deletes; a repeat finds nothing"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm/sitzungen/{sessionId}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/programm/sitzungen/{sessionId}/loeschen",
                    "deletes; a repeat finds nothing"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/protokoll",
                    "saves the minutes with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/protokoll/veroeffentlichen",
                    "publishes once: a repeat finds the minutes published and sends nothing"),
            Map.entry("/benachrichtigungen/abbestellen/{token}", "unsubscribes; a repeat finds the subscription gone"),
            Map.entry(
                    "/netzwerke/{network}/delegierte/{delegateId}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/delegierte/{delegateId}/entfernen",
                    "removes a delegate; a repeat finds nothing"),
            Map.entry("/netzwerke/{network}/diskussionen/abonnement", "sets the same subscription again"),
            Map.entry(
                    "/netzwerke/{network}/uebersetzungen/{textKind}/{textOwnerId}",
                    "saves translations, versioned: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/diskussionen/meldungen/{reportId}/ausblenden",
                    "hides a post once; a repeat finds the report decided"),
            Map.entry(
                    "/netzwerke/{network}/diskussionen/meldungen/{reportId}/verwerfen",
                    "dismisses once; a repeat finds the report decided"),
            Map.entry("/netzwerke/{network}/diskussionen/zustellung", "sets the same delivery setting again"),
            Map.entry("/netzwerke/{network}/diskussionen/{threadId}/abonnement", "sets the same subscription again"),
            Map.entry(
                    "/netzwerke/{network}/diskussionen/{threadId}/beitraege/{postId}/bearbeiten",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/einstellungen",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/empfehlungen/rueckmeldungen/einstellungen",
                    "sets the same number of days again"),
            Map.entry(
                    "/netzwerke/{network}/empfehlungen/rueckmeldungen/erinnern",
                    "mails each delegate at most once a day"),
            Map.entry(
                    "/netzwerke/{network}/empfehlungen/{recommendationId}/bearbeiten",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/empfehlungen/{recommendationId}/status",
                    "changes the status with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/mein-eintrag",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/mitglieder/{memberId}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/kriterien/{criterionId}/entfernen",
                    "deletes; a repeat finds nothing"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/pruefung/{exampleId}",
                    "decides a review with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/bestaetigen",
                    "sets the confirmation date to today again"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/einreichen",
                    "submits once; the policy refuses submitting a submitted example"),
            Map.entry(
                    "/netzwerke/{network}/praxisbeispiele/{exampleId}/zurueckziehen",
                    "withdraws once; the policy refuses withdrawing a withdrawn example"),
            Map.entry(
                    "/plattform/netzwerke/neu",
                    "creates a network with a unique address; a repeat is refused as taken"),
            Map.entry("/verwaltung/{slug}/netzwerkangebote/{offerId}", "sets the same answer again"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}",
                    "edits with a version: a repeat is refused as changed meanwhile"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/bestaetigen", "sets the confirmation date to today again"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/einreichen",
                    "submits once; the policy refuses submitting a submitted example"),
            Map.entry(
                    "/verwaltung/{slug}/praxisbeispiele/{id}/zurueckziehen",
                    "withdraws once; the policy refuses withdrawing a withdrawn example"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/netzwerk/zurueckziehen",
                    "withdraws; a repeat finds nothing"),
            Map.entry("/plattform/mandanten/{id}", "edits a tenant"),
            Map.entry("/verwaltung/{slug}/begriffe/aendern", "edits a term"),
            Map.entry("/verwaltung/{slug}/begriffe/umbenennen", "renames a term"),
            Map.entry("/verwaltung/{slug}/berichte/freigabe", "switches sharing on or off, versioned"),
            Map.entry("/verwaltung/{slug}/berichte/gespeichert/loeschen", "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/berichte/gespeichert/umbenennen", "renames a saved report"),
            Map.entry("/verwaltung/{slug}/datenschutz/archiv/{id}", "decides an archive offer once, versioned"),
            Map.entry("/verwaltung/{slug}/datenschutz/fristen", "edits retention periods, versioned"),
            Map.entry("/verwaltung/{slug}/einchecken/{token}", "one attendance mark per person and session"),
            Map.entry("/verwaltung/{slug}/einstellungen", "edits the tenant's settings"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/bilder",
                    "uploads an image; the same file again is found by its hash and gives the first image"),
            Map.entry("/verwaltung/{slug}/inhalte/bilder/{id}", "edits an image's texts, versioned"),
            Map.entry("/verwaltung/{slug}/inhalte/bilder/{id}/loeschen", "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/einstellungen/logo", "replaces the one logo"),
            Map.entry("/verwaltung/{slug}/einstellungen/logo/entfernen", "removes the logo"),
            Map.entry("/verwaltung/{slug}/inhalte/angebote/{id}", "edits an offer, versioned"),
            Map.entry("/verwaltung/{slug}/inhalte/angebote/{id}/loeschen", "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/inhalte/ansprechpersonen/{id}", "edits a contact, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/ansprechpersonen/{id}/loeschen",
                    "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/inhalte/orte/{id}", "edits a portal place, versioned"),
            Map.entry("/verwaltung/{slug}/inhalte/orte/{id}/loeschen", "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/konten/{id}", "edits an account"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/aktuelles/neu",
                    "a news item's address is unique per tenant: a repeat is refused as taken"),
            Map.entry("/verwaltung/{slug}/inhalte/aktuelles/{id}", "edits a news item, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/aktuelles/{id}/loeschen",
                    "deletes once, versioned; a second delete finds it in the deletion history and redirects alike"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/seiten/neu",
                    "a page's address is unique per tenant: a repeat is refused as taken"),
            Map.entry("/verwaltung/{slug}/inhalte/seiten/{id}", "edits a page, versioned"),
            Map.entry("/verwaltung/{slug}/inhalte/seiten/{id}/anbieten", "switches offering a page on or off"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/seiten/{id}/unabhaengig",
                    "turns a live copy independent once; a second run finds no live copy"),
            Map.entry(
                    "/verwaltung/{slug}/inhalte/seiten/{id}/loeschen",
                    "deletes once, versioned; a second delete finds it in the deletion history and redirects alike"),
            Map.entry("/verwaltung/{slug}/inhalte/startseite", "sets the order of the start page's sections"),
            Map.entry("/verwaltung/{slug}/orte/{id}", "edits a venue"),
            Map.entry("/plattform/organisationen/{organisationId}", "edits a body of the register, versioned"),
            Map.entry("/plattform/organisationen/{organisationId}/mandant", "sets or removes the body's one tenant"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/dokumente",
                    "uploads a document; a repeat with the same submission token gets the first upload's redirect"),
            Map.entry(
                    "/netzwerke/{network}/treffen/{meetingId}/dokumente/{documentId}/loeschen",
                    "deletes; a second delete finds nothing"),
            Map.entry("/verwaltung/{slug}/personen/{key}/loeschen", "erases a person; a second run finds nobody"),
            Map.entry(
                    "/verwaltung/{slug}/personen/{key}/zusammenfuehren/{otherKey}",
                    "merges once; a second run answers 'already merged'"),
            Map.entry("/verwaltung/{slug}/programme/{id}", "edits a programme, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}",
                    "edits a building block, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}/entfernen",
                    "removes a building block"),
            Map.entry("/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}/hoch", "moves a building block"),
            Map.entry("/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}/runter", "moves a building block"),
            Map.entry(
                    "/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}/zuordnen",
                    "an event is assigned to a building block once (on conflict do nothing)"),
            Map.entry(
                    "/verwaltung/{slug}/programme/{id}/bausteine/{buildingBlockId}/zuordnung-loesen",
                    "removes an assignment"),
            Map.entry("/verwaltung/{slug}/referierende/{id}", "edits a speaker"),
            Map.entry("/verwaltung/{slug}/schnittstelle", "edits the API settings"),
            Map.entry("/verwaltung/{slug}/veranstaltungen/{id}", "edits an event, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/absagen",
                    "cancels once; the mails go out with the change of status"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldeeinstellungen",
                    "edits registration settings, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}",
                    "edits a registration, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}/ablehnen",
                    "a change of status: mails only when the status changes"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}/annehmen",
                    "a change of status: mails only when the status changes"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}/nach-oben",
                    "moves on the waitlist"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}/platz-geben",
                    "a change of status: mails only when the status changes"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/{registrationId}/stornieren",
                    "a change of status: mails only when the status changes"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}",
                    "records attendance marks, one per person and session"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}/alle-anwesend",
                    "records attendance marks, one per person and session"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}/raumcode",
                    "one room code per session (on conflict do nothing)"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}/raumcode/schliessen",
                    "closes the room code"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}/{registrationId}",
                    "records one attendance mark"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/bescheinigungen/regel",
                    "edits the certificate rule, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/bescheinigungen/{certificateId}/widerrufen",
                    "revokes once; a revoked certificate is refused"),
            Map.entry("/verwaltung/{slug}/veranstaltungen/{id}/feedback", "switches feedback on or off, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/feedback/frage/entfernen",
                    "removes a question, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/feedback/frage/verschieben",
                    "moves a question, versioned"),
            Map.entry(
                    "/verwaltung/{slug}/veranstaltungen/{id}/fragen/aendern",
                    "edits registration questions, versioned"),
            Map.entry("/verwaltung/{slug}/veranstaltungen/{id}/referierende", "sets the event's speakers"),
            Map.entry("/verwaltung/{slug}/veranstaltungen/{id}/status", "a change of status, versioned"),
            Map.entry("/verwaltung/{slug}/veranstaltungen/{id}/termine/entfernen", "removes a session"),
            Map.entry("/verwaltung/{slug}/uebersetzungen/{ownerKind}/{ownerId}", "saves translations, versioned"),
            Map.entry("/verwaltung/{slug}/uebersetzungen/sprachen", "adds a language once"),
            Map.entry("/verwaltung/{slug}/uebersetzungen/lesbarkeit", "computes a readability figure, writes nothing"),
            Map.entry("/verwaltung/{slug}/uebersetzungen/sprachen/entfernen", "removes a language; again finds none"),
            Map.entry("/verwaltung/{slug}/uebersetzungen/xliff", "imports a file; again writes the same texts"),
            Map.entry(
                    "/{slug}/anmeldung/{token}/abmelden",
                    "a change of status by the participant: mails only when it changes"),
            Map.entry(
                    "/{slug}/anmeldung/{token}/bestaetigen",
                    "a change of status by the participant: mails only when it changes"),
            Map.entry("/{slug}/einchecken/{code}", "one attendance mark per person and session"),
            Map.entry("/{slug}/feedback/{token}", "one answer per invitation"),
            Map.entry("/{slug}/meine-daten/abmelden", "ends the record view in this browser"),
            Map.entry("/{slug}/meine-daten/{token}", "the magic link is used up by the first press"));

    private static final String CIRCLE = "/netzwerke/qualitaetszirkel";
    private static final String DUEREN_TEAM = "team@kreis-dueren.demo";

    @Autowired
    IdentitySetup identity;

    @Autowired
    Networks networks;

    @Autowired
    DiscussionService discussions;

    @Autowired
    RegistrationService registrar;

    @Autowired
    AccountService accounts;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProgrammeService programmes;

    Fixtures fixtures;
    EventFixtures events;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new Fixtures(jdbc, identity);
        events = new EventFixtures(jdbc);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
    }

    @Test
    void aDoubleClickOnSendMessageSendsTwelveMailsNotTwentyFour() throws Exception {
        var event = events.publishedEvent(tenant.id(), "Netzwerktreffen", EventFixtures.Rules.seats(20));
        for (int i = 0; i < 12; i++) {
            registrar.register(
                    tenant.id(),
                    event,
                    new Applicant(
                            "Person" + i,
                            "Muster",
                            Fixtures.unique("empfang") + "@example.org",
                            "",
                            null,
                            Map.of(),
                            "",
                            "de"),
                    Source.WEB,
                    UUID.randomUUID().toString());
        }
        var list = tenant.path("/veranstaltungen/" + event + "/anmeldungen");
        var subject = "Raumänderung " + UUID.randomUUID();
        var form = HtmlForm.of(staff.get(list + "/nachricht").body(), list + "/nachricht")
                .with("subject", subject)
                .with("text", "Wir treffen uns in Raum 204.");
        assertThat(form.fields().stream().filter(f -> f.getKey().equals("ids"))).hasSize(12);

        // Both clicks leave before either is answered, as with a double click.
        List<WebSession.Page> answers;
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(() -> form.submit(staff), pool);
            var second = CompletableFuture.supplyAsync(() -> form.submit(staff), pool);
            answers = List.of(first.get(), second.get());
        } finally {
            pool.shutdown();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(302));
        assertThat(answers.get(1).target()).isEqualTo(answers.get(0).target());
        assertThat(mailsWithSubject(subject)).isEqualTo(12);
    }

    @Test
    void aDoubleClickOnCreateEventCreatesOneDraft() {
        var title = "Fachtag " + UUID.randomUUID();
        var form = HtmlForm.of(
                        staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"))
                .with("title", title);

        var first = form.submit(staff);
        var second = form.submit(staff);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.target()).isEqualTo(first.target());
        assertThat(eventsTitled(title)).isEqualTo(1);

        // A form opened anew is a new submission: creating a second event on purpose still works.
        var again = HtmlForm.of(
                        staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"))
                .with("title", title);
        assertThat(again.value(SubmissionToken.FIELD)).isNotEqualTo(form.value(SubmissionToken.FIELD));
        assertThat(again.submit(staff).status()).isEqualTo(302);
        assertThat(eventsTitled(title)).isEqualTo(2);
    }

    @Test
    void aFormShownAgainWithItsErrorsCanBeCorrectedAndSent() {
        var form =
                HtmlForm.of(staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"));

        var refused = form.with("title", "").submit(staff);
        assertThat(refused.status()).isEqualTo(200);

        // The same token again, now with a title: the refusal was no outcome to replay.
        var title = "Workshop " + UUID.randomUUID();
        assertThat(form.with("title", title).submit(staff).status()).isEqualTo(302);
        assertThat(eventsTitled(title)).isEqualTo(1);
    }

    @Test
    void twoFormsOnOnePageGetTwoTokens() {
        var event = events.publishedEvent(
                tenant.id(), "Workshop", EventFixtures.Rules.seats(1).withApproval());
        for (var name : List.of("Aylin", "Boris")) {
            registrar.register(
                    tenant.id(),
                    event,
                    new Applicant(name, "Muster", Fixtures.unique(name) + "@example.org", "", null, Map.of(), "", "de"),
                    Source.WEB,
                    UUID.randomUUID().toString());
        }
        var page = staff.get(tenant.path("/veranstaltungen/" + event + "/anmeldungen"))
                .body();
        var tokens = Pattern.compile("name=\"" + SubmissionToken.FIELD + "\" value=\"([^\"]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
    }

    /**
     * Every POST form of every template carries the shared CSRF tag, and with it the submission
     * token: a new form without it fails here, before anyone can double-click it.
     */
    @Test
    void everyPostFormInTheTemplatesCarriesTheSubmissionToken() throws IOException {
        var missing = new ArrayList<String>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                var matcher = POST_FORM.matcher(Files.readString(file));
                while (matcher.find()) {
                    forms++;
                    if (!matcher.group(1).contains("@template.tag.csrf(ctx = ctx)")) {
                        missing.add(file + ": "
                                + matcher.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(forms).isGreaterThan(50);
        assertThat(missing).isEmpty();
        var rendered = staff.get(tenant.path("/veranstaltungen/neu")).body();
        assertThat(rendered).containsPattern("name=\"" + SubmissionToken.FIELD + "\" value=\"[0-9a-f-]{36}\"");
    }

    /** Who fills a form: staff of the test tenant, the platform operator, or a visitor without account. */
    private enum Who {
        STAFF,
        PLATFORM,
        VISITOR,
        /** The coordinator of the demo network "qualitaetszirkel" (an external account). */
        COORDINATOR,
        /** Staff of the demo tenant Kreis Düren, a delegate of the Qualitätszirkel. */
        DUEREN
    }

    /** A form to fill: the page that shows it, where it is sent, and what a person types into it. */
    private record Scenario(Who who, String page, String action, Map<String, String> typed) {}

    /**
     * Every POST route marked {@link CreatesOrSends} is sent twice with the same token: the first
     * changes the database, the second changes nothing and answers with the first redirect. A
     * marked route without a scenario here fails the test.
     */
    @Test
    void everyRouteThatCreatesOrSendsHasOneEffectWhenSentTwice() {
        var marked = markedRoutes();
        assertThat(marked).hasSizeGreaterThanOrEqualTo(15);
        var scenarios = scenarios();
        assertThat(marked)
                .as("routes marked @CreatesOrSends without a double-submit scenario in this test")
                .allSatisfy(route -> assertThat(scenarios).containsKey(route));
        var platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        // The public pages of the test tenant are switched on for this test only, which keeps it off
        // the public pages other tests look at.
        switchOn(true);
        try {
            for (var route : marked) {
                doubleSubmit(route, scenarios.get(route).get(), platform);
            }
        } finally {
            switchOn(false);
        }
    }

    /**
     * Every POST route of the handler mapping is either marked {@link CreatesOrSends} (and then
     * double-submitted above) or listed in {@link #NEITHER_CREATES_NOR_SENDS} with the reason why
     * running it twice does no second thing. A new route fails here until someone has decided
     * which it is; a listed route that is gone or has been marked fails too, so the list stays
     * true.
     */
    @Test
    void everyPostRouteIsMarkedOrListedWithTheReasonWhyARepeatIsHarmless() {
        var marked = new TreeSet<>(markedRoutes());
        var unmarked = new TreeSet<>(postRoutes());
        unmarked.removeAll(marked);
        assertThat(unmarked)
                .as("POST routes neither marked @CreatesOrSends nor listed in NEITHER_CREATES_NOR_SENDS")
                .isSubsetOf(NEITHER_CREATES_NOR_SENDS.keySet());
        assertThat(NEITHER_CREATES_NOR_SENDS.keySet())
                .as("listed routes that are gone or marked @CreatesOrSends")
                .isSubsetOf(unmarked);
    }

    private void switchOn(boolean active) {
        jdbc.sql("update identity.tenant set active = ? where id = ?")
                .params(active, tenant.id())
                .update();
    }

    private void doubleSubmit(String route, Scenario scenario, WebSession platform) {
        var session = switch (scenario.who()) {
            case STAFF -> staff;
            case PLATFORM -> platform;
            case VISITOR -> new WebSession(port);
            case COORDINATOR -> loggedIn(DemoAccounts.NETWORK_COORDINATOR);
            case DUEREN -> loggedIn(DUEREN_TEAM);
        };
        var form = HtmlForm.of(session.get(scenario.page()).body(), scenario.action());
        for (var typed : scenario.typed().entrySet()) {
            form = form.with(typed.getKey(), typed.getValue());
        }
        var before = settledCounts();
        var first = form.submit(session);
        var afterFirst = settledCounts();
        var second = form.submit(session);
        var afterSecond = settledCounts();

        assertThat(first.status()).as("%s: first answer", route).isBetween(300, 399);
        assertThat(afterFirst)
                .as("%s: the first submission has an effect", route)
                .isNotEqualTo(before);
        assertThat(second.status()).as("%s: second answer", route).isEqualTo(first.status());
        assertThat(second.target()).as("%s: second answer", route).isEqualTo(first.target());
        assertThat(afterSecond)
                .as("%s: the second submission has no effect", route)
                .isEqualTo(afterFirst);
    }

    private WebSession loggedIn(String email) {
        var session = new WebSession(port);
        session.login(email, DemoAccounts.PASSWORD);
        return session;
    }

    private List<String> markedRoutes() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var routes = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.hasMethodAnnotation(CreatesOrSends.class)) {
                assertThat(info.getMethodsCondition().getMethods())
                        .as("%s is marked but is no POST route", handler)
                        .containsExactly(RequestMethod.POST);
                routes.addAll(info.getPathPatternsCondition().getPatternValues());
            }
        });
        return List.copyOf(routes);
    }

    private List<String> postRoutes() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var routes = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                routes.addAll(info.getPathPatternsCondition().getPatternValues());
            }
        });
        return List.copyOf(routes);
    }

    private Map<String, Supplier<Scenario>> scenarios() {
        var slug = tenant.slug();
        var admin = "/verwaltung/{slug}";
        var event = events.publishedEvent(tenant.id(), "Fachtag Vielfalt", EventFixtures.Rules.seats(20));
        var eventPath = tenant.path("/veranstaltungen/" + event);
        var participants = eventPath + "/anmeldungen";
        var participantEmail = Fixtures.unique("teilnehmerin") + "@example.org";
        registrar.register(
                tenant.id(),
                event,
                new Applicant("Yasmin", "Muster", participantEmail, "", null, Map.of(), "", "de"),
                Source.WEB,
                UUID.randomUUID().toString());
        var today = LocalDate.now(BerlinTime.ZONE);
        var scenarios = new HashMap<String, Supplier<Scenario>>();
        scenarios.put(
                admin + "/veranstaltungen/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/veranstaltungen/neu"),
                        tenant.path("/veranstaltungen/neu"),
                        Map.of("title", "Neue Schulung")));
        scenarios.put(
                admin + "/veranstaltungen/{id}/kopieren",
                () -> new Scenario(Who.STAFF, eventPath, eventPath + "/kopieren", Map.of()));
        scenarios.put(
                admin + "/veranstaltungen/{id}/termine",
                () -> new Scenario(
                        Who.STAFF,
                        eventPath + "/termine",
                        eventPath + "/termine",
                        Map.of("date", today.plusDays(60).toString(), "start", "09:00", "end", "12:00")));
        scenarios.put(
                admin + "/veranstaltungen/{id}/fragen",
                () -> new Scenario(
                        Who.STAFF,
                        eventPath + "/anmeldeeinstellungen",
                        eventPath + "/fragen",
                        Map.of("label", "Welchen Workshop am Nachmittag?")));
        scenarios.put(
                admin + "/referierende/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/referierende/neu"),
                        tenant.path("/referierende/neu"),
                        Map.of("name", "Dr. Aylin Kaya")));
        scenarios.put(
                admin + "/orte/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/orte/neu"),
                        tenant.path("/orte/neu"),
                        Map.of("name", "Kreishaus, Saal 2")));
        scenarios.put(
                admin + "/inhalte/angebote/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/inhalte/angebote/neu"),
                        tenant.path("/inhalte/angebote/neu"),
                        Map.of("title", "Schulberatung")));
        scenarios.put(admin + "/inhalte/seiten/uebernehmen/{id}", () -> {
            // Duisburg's demo page on the school system, offered to every other tenant (ADR 0019).
            var offered = jdbc.sql("""
                            select p.id from portal.page p join identity.tenant t on t.id = p.tenant_id
                            where t.slug = 'stadt-duisburg' and p.offered order by p.slug limit 1
                            """).query(UUID.class).single();
            var preview = tenant.path("/inhalte/seiten/uebernehmen/" + offered);
            return new Scenario(Who.STAFF, preview, preview, Map.of("kind", "COPY"));
        });
        scenarios.put(
                admin + "/inhalte/orte/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/inhalte/orte/neu"),
                        tenant.path("/inhalte/orte/neu"),
                        Map.of("name", "Internationales Zentrum", "monday", "9-12")));
        scenarios.put(
                admin + "/inhalte/ansprechpersonen/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/inhalte/ansprechpersonen/neu"),
                        tenant.path("/inhalte/ansprechpersonen/neu"),
                        Map.of("name", "Schulberatung", "phone", "0203 283-1210")));
        scenarios.put(
                admin + "/begriffe",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/begriffe"),
                        tenant.path("/begriffe"),
                        Map.of("name", Fixtures.unique("Thema"))));
        scenarios.put(
                admin + "/veranstaltungen/{id}/anmeldungen/neu",
                () -> new Scenario(
                        Who.STAFF,
                        participants + "/neu",
                        participants + "/neu",
                        Map.of(
                                "givenName", "Karl",
                                "familyName", "Muster",
                                "email", Fixtures.unique("karl") + "@example.org")));
        scenarios.put(
                admin + "/veranstaltungen/{id}/anmeldungen/nachricht",
                () -> new Scenario(
                        Who.STAFF,
                        participants + "/nachricht",
                        participants + "/nachricht",
                        Map.of("subject", "Raumänderung", "text", "Wir treffen uns in Raum 204.")));
        scenarios.put(
                admin + "/konten/neu",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/konten/neu"),
                        tenant.path("/konten/neu"),
                        Map.of(
                                "displayName", "Neue Kollegin",
                                "email", Fixtures.unique("kollegin") + "@" + slug + ".example",
                                "role", "STAFF")));
        scenarios.put(admin + "/konten/{id}/einladung", () -> {
            var invited = Fixtures.unique("eingeladen") + "@" + slug + ".example";
            accounts.invite(tenant.id(), invited, "Eingeladen", Role.STAFF, Locale.GERMAN);
            var account = tenant.path("/konten/" + fixtures.accountId(invited));
            return new Scenario(Who.STAFF, account, account + "/einladung", Map.of());
        });
        scenarios.put(
                "/plattform/mandanten/neu",
                () -> new Scenario(
                        Who.PLATFORM,
                        "/plattform/mandanten/neu",
                        "/plattform/mandanten/neu",
                        Map.of(
                                "name",
                                "Stadt Musterhausen",
                                "slug",
                                Fixtures.unique("test-musterhausen"),
                                "adminName",
                                "Erste Leitung",
                                "adminEmail",
                                Fixtures.unique("leitung") + "@musterhausen.example")));
        scenarios.put(
                admin + "/programme/neu",
                () -> new Scenario(
                        Who.STAFF, tenant.path("/programme/neu"), tenant.path("/programme/neu"), programme(today)));
        scenarios.put(admin + "/programme/{id}/bausteine/neu", () -> {
            var form = HtmlForm.of(staff.get(tenant.path("/programme/neu")).body(), tenant.path("/programme/neu"));
            for (var typed : programme(today).entrySet()) {
                form = form.with(typed.getKey(), typed.getValue());
            }
            var programme = form.submit(staff).target().replaceFirst("[?#].*", "");
            return new Scenario(
                    Who.STAFF,
                    programme + "/bausteine/neu",
                    programme + "/bausteine/neu",
                    Map.of("title", "Baustein Rassismuskritik"));
        });
        scenarios.put(
                "/{slug}/veranstaltungen/{id}/anmeldung",
                () -> new Scenario(
                        Who.VISITOR,
                        "/" + slug + "/veranstaltungen/" + event + "/anmeldung",
                        "/" + slug + "/veranstaltungen/" + event + "/anmeldung",
                        Map.of(
                                "givenName", "Lena",
                                "familyName", "Muster",
                                "email", Fixtures.unique("lena") + "@example.org",
                                "consent", "true")));
        scenarios.put(
                "/{slug}/veranstaltungen/{id}/sammelanmeldung",
                () -> new Scenario(
                        Who.VISITOR,
                        "/" + slug + "/veranstaltungen/" + event + "/sammelanmeldung",
                        "/" + slug + "/veranstaltungen/" + event + "/sammelanmeldung",
                        Map.of(
                                "contactName", "Schulleitung Nord",
                                "contactEmail", Fixtures.unique("schule") + "@example.org",
                                "institution", "Gesamtschule Nord",
                                "people[0].givenName", "Mira",
                                "people[0].familyName", "Muster",
                                "people[0].email", Fixtures.unique("mira") + "@example.org",
                                "consent", "true")));
        scenarios.put(
                "/{slug}/barrierefreiheit",
                () -> new Scenario(
                        Who.VISITOR,
                        "/kreis-dueren/barrierefreiheit",
                        "/kreis-dueren/barrierefreiheit",
                        Map.of("message", "Das Formular lässt sich nicht vergrößern.")));
        scenarios.put(
                "/barrierefreiheit",
                () -> new Scenario(
                        Who.VISITOR,
                        "/barrierefreiheit",
                        "/barrierefreiheit",
                        Map.of("message", "Die Startseite hat zu wenig Kontrast.")));
        scenarios.put(
                "/{slug}/meine-daten",
                () -> new Scenario(
                        Who.VISITOR,
                        "/" + slug + "/meine-daten",
                        "/" + slug + "/meine-daten",
                        Map.of("email", participantEmail)));
        scenarios.put(admin + "/veranstaltungen/{id}/bescheinigungen/ausstellen", () -> {
            var held = heldEventWithOneWhoAttended("Fachtag Antidiskriminierung");
            var page = tenant.path("/veranstaltungen/" + held.scenario().eventId + "/bescheinigungen");
            return new Scenario(Who.STAFF, page, page + "/ausstellen", Map.of());
        });
        scenarios.put(admin + "/veranstaltungen/{id}/bescheinigungen/teilnehmende/{registrationId}/ausstellen", () -> {
            var held = heldEventWithOneWhoAttended("Workshop Sprachmittlung");
            var page = tenant.path("/veranstaltungen/" + held.scenario().eventId + "/bescheinigungen");
            return new Scenario(
                    Who.STAFF,
                    page,
                    page + "/teilnehmende/" + held.person().registrationId() + "/ausstellen",
                    Map.of());
        });
        scenarios.put(admin + "/programme/{id}/fortschritt/bescheinigungen", () -> {
            var programme = programmeSomeoneCompleted(today);
            var page = tenant.path("/programme/" + programme + "/fortschritt");
            return new Scenario(Who.STAFF, page, page + "/bescheinigungen", Map.of());
        });
        scenarios.put(admin + "/veranstaltungen/{id}/feedback/einladen", () -> {
            var feedback = new FeedbackFixtures(jdbc);
            var held = feedback.heldEvent(tenant.id(), "Elterncafé Mehrsprachigkeit");
            var came = feedback.register(
                    tenant.id(), held, "CONFIRMED", Fixtures.unique("feedback") + "@example.org", "de");
            feedback.mark(tenant.id(), held, came, "ATTENDED");
            var page = tenant.path("/veranstaltungen/" + held + "/feedback");
            return new Scenario(Who.STAFF, page, page + "/einladen", Map.of());
        });
        scenarios.put(admin + "/veranstaltungen/{id}/feedback/frage", () -> {
            var question = eventPath + "/feedback/frage";
            return new Scenario(
                    Who.STAFF,
                    question,
                    question,
                    Map.of("label", "Was nehmen Sie für Ihre Arbeit mit?", "kind", "TEXT"));
        });
        scenarios.put(
                admin + "/berichte/gespeichert",
                () -> new Scenario(
                        Who.STAFF,
                        tenant.path("/berichte/speichern"),
                        tenant.path("/berichte/gespeichert"),
                        Map.of("name", Fixtures.unique("Quartalsbericht"))));
        scenarios.put(admin + "/postausgang/{id}/erneut", () -> {
            var mail = tenant.path("/postausgang/" + failedMail(tenant.id()));
            return new Scenario(Who.STAFF, mail, mail + "/erneut", Map.of());
        });
        scenarios.put("/plattform/postausgang/{id}/erneut", () -> {
            var mail = "/plattform/postausgang/" + failedMail(null);
            return new Scenario(Who.PLATFORM, mail, mail + "/erneut", Map.of());
        });
        scenarios.put("/passwort-vergessen", () -> {
            var email = fixtures.newAccount(tenant, Role.STAFF);
            // Other tests of the run ask for resets from this address too; its hourly limit is not
            // what this test is about.
            jdbc.sql("delete from shared.rate_limit_hit where bucket like 'password-reset-%'")
                    .update();
            return new Scenario(Who.VISITOR, "/passwort-vergessen", "/passwort-vergessen", Map.of("email", email));
        });
        scenarios.put(
                "/plattform/organisationen/neu",
                () -> new Scenario(
                        Who.PLATFORM,
                        "/plattform/organisationen/neu",
                        "/plattform/organisationen/neu",
                        Map.of("name", Fixtures.unique("Stiftung Doppelklick"), "kind", "FOUNDATION")));
        networkScenarios(scenarios);
        return scenarios;
    }

    /** The routes of networks and the practice library, in the demo network "qualitaetszirkel". */
    private void networkScenarios(Map<String, Supplier<Scenario>> scenarios) {
        var members = "/netzwerke/{network}";
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var practiceExample = Map.of(
                "title", Fixtures.unique("Elternbegleitung im Übergang"),
                "summary", "Eltern begleiten Eltern beim Übergang in die Schule.",
                "fieldOfWork", "SCHOOL",
                "targetGroups", "CHILDREN");
        scenarios.put(
                members + "/diskussionen/neu",
                () -> new Scenario(
                        Who.DUEREN,
                        CIRCLE + "/diskussionen/neu",
                        CIRCLE + "/diskussionen/neu",
                        Map.of("title", Fixtures.unique("Dolmetschpool"), "body", "Wer hat Erfahrungen?")));
        scenarios.put(members + "/diskussionen/{threadId}/antworten", () -> {
            var thread = CIRCLE + "/diskussionen/" + thread(circle);
            return new Scenario(Who.DUEREN, thread, thread + "/antworten", Map.of("body", "Wir auch, gern."));
        });
        scenarios.put(members + "/diskussionen/{threadId}/beitraege/{postId}/melden", () -> {
            var thread = thread(circle);
            var post = jdbc.sql("select id from networks.discussion_post where thread_id = ?")
                    .param(thread)
                    .query(UUID.class)
                    .single();
            var report = CIRCLE + "/diskussionen/" + thread + "/beitraege/" + post + "/melden";
            return new Scenario(Who.DUEREN, report, report, Map.of("reason", "Enthält eine private Telefonnummer."));
        });
        scenarios.put(
                members + "/empfehlungen/neu",
                () -> new Scenario(
                        Who.COORDINATOR,
                        CIRCLE + "/empfehlungen/neu",
                        CIRCLE + "/empfehlungen/neu",
                        Map.of("title", Fixtures.unique("Mehrsprachige Elternbriefe"), "progress", "0")));
        scenarios.put(members + "/empfehlungen/{recommendationId}/berichte", () -> {
            var adopted = jdbc.sql("""
                            select id from networks.recommendation where network_id = ? and title like ?
                            """)
                    .params(circle, "Feministische Perspektiven%")
                    .query(UUID.class)
                    .single();
            var page = CIRCLE + "/empfehlungen/" + adopted;
            return new Scenario(
                    Who.DUEREN,
                    page,
                    page + "/berichte",
                    Map.of("text", Fixtures.unique("Beratung für Frauenvereine")));
        });
        scenarios.put(members + "/mitglieder/neu", () -> {
            var name = Fixtures.unique("Zwoelfbrunnen Stiftung");
            jdbc.sql("insert into organisations.organisation (id, name, kind) values (?, ?, 'FOUNDATION')")
                    .params(UUID.randomUUID(), name)
                    .update();
            return new Scenario(
                    Who.COORDINATOR,
                    CIRCLE + "/mitglieder/neu?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    CIRCLE + "/mitglieder/neu",
                    Map.of());
        });
        scenarios.put(
                members + "/mitglieder/neu/anlegen",
                () -> new Scenario(
                        Who.COORDINATOR,
                        CIRCLE + "/mitglieder/neu",
                        CIRCLE + "/mitglieder/neu/anlegen",
                        Map.of("name", Fixtures.unique("Verein Doppelklick"), "kind", "FOUNDATION")));
        scenarios.put(members + "/mitglieder/{memberId}/einladen", () -> {
            var member = CIRCLE + "/mitglieder/" + memberOf(circle, "Kreis Düren");
            return new Scenario(
                    Who.COORDINATOR,
                    member,
                    member + "/einladen",
                    Map.of(
                            "email", Fixtures.unique("eingeladen") + "@kreis-dueren.example",
                            "displayName", "Neue Delegierte",
                            "role", "DELEGATE"));
        });
        scenarios.put("/verwaltung/{slug}/veranstaltungen/{id}/netzwerk/anbieten", () -> {
            var dueren = fixtures.tenantId("kreis-dueren");
            var event = events.publishedEvent(
                    dueren, Fixtures.unique("Gemeinsame Schulung"), EventFixtures.Rules.seats(20));
            var page = "/verwaltung/kreis-dueren/veranstaltungen/" + event + "/netzwerk";
            return new Scenario(Who.DUEREN, page, page + "/anbieten", Map.of("netzwerk", circle.toString()));
        });
        scenarios.put(
                members + "/praxisbeispiele/neu",
                () -> new Scenario(
                        Who.DUEREN, CIRCLE + "/praxisbeispiele/neu", CIRCLE + "/praxisbeispiele/neu", practiceExample));
        scenarios.put("/verwaltung/{slug}/praxisbeispiele/neu", () -> {
            var typed = new HashMap<>(practiceExample);
            typed.put("network", circle.toString());
            return new Scenario(
                    Who.DUEREN,
                    "/verwaltung/kreis-dueren/praxisbeispiele/neu",
                    "/verwaltung/kreis-dueren/praxisbeispiele/neu",
                    typed);
        });
        scenarios.put(
                members + "/praxisbeispiele/kriterien",
                () -> new Scenario(
                        Who.COORDINATOR,
                        CIRCLE + "/praxisbeispiele/kriterien",
                        CIRCLE + "/praxisbeispiele/kriterien",
                        Map.of("label", Fixtures.unique("Wirkung belegt"))));
    }

    /** A new thread of the coordinator in the network, with its first post. */
    private UUID thread(UUID network) {
        return discussions.startThread(
                network,
                fixtures.accountId(DemoAccounts.NETWORK_COORDINATOR),
                Fixtures.unique("Sprachmittlung"),
                "",
                "Wie organisiert ihr die Sprachmittlung?");
    }

    private UUID memberOf(UUID network, String name) {
        return jdbc.sql("""
                        select m.id from networks.member m join organisations.organisation o on o.id = m.organisation_id
                        where m.network_id = ? and o.name like ? and m.left_on is null order by o.name limit 1
                        """).params(network, "%" + name + "%").query(UUID.class).single();
    }

    private record HeldEvent(CertificateScenario scenario, CertificateScenario.Person person) {}

    /** A held event of the test tenant with one participant present at both sessions. */
    private HeldEvent heldEventWithOneWhoAttended(String title) {
        var scenario = new CertificateScenario(jdbc, tenant.id(), title);
        var person = scenario.participant("Ayşe", "Yıldız", "de");
        scenario.attended(person, scenario.longSession);
        scenario.attended(person, scenario.shortSession);
        return new HeldEvent(scenario, person);
    }

    /** A programme with one required building block whose past event one person attended in full. */
    private UUID programmeSomeoneCompleted(LocalDate today) {
        var fixtures = new ProgrammeFixtures(jdbc);
        var workshop =
                fixtures.event(tenant.id(), "Workshop Grundlagen", Instant.now().minus(Duration.ofDays(30)), 1);
        var programme = programmes.create(
                tenant.id(),
                new ProgrammeDetails("Fortbildung Kommunale Integrationsarbeit", "", today.minusDays(365), today, 0));
        var module = programmes
                .addBuildingBlock(tenant.id(), programme, new BuildingBlockDetails("Grundlagen", "", true, null))
                .orElseThrow();
        assertThat(programmes.assignEvent(tenant.id(), programme, module, workshop))
                .isTrue();
        fixtures.attended(fixtures.register(
                tenant.id(), workshop, "Oksana", Fixtures.unique("programm") + "@example.org", "CONFIRMED"));
        return programme;
    }

    /** A mail that the mail server refused for good, of the tenant or (null) of the platform. */
    private UUID failedMail(@Nullable UUID tenantId) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status,
                            attempts, last_error)
                        values (?, ?, ?, 'Noch einmal', 'Text', ?, 'FAILED', 60, 'Server weg')
                        """)
                .params(id, tenantId, Fixtures.unique("nochmal") + "@example.org", "<" + id + "@test.invalid>")
                .update();
        return id;
    }

    private static Map<String, String> programme(LocalDate today) {
        return Map.of(
                "title",
                "Qualifizierung Integrationsbeauftragte",
                "validFrom",
                today.minusYears(1).toString(),
                "validUntil",
                today.plusYears(1).toString(),
                "optionalNeeded",
                "0");
    }

    /**
     * The number of rows of every table a form can change, once background work (mail, event
     * listeners) has caught up. Sessions, logs of page views, locks and the submission ledger
     * itself change with every request and are left out.
     */
    private Map<String, Long> settledCounts() {
        var previous = counts();
        for (int i = 0; i < 75; i++) {
            sleep();
            var current = counts();
            if (current.equals(previous) && !mailUnderWay()) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("The database did not settle");
    }

    private Map<String, Long> counts() {
        var tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_type = 'BASE TABLE'
                          and table_schema not in ('pg_catalog', 'information_schema', 'public', 'modulith')
                          and table_schema || '.' || table_name not in (
                              'shared.form_submission', 'shared.shedlock', 'shared.rate_limit_hit',
                              'identity.http_session', 'identity.http_session_attributes',
                              'identity.login_failure', 'privacy.access_log')
                        order by 1
                        """).query(String.class).list();
        var sql = String.join(
                " union all ",
                tables.stream()
                        .map(t -> "select '" + t + "', count(*) from " + t)
                        .toList());
        var counts = new TreeMap<String, Long>();
        jdbc.sql(sql)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        // A mail sent again changes no row count, only its status and what the mail server received.
        jdbc.sql("select 'mail.outgoing_mail ' || status, count(*) from mail.outgoing_mail group by status")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        counts.put("smtp received", (long) SMTP.getReceivedMessages().length);
        return counts;
    }

    /** A mail that is due or being handed to the mail server right now (claimed with a lease of a minute). */
    private boolean mailUnderWay() {
        return jdbc.sql("""
                        select exists (select 1 from mail.outgoing_mail
                        where status = 'PENDING' and next_attempt_at <= now() + interval '61 seconds')
                        """).query(Boolean.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int mailsWithSubject(String subject) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id = ? and subject = ?")
                .params(tenant.id(), subject)
                .query(Integer.class)
                .single();
    }

    private int eventsTitled(String title) {
        return jdbc.sql("select count(*) from events.event where tenant_id = ? and title = ?")
                .params(tenant.id(), title)
                .query(Integer.class)
                .single();
    }
}

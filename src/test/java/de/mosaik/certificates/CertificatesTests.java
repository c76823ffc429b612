package de.mosaik.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.WebSession;
import de.mosaik.certificates.domain.SignInSheetService;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.shared.pdf.PdfChecks;
import de.mosaik.shared.web.PageContextFactory;
import de.mosaik.shared.web.PersonalRecordSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/** Staff issue and revoke certificates, participants download theirs, anyone verifies one. */
class CertificatesTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    Certificates certificatesApi;

    @Autowired
    SignInSheetService sheets;

    @Autowired
    PageContextFactory pageContexts;

    @Autowired
    List<PersonalRecordSource> recordSources;

    Fixtures fixtures;
    TestTenant tenant;
    WebSession staff;
    CertificateScenario scenario;
    CertificateScenario.Person complete;
    CertificateScenario.Person partly;
    CertificateScenario.Person absent;

    @BeforeEach
    void heldEventWithAttendance() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        scenario = new CertificateScenario(jdbc, tenant.id(), "Vielfalt im Amt");
        complete = scenario.participant("Ayşe", "Yıldız", "de");
        partly = scenario.participant("Олена", "Коваленко", "en");
        absent = scenario.participant("Jürgen", "Weiß", "de");
        scenario.attended(complete, scenario.longSession);
        scenario.attended(complete, scenario.shortSession);
        scenario.attended(partly, scenario.longSession);
    }

    @Test
    void theStartPageCountsCertificatesToIssueUntilTheyAreIssued() {
        var eligible = staff.get(base()).body();
        assertThat(eligible).contains("Vielfalt im Amt");

        var start = staff.get(tenant.path("")).body();

        assertThat(start)
                .contains("1 Bescheinigung auszustellen: Vielfalt im Amt")
                .contains("href=\"" + base() + "\"");
        jdbc.sql("update events.event set last_ends_at = now() + interval '1 day' where id = ?")
                .param(scenario.eventId)
                .update();
        assertThat(staff.get(tenant.path("")).body()).doesNotContain("auszustellen");
    }

    @Test
    void theListShowsAttendanceAndEligibility() {
        var page = staff.get(base());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ayşe Yıldız", "Олена Коваленко", "Jürgen Weiß")
                .contains("2 von 2 Terminen, 8 von 8 Stunden")
                .contains("1 von 2 Terminen, 6 von 8 Stunden")
                .contains("An alle Berechtigten ausstellen (1)");
    }

    @Test
    void bulkIssueMailsEachEligiblePersonOnceWithThePdf() throws Exception {
        var first = staff.post(base() + "/ausstellen", Map.of());
        assertThat(first.target()).isEqualTo(base());
        assertThat(staff.follow(first).body()).contains("Ausgestellt und per E-Mail versandt: 1 Bescheinigung.");
        staff.post(base() + "/ausstellen", Map.of());

        assertThat(certificates()).isEqualTo(1);
        var mail = Mails.awaitOne(SMTP, complete.email());
        assertThat(mail.getSubject()).contains("Vielfalt im Amt");
        assertThat(Mails.attachments(mail)).singleElement().asString().matches("bescheinigung-MSK-.*\\.pdf");
        assertThat(Mails.text(mail)).contains("/bescheinigungen/MSK-");
        Poll.pause(Duration.ofSeconds(1));
        assertThat(Mails.to(SMTP, complete.email())).hasSize(1);
        assertThat(Mails.to(SMTP, partly.email())).isEmpty();
        // under the registration's occasions, so that erasing the registration takes the mail with it
        assertThat(jdbc.sql("select occasion from mail.outgoing_mail where lower(recipient) = lower(?)")
                        .param(complete.email())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .matches("registration/[0-9a-f-]{36}/certificate/[0-9a-f-]{36}");

        // 6 of 8 hours are 75 %: enough once the rule asks for 70 % of the hours
        var saved = staff.post(
                base() + "/regel",
                Map.of(
                        "threshold", "MIN_PERCENT_HOURS",
                        "minPercent", "70",
                        "teachingUnits", "10",
                        "signerName", "Dr. Katrin Vogel",
                        "signerRole", "Leitung",
                        "place", "Düren",
                        "version", "-1",
                        "_asTenantDefault", "on"));
        assertThat(saved.target()).isEqualTo(base());
        staff.post(base() + "/ausstellen", Map.of());
        assertThat(certificates()).isEqualTo(2);
        var english = Mails.awaitOne(SMTP, partly.email());
        assertThat(english.getSubject()).startsWith("Your certificate of attendance");
    }

    @Test
    void theRuleFormRejectsWrongInputAndConcurrentChanges() {
        var wrong = staff.post(
                base() + "/regel",
                Map.of("threshold", "MIN_PERCENT_HOURS", "minPercent", "120", "teachingUnits", "abc", "version", "-1"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("ganze Zahl von 1 bis 100", "positive Zahl", "value=\"abc\"");

        var rule = Map.of("threshold", "ALL_SESSIONS", "minPercent", "80", "version", "-1");
        assertThat(staff.follow(staff.post(base() + "/regel", rule)).body()).contains("Die Regel wurde gespeichert.");
        // a second form read before the first save
        var stale = staff.follow(staff.post(base() + "/regel", rule));
        assertThat(stale.body()).contains("Jemand anderes hat die Regel inzwischen geändert");
    }

    @Test
    void oneCertificateForSomeoneNotEligibleNeedsAnExplicitConfirmation() throws Exception {
        var refused =
                staff.follow(staff.post(base() + "/teilnehmende/" + absent.registrationId() + "/ausstellen", Map.of()));
        assertThat(refused.body()).contains("Bitte bestätigen Sie ausdrücklich");
        assertThat(certificates()).isZero();

        var issued = staff.follow(staff.post(
                base() + "/teilnehmende/" + absent.registrationId() + "/ausstellen", Map.of("trotzdem", "true")));
        assertThat(issued.body()).contains("Die Bescheinigung wurde ausgestellt");
        assertThat(certificates()).isEqualTo(1);
        assertThat(Mails.awaitOne(SMTP, absent.email()).getSubject()).contains("Vielfalt im Amt");

        var again = staff.follow(staff.post(
                base() + "/teilnehmende/" + absent.registrationId() + "/ausstellen", Map.of("trotzdem", "true")));
        assertThat(again.body()).contains("bereits eine gültige Bescheinigung");
        assertThat(certificates()).isEqualTo(1);
    }

    @Test
    void noCertificateIsIssuedBeforeTheEventEnded() {
        jdbc.sql("update events.session set ends_at = now() + interval '1 hour', starts_at = now() - interval '1 hour'"
                        + " where id = ?")
                .param(scenario.shortSession)
                .update();
        jdbc.sql("update events.event set last_ends_at = now() + interval '1 hour' where id = ?")
                .param(scenario.eventId)
                .update();

        var refused = staff.follow(staff.post(
                base() + "/teilnehmende/" + complete.registrationId() + "/ausstellen", Map.of("trotzdem", "true")));

        assertThat(refused.body()).contains("erst nach dem Ende der Veranstaltung");
        assertThat(certificates()).isZero();
    }

    @Test
    void revokingNeedsAReasonAndTheVerificationPageSaysSo() {
        staff.post(base() + "/ausstellen", Map.of());
        var id = certificateOf(complete);
        var number = numberOf(id);
        var verified = new WebSession(port).get("/bescheinigungen/" + number);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("Diese Bescheinigung ist gültig.", "Ayşe Yıldız", "Vielfalt im Amt");

        var noReason = staff.post(base() + "/" + id + "/widerrufen", Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Bitte geben Sie einen Grund an.");
        var revoked = staff.post(base() + "/" + id + "/widerrufen", Map.of("reason", "Irrtümlich ausgestellt"));
        assertThat(revoked.target()).isEqualTo(base());

        var after = new WebSession(port).get("/bescheinigungen/" + number);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("widerrufen").doesNotContain("Irrtümlich");
        assertThat(new WebSession(port)
                        .get("/" + tenant.slug() + "/anmeldung/" + complete.token() + "/bescheinigung.pdf")
                        .status())
                .isEqualTo(404);

        // issuing again gives a new number
        staff.post(base() + "/ausstellen", Map.of());
        var renewed = certificateOf(complete);
        assertThat(renewed).isNotEqualTo(id);
        assertThat(numberOf(renewed)).isNotEqualTo(number);
    }

    @Test
    void theVerificationPageShowsTheHolderAndEventButNothingElse() {
        staff.post(base() + "/ausstellen", Map.of());
        var number = numberOf(certificateOf(complete));
        var visitor = new WebSession(port);

        var page = visitor.get("/bescheinigungen/" + number.toLowerCase());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ayşe Yıldız", "Vielfalt im Amt", number)
                .doesNotContain(complete.email())
                .doesNotContain("Jobcenter")
                .doesNotContain("Stunden");

        var typed = visitor.get("/bescheinigungen/pruefen?nummer=" + number.replace("-", "+"));
        assertThat(typed.target()).isEqualTo("/bescheinigungen/" + number);
        var unknown = visitor.get("/bescheinigungen/MSK-2222-3333-4444");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Keine Bescheinigung gefunden");
        var malformed = visitor.get("/bescheinigungen/pruefen?nummer=12345");
        assertThat(malformed.body()).contains("Das ist keine gültige Nummer.");
        var arabic = visitor.get("/bescheinigungen/" + number + "?lang=ar");
        assertThat(arabic.body()).contains("هذه الشهادة صالحة.");
    }

    @Test
    void participantsDownloadOnlyTheirOwnCertificate() {
        staff.post(base() + "/ausstellen", Map.of());
        var visitor = new WebSession(port);

        var personal = visitor.get("/" + tenant.slug() + "/anmeldung/" + complete.token());
        assertThat(personal.body()).contains("Ihre Teilnahmebescheinigung", "bescheinigung.pdf");
        var pdf = visitor.get("/" + tenant.slug() + "/anmeldung/" + complete.token() + "/bescheinigung.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");

        assertThat(visitor.get("/" + tenant.slug() + "/anmeldung/" + partly.token())
                        .body())
                .doesNotContain("bescheinigung.pdf");
        assertThat(visitor.get("/" + tenant.slug() + "/anmeldung/" + partly.token() + "/bescheinigung.pdf")
                        .status())
                .isEqualTo(404);
        assertThat(visitor.get("/kreis-dueren/anmeldung/" + complete.token() + "/bescheinigung.pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staffDownloadTheCertificateInGermanOrEnglish() {
        staff.post(base() + "/ausstellen", Map.of());
        var id = certificateOf(complete);

        assertThat(staff.get(base() + "/" + id + "/bescheinigung.pdf").status()).isEqualTo(200);
        assertThat(staff.get(base() + "/" + id + "/bescheinigung.pdf?sprache=en")
                        .status())
                .isEqualTo(200);
        assertThat(staff.get(base() + "/" + UUID.randomUUID() + "/bescheinigung.pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void signInSheetsAreForStaffAndTheEventsOwnTrainers() {
        var sheet = "/veranstaltungen/" + scenario.eventId + "/anwesenheit/" + scenario.longSession
                + "/unterschriftenliste.pdf";
        var page = staff.get(tenant.path(sheet));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("application/pdf");

        var trainerEmail = fixtures.newAccount(tenant, Role.TRAINER);
        var trainer = new WebSession(port);
        trainer.login(trainerEmail, Fixtures.PASSWORD);
        assertThat(trainer.get(tenant.path(sheet)).status())
                .as("trainer of another event")
                .isEqualTo(403);

        var speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, account_id, name) values (?, ?, ?, 'Trainerin')")
                .params(speaker, tenant.id(), fixtures.accountId(trainerEmail))
                .update();
        jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)")
                .params(scenario.eventId, speaker)
                .update();
        assertThat(trainer.get(tenant.path(sheet)).status())
                .as("the event's trainer")
                .isEqualTo(200);

        var foreign = new WebSession(port);
        foreign.login("team@stadt-duisburg.demo", "Mosaik-Demo-2026");
        assertThat(foreign.get(tenant.path(sheet)).status())
                .as("another tenant's staff")
                .isEqualTo(403);
        assertThat(foreign.get("/verwaltung/stadt-duisburg" + sheet).status())
                .as("another tenant's path")
                .isEqualTo(404);
    }

    @Test
    void theDemoHasCertificatesThatRenderAndVerify() {
        var demo = fixtures.tenantId("kreis-dueren");
        var issued = jdbc.sql("select count(*) from certificates.certificate where tenant_id = ?")
                .param(demo)
                .query(Integer.class)
                .single();
        var revoked = jdbc.sql(
                        "select count(*) from certificates.certificate where tenant_id = ? and revoked_at is not null")
                .param(demo)
                .query(Integer.class)
                .single();
        assertThat(issued).isGreaterThan(5);
        assertThat(revoked).isEqualTo(1);
        var sample = jdbc.sql("select event_id, id, number from certificates.certificate "
                        + "where tenant_id = ? and revoked_at is null order by number limit 1")
                .param(demo)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();

        assertThat(new WebSession(port).get("/bescheinigungen/" + sample[2]).body())
                .contains("Diese Bescheinigung ist gültig.");
        var admin = new WebSession(port);
        admin.login("leitung@kreis-dueren.demo", "Mosaik-Demo-2026");
        var pdf = admin.get("/verwaltung/kreis-dueren/veranstaltungen/" + sample[0] + "/bescheinigungen/" + sample[1]
                + "/bescheinigung.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(admin.get("/verwaltung/kreis-dueren/veranstaltungen/" + sample[0] + "/bescheinigungen")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void programmeCertificatesAreIssuedOnceMailedAndVerifiable() throws Exception {
        var email = Fixtures.unique("programm") + "@example.org";
        var request = new ProgrammeCertificateRequest(
                tenant.id(),
                UUID.randomUUID(),
                "محمد الأحمد",
                email,
                "ar",
                "Fortbildung Kommunale Integrationsarbeit",
                List.of(
                        new ProgrammeCertificateRequest.BuildingBlockLine(
                                "Aufenthaltsrecht",
                                "Aufenthaltsrecht kompakt",
                                LocalDate.of(2026, 1, 12),
                                LocalDate.of(2026, 1, 12),
                                new BigDecimal("6")),
                        new ProgrammeCertificateRequest.BuildingBlockLine(
                                "Interkulturelle Kompetenz",
                                "Vielfalt im Amt",
                                LocalDate.of(2026, 2, 2),
                                LocalDate.of(2026, 2, 3),
                                new BigDecimal("12"))),
                "",
                "",
                "",
                null,
                "Programmverwaltung");

        var number = certificatesApi.issueProgramme(request);
        assertThat(certificatesApi.issueProgramme(request)).isEqualTo(number);

        assertThat(number).matches("MSK-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        var mail = Mails.awaitOne(SMTP, email);
        // Registered in Arabic: the mail is Arabic, the certificate (German or English) is attached.
        assertThat(mail.getSubject()).startsWith("شهادة المشاركة");
        assertThat(Mails.attachments(mail)).containsExactly("bescheinigung-" + number + ".pdf");
        var page = new WebSession(port).get("/bescheinigungen/" + number);
        assertThat(page.body())
                .contains("Fortbildungsreihe", "Fortbildung Kommunale Integrationsarbeit", "محمد الأحمد")
                .contains("12. Januar 2026 – 3. Februar 2026");
    }

    @Test
    void aPersonsOwnRecordListsTheirCertificates() {
        staff.post(base() + "/ausstellen", Map.of());
        var ctx = pageContexts.create(new MockHttpServletRequest("GET", "/" + tenant.slug() + "/meine-daten"));

        var section = recordSources.stream()
                .map(source -> source.section(tenant.id(), complete.email().toLowerCase(), ctx))
                .flatMap(Optional::stream)
                .filter(s -> s.heading().equals("Teilnahmebescheinigungen"))
                .findFirst()
                .orElseThrow();

        assertThat(section.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Vielfalt im Amt");
            assertThat(entry.linkHref())
                    .isEqualTo("/" + tenant.slug() + "/anmeldung/" + complete.token() + "/bescheinigung.pdf");
        });
        assertThat(recordSources.stream()
                        .map(source ->
                                source.section(tenant.id(), absent.email().toLowerCase(), ctx))
                        .flatMap(Optional::stream)
                        .filter(s -> s.heading().equals("Teilnahmebescheinigungen")))
                .isEmpty();
    }

    @Test
    void theSignInSheetIsAnAccessiblePdfSortedByFamilyName() {
        var pdf = sheets.pdf(tenant.id(), scenario.eventId, scenario.longSession, Locale.GERMAN)
                .orElseThrow();

        PdfChecks.assertPdfUaAndPdfA(pdf);
        var text = PdfChecks.text(pdf);
        assertThat(text).contains("Unterschriftenliste", "Vielfalt im Amt", "Unterschrift", "Jobcenter", "1 / 1");
        assertThat(text.indexOf("Weiß, Jürgen"))
                .isPositive()
                .isLessThan(text.indexOf("Yıldız, Ayşe"))
                .isLessThan(text.indexOf("Коваленко, Олена"));
        assertThat(sheets.pdf(UUID.randomUUID(), scenario.eventId, scenario.longSession, Locale.GERMAN))
                .isEmpty();
    }

    private String base() {
        return tenant.path("/veranstaltungen/" + scenario.eventId + "/bescheinigungen");
    }

    private int certificates() {
        return jdbc.sql("select count(*) from certificates.certificate where event_id = ? and revoked_at is null")
                .param(scenario.eventId)
                .query(Integer.class)
                .single();
    }

    private UUID certificateOf(CertificateScenario.Person person) {
        return jdbc.sql("select id from certificates.certificate where registration_id = ? and revoked_at is null")
                .param(person.registrationId())
                .query(UUID.class)
                .single();
    }

    private String numberOf(UUID certificateId) {
        return jdbc.sql("select number from certificates.certificate where id = ?")
                .param(certificateId)
                .query(String.class)
                .single();
    }
}

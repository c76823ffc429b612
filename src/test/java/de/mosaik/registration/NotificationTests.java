package de.mosaik.registration;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.WebSession;
import de.mosaik.events.CapacityRaised;
import de.mosaik.events.EventCancelled;
import de.mosaik.events.EventRescheduled;
import de.mosaik.events.EventTexts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.registration.domain.PersonalLinkService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every mail a registrant can get, delivered through the outbox to a real SMTP server: the right
 * subject and text, the calendar file where the seat is firm, the tenant's name and contact, the
 * registrant's language, and each mail exactly once.
 */
class NotificationTests extends IntegrationTest {

    private static final String TITLE = "Migrationsgesellschaftliche Öffnung";

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    PersonalLinkService participants;

    @Autowired
    ParticipantService staff;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Translations translations;

    EventFixtures events;
    ParticipantTestSupport support;
    TestTenant tenant;
    Actor actor = new Actor(UUID.randomUUID(), "Team Test");

    @BeforeEach
    void tenant() {
        events = new EventFixtures(jdbc);
        support = new ParticipantTestSupport(jdbc, registrar);
        tenant = new Fixtures(jdbc, identity).newTenant();
        // The calendar file goes only with events the public can see, so the tenant is switched on
        // for the test and off again afterwards, which keeps it off the public pages of other tests.
        switchOn(true);
    }

    @AfterEach
    void switchOff() {
        switchOn(false);
    }

    private void switchOn(boolean active) {
        jdbc.sql("update identity.tenant set active = ? where id = ?")
                .params(active, tenant.id())
                .update();
    }

    @Test
    void confirmEmailAsksForTheLinkAndNamesTheDeadline() {
        var event = event(EventFixtures.Rules.seats(5).withConfirmation());
        var anna = register(event, "Anna");

        var mail = only(anna.email());
        assertThat(subject(mail)).isEqualTo("Bitte bestätigen Sie Ihre Anmeldung: " + TITLE);
        assertThat(Mails.text(mail))
                .contains("Guten Tag Anna", "Wir halten einen Platz für Sie frei bis")
                .contains("/" + tenant.slug() + "/anmeldung/" + anna.manageToken());
        assertThat(Mails.attachments(mail)).isEmpty();
        assertTenantFooter(mail);
    }

    @Test
    void confirmedCarriesTheCalendarFile() {
        var event = event(EventFixtures.Rules.seats(5));
        var bodo = register(event, "Bodo");

        var mail = only(bodo.email());
        assertThat(subject(mail)).isEqualTo("Anmeldung bestätigt: " + TITLE);
        assertThat(Mails.text(mail)).contains("ist bestätigt", "Kreishaus");
        assertThat(Mails.attachments(mail)).containsExactly("veranstaltung.ics", "check-in-qr-code.png");
        assertTenantFooter(mail);
    }

    @Test
    void pendingApprovalSaysThatStaffDecide() {
        var event = event(EventFixtures.Rules.seats(5).withApproval());
        var cleo = register(event, "Cleo");

        var mail = only(cleo.email());
        assertThat(subject(mail)).isEqualTo("Anmeldung eingegangen: " + TITLE);
        assertThat(Mails.text(mail)).contains("prüfen wir jede Anmeldung");
        assertThat(Mails.attachments(mail)).isEmpty();
        assertTenantFooter(mail);
    }

    @Test
    void waitlistedNamesThePlace() {
        var event = event(EventFixtures.Rules.seats(1));
        register(event, "Dora");
        var emre = register(event, "Emre");
        var finn = register(event, "Finn");

        assertThat(subject(only(emre.email()))).isEqualTo("Sie stehen auf der Warteliste: " + TITLE);
        assertThat(Mails.text(only(emre.email()))).contains("auf Platz 1");
        assertThat(Mails.text(only(finn.email()))).contains("auf Platz 2");
        assertTenantFooter(only(finn.email()));
    }

    @Test
    void cancelledAndMovedUpWhenAParticipantLeaves() {
        var event = event(EventFixtures.Rules.seats(1));
        var gina = register(event, "Gina");
        var hugo = register(event, "Hugo");

        participants.cancel(tenant.id(), gina.manageToken());

        var cancelled = delivered(gina.email(), 2).get(1);
        assertThat(subject(cancelled)).isEqualTo("Abmeldung bestätigt: " + TITLE);
        assertTenantFooter(cancelled);
        var moved = delivered(hugo.email(), 2).get(1);
        assertThat(subject(moved)).isEqualTo("Sie haben einen Platz: " + TITLE);
        assertThat(Mails.text(moved)).contains("von der Warteliste nachgerückt");
        assertThat(Mails.attachments(moved)).containsExactly("veranstaltung.ics", "check-in-qr-code.png");
        assertTenantFooter(moved);
    }

    @Test
    void movedUpMustConfirmWhenTheAddressIsNotConfirmedYet() {
        var event = event(EventFixtures.Rules.seats(1).withConfirmation());
        var ines = register(event, "Ines");
        var jonas = register(event, "Jonas");

        participants.cancel(tenant.id(), ines.manageToken());

        var moved = delivered(jonas.email(), 2).get(1);
        assertThat(subject(moved)).isEqualTo("Ein Platz ist frei – bitte bestätigen: " + TITLE);
        assertThat(Mails.text(moved)).contains("Bitte bestätigen Sie bis").contains(jonas.manageToken());
        assertThat(Mails.attachments(moved)).isEmpty();
        assertTenantFooter(moved);
    }

    @Test
    void declinedAndMovedUpToApproval() {
        var event = event(EventFixtures.Rules.seats(1).withApproval());
        var kim = register(event, "Kim");
        var lars = register(event, "Lars");

        assertThat(staff.decline(tenant.id(), event, kim.id(), actor)).isEqualTo(ParticipantService.Result.DONE);

        var declined = delivered(kim.email(), 2).get(1);
        assertThat(subject(declined)).isEqualTo("Anmeldung nicht angenommen: " + TITLE);
        assertTenantFooter(declined);
        var moved = delivered(lars.email(), 2).get(1);
        assertThat(subject(moved)).isEqualTo("Ein Platz ist frei: " + TITLE);
        assertThat(Mails.text(moved)).contains("Wir prüfen Ihre Anmeldung nun");
        assertTenantFooter(moved);
    }

    @Test
    void approvedCarriesTheCalendarFile() {
        var event = event(EventFixtures.Rules.seats(3).withApproval());
        var mia = register(event, "Mia");

        staff.approve(tenant.id(), event, mia.id(), actor);

        var approved = delivered(mia.email(), 2).get(1);
        assertThat(subject(approved)).isEqualTo("Anmeldung angenommen: " + TITLE);
        assertThat(Mails.attachments(approved)).containsExactly("veranstaltung.ics", "check-in-qr-code.png");
        assertTenantFooter(approved);
    }

    @Test
    void cancelledByStaffOnlyWhenStaffChooseToTell() {
        var event = event(EventFixtures.Rules.seats(3));
        var nele = register(event, "Nele");
        var otto = register(event, "Otto");

        staff.cancel(tenant.id(), event, nele.id(), actor, true);
        staff.cancel(tenant.id(), event, otto.id(), actor, false);

        var cancelled = delivered(nele.email(), 2).get(1);
        assertThat(subject(cancelled)).isEqualTo("Ihre Anmeldung wurde storniert: " + TITLE);
        assertTenantFooter(cancelled);
        delivered(otto.email(), 1);
    }

    @Test
    void eventCancelledReachesEveryoneWithTheMessage() {
        var event = event(EventFixtures.Rules.seats(1));
        var paula = register(event, "Paula");
        var quirin = register(event, "Quirin");

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update events.event set status = 'CANCELLED' where id = ?")
                    .param(event)
                    .update();
            publisher.publishEvent(new EventCancelled(tenant.id(), event, TITLE, "Die Referentin ist erkrankt."));
        });

        for (var person : List.of(paula, quirin)) {
            var mail = delivered(person.email(), 2).get(1);
            assertThat(subject(mail)).isEqualTo("Veranstaltung abgesagt: " + TITLE);
            assertThat(Mails.text(mail)).contains("Die Referentin ist erkrankt.");
            assertThat(Mails.attachments(mail)).isEmpty();
            assertTenantFooter(mail);
            assertThat(support.status(person.id())).isEqualTo("CANCELLED");
        }
        assertThat(events.seatsTaken(event)).isZero();
        assertThat(events.waitlistCount(event)).isZero();
    }

    @Test
    void eventChangedTellsTheNewDatesWithTheCalendarForSeatHolders() {
        var event = event(EventFixtures.Rules.seats(1));
        var rita = register(event, "Rita");
        var sven = register(event, "Sven");

        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new EventRescheduled(tenant.id(), event, TITLE, "Wir beginnen eine Stunde später.")));

        var changed = delivered(rita.email(), 2).get(1);
        assertThat(subject(changed)).isEqualTo("Änderung: " + TITLE);
        assertThat(Mails.text(changed)).contains("Wir beginnen eine Stunde später.");
        assertThat(Mails.attachments(changed)).containsExactly("veranstaltung.ics", "check-in-qr-code.png");
        assertTenantFooter(changed);
        var waitlisted = delivered(sven.email(), 2).get(1);
        assertThat(subject(waitlisted)).isEqualTo("Änderung: " + TITLE);
        assertThat(Mails.attachments(waitlisted)).isEmpty();
    }

    @Test
    void raisedCapacityMovesTheWaitlistUp() {
        var event = event(EventFixtures.Rules.seats(1));
        register(event, "Tara");
        var ugur = register(event, "Ugur");
        var vera = register(event, "Vera");

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update events.event set capacity = 2 where id = ?")
                    .param(event)
                    .update();
            publisher.publishEvent(new CapacityRaised(tenant.id(), event));
        });

        var moved = delivered(ugur.email(), 2).get(1);
        assertThat(subject(moved)).isEqualTo("Sie haben einen Platz: " + TITLE);
        assertTenantFooter(moved);
        delivered(vera.email(), 1);
        assertThat(support.status(vera.id())).isEqualTo("WAITLISTED");
    }

    @Test
    void groupSummaryListsEveryPersonForTheContact() {
        var event = event(EventFixtures.Rules.seats(1));
        var contact = Fixtures.unique("sekretariat") + "@example.org";
        var wanda = ParticipantTestSupport.person("Wanda", Fixtures.unique("wanda") + "@example.org");
        var xaver = ParticipantTestSupport.person("Xaver", Fixtures.unique("xaver") + "@example.org");

        registrar.registerGroup(
                tenant.id(),
                event,
                new RegistrationService.GroupContact("Frau Yilmaz", contact, "Grundschule Ost", "de"),
                List.of(wanda, xaver),
                UUID.randomUUID().toString());

        var summary = only(contact);
        assertThat(subject(summary)).isEqualTo("Sammelanmeldung eingegangen: " + TITLE);
        assertThat(Mails.text(summary))
                .contains("Guten Tag Frau Yilmaz")
                .contains("Wanda Muster <" + wanda.email() + ">: Bestätigt")
                .contains("Xaver Muster <" + xaver.email() + ">: Auf der Warteliste");
        assertTenantFooter(summary);
        assertThat(subject(only(wanda.email()))).startsWith("Anmeldung bestätigt");
        assertThat(subject(only(xaver.email()))).startsWith("Sie stehen auf der Warteliste");
    }

    @Test
    void englishForPeopleWhoRegisteredInEnglish() {
        var event = event(EventFixtures.Rules.seats(1));
        var yara = support.register(
                tenant.id(),
                event,
                ParticipantTestSupport.person("Yara", Fixtures.unique("yara") + "@example.org", "en", Map.of()));
        var zeno = support.register(
                tenant.id(),
                event,
                ParticipantTestSupport.person("Zeno", Fixtures.unique("zeno") + "@example.org", "en", Map.of()));

        var confirmed = only(yara.email());
        assertThat(subject(confirmed)).isEqualTo("Registration confirmed: " + TITLE);
        assertThat(Mails.text(confirmed)).contains("Contact: Frau Test", "E-mail: ki@example.org");
        assertTenantFooter(confirmed);
        assertThat(subject(only(zeno.email()))).isEqualTo("You are on the waitlist: " + TITLE);
        assertThat(Mails.text(only(zeno.email()))).contains("number 1 on the waitlist");
    }

    @Test
    void everyPublicLanguageGetsTheMailInItsOwnLanguage() {
        var event = event(EventFixtures.Rules.seats(10));
        var expected = Map.of(
                "ar", "تم تأكيد التسجيل: ",
                "uk", "Реєстрацію підтверджено: ",
                "tr", "Kayıt onaylandı: ",
                "einfach", "Sie sind angemeldet: ");
        expected.forEach((language, subject) -> {
            var person = support.register(
                    tenant.id(),
                    event,
                    ParticipantTestSupport.person(
                            "Lina", Fixtures.unique("lina-" + language) + "@example.org", language, Map.of()));
            var mail = only(person.email());
            assertThat(subject(mail)).isEqualTo(subject + TITLE);
            assertThat(Mails.text(mail)).doesNotContain("Hello", "Contact:");
            assertTenantFooter(mail);
        });
        var arabic = Mails.text(
                only(jdbc.sql("select email from registration.registration where event_id = ? and locale = 'ar'")
                        .param(event)
                        .query(String.class)
                        .single()));
        assertThat(arabic).contains("مرحبًا Lina", "الشخص المسؤول: Frau Test", "رمز QR");
    }

    @Test
    void arabicReadersGetThePublishedArabicTitleButNeitherADraftNorAnOutdatedOne() {
        var arabicTitle = "الانفتاح المؤسسي";
        var published = event(EventFixtures.Rules.seats(10));
        translate(published, arabicTitle, TranslationStatus.PUBLISHED, TITLE);
        var draft = event(EventFixtures.Rules.seats(10));
        translate(draft, arabicTitle, TranslationStatus.DRAFT, TITLE);
        var outdated = event(EventFixtures.Rules.seats(10));
        translate(outdated, arabicTitle, TranslationStatus.PUBLISHED, "Ein früherer Titel");

        var amal = registerIn(published, "Amal", "ar");
        var mail = only(amal.email());
        assertThat(subject(mail)).isEqualTo("تم تأكيد التسجيل: " + arabicTitle);
        assertThat(Mails.text(mail)).contains(arabicTitle).doesNotContain(TITLE);
        var calendar =
                new WebSession(port).get("/" + tenant.slug() + "/anmeldung/" + amal.manageToken() + "/kalender.ics");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body()).contains("SUMMARY;LANGUAGE=ar:" + arabicTitle);

        var bernd = registerIn(published, "Bernd", "de");
        assertThat(subject(only(bernd.email()))).isEqualTo("Anmeldung bestätigt: " + TITLE);
        var bernds =
                new WebSession(port).get("/" + tenant.slug() + "/anmeldung/" + bernd.manageToken() + "/kalender.ics");
        assertThat(bernds.body()).doesNotContain(arabicTitle).doesNotContain("LANGUAGE=");

        for (var german : List.of(draft, outdated)) {
            var reader = registerIn(german, "Dalia", "ar");
            var notTranslated = only(reader.email());
            assertThat(subject(notTranslated)).isEqualTo("تم تأكيد التسجيل: " + TITLE);
            assertThat(Mails.text(notTranslated)).doesNotContain(arabicTitle);
        }
    }

    private void translate(UUID event, String text, TranslationStatus status, String madeFrom) {
        translations.save(
                tenant.id(),
                new TextKey(EventTexts.EVENT, event, EventTexts.TITLE),
                new ContentLanguage("ar"),
                new TranslationEdit(text, status, 0, false),
                madeFrom,
                null);
    }

    private Registration registerIn(UUID event, String name, String language) {
        return support.register(
                tenant.id(),
                event,
                ParticipantTestSupport.person(
                        name, Fixtures.unique(name.toLowerCase()) + "@example.org", language, Map.of()));
    }

    private UUID event(EventFixtures.Rules rules) {
        return events.publishedEvent(tenant.id(), TITLE, rules);
    }

    private Registration register(UUID event, String name) {
        return support.register(
                tenant.id(),
                event,
                ParticipantTestSupport.person(name, Fixtures.unique(name.toLowerCase()) + "@example.org"));
    }

    /** The one mail the address got, once the outbox is drained. */
    private MimeMessage only(String address) {
        return delivered(address, 1).get(0);
    }

    /**
     * Waits until the outbox has sent everything for the address, then checks that the server got
     * exactly {@code count} mails, one per outbox row: nothing lost, nothing twice.
     */
    private List<MimeMessage> delivered(String address, int count) {
        Poll.until(
                "the outbox to send every mail to " + address,
                Duration.ofSeconds(15),
                () -> jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and status <> 'SENT'")
                                .param(address)
                                .query(Integer.class)
                                .single()
                        == 0);
        var mails = Mails.await(SMTP, address, count);
        assertThat(support.queued(address)).as("outbox rows for %s", address).isEqualTo(count);
        assertThat(mails).as("mails to %s", address).hasSize(count);
        // In the order they were queued: the outbox sends the oldest first, one after another.
        return mails;
    }

    private void assertTenantFooter(MimeMessage mail) {
        assertThat(Mails.text(mail))
                .contains("Integrationszentrum " + tenant.slug())
                .contains("Testkreis " + tenant.slug())
                .contains("Frau Test")
                .contains("ki@example.org");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package de.mosaik.registration;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.RegistrationService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff act on registrations through the participant pages, as a browser would send the forms. */
class ParticipantActionsTests extends IntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    Fixtures fixtures;
    EventFixtures events;
    ParticipantTestSupport support;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new Fixtures(jdbc, identity);
        events = new EventFixtures(jdbc);
        support = new ParticipantTestSupport(jdbc, registrar);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void theListShowsCountersStatusesAndFilters() {
        var event = events.publishedEvent(tenant.id(), "Fachtag Vielfalt", EventFixtures.Rules.seats(1));
        support.register(tenant.id(), event, ParticipantTestSupport.person("Amira", mail("amira")));
        support.register(tenant.id(), event, ParticipantTestSupport.person("Bernd", mail("bernd")));

        var page = staff.get(list(event));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Teilnehmende: Fachtag Vielfalt")
                .contains("1 von 1")
                .contains("Amira Muster")
                .contains("Bernd Muster")
                .contains("Auf der Warteliste")
                .contains("export.csv");
        var waitlisted = staff.get(list(event) + "?status=WAITLISTED").body();
        assertThat(waitlisted).contains("Bernd Muster").doesNotContain("Amira Muster");
        var searched = staff.get(list(event) + "?q=amira").body();
        assertThat(searched).contains("Amira Muster").doesNotContain("Bernd Muster");
    }

    @Test
    void approvesAndDeclinesAndSaysWhenSomeoneElseActedFirst() {
        var event = events.publishedEvent(
                tenant.id(),
                "Schulung mit Freigabe",
                EventFixtures.Rules.seats(5).withApproval());
        var cem = support.register(tenant.id(), event, ParticipantTestSupport.person("Cem", mail("cem")));
        var dana = support.register(tenant.id(), event, ParticipantTestSupport.person("Dana", mail("dana")));
        assertThat(support.status(cem.id())).isEqualTo("PENDING_APPROVAL");

        var approved = staff.post(row(event, cem.id()) + "/annehmen", Map.of());
        assertThat(approved.target()).isEqualTo(list(event));
        assertThat(staff.follow(approved).body()).contains("Die Anmeldung wurde angenommen.");
        assertThat(support.status(cem.id())).isEqualTo("CONFIRMED");
        assertThat(support.queued(cem.email(), "approved")).isEqualTo(1);

        staff.follow(staff.post(row(event, dana.id()) + "/ablehnen", Map.of()));
        assertThat(support.status(dana.id())).isEqualTo("DECLINED");
        assertThat(support.queued(dana.email(), "declined")).isEqualTo(1);
        assertThat(events.seatsTaken(event)).isEqualTo(1);

        // A second click (or a colleague's) on the same decision changes nothing and says why.
        var again = staff.follow(staff.post(row(event, cem.id()) + "/ablehnen", Map.of()));
        assertThat(again.body()).contains("Das ging nicht mehr");
        assertThat(support.status(cem.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void givesAWaitlistedPersonASeatOnlyWhenOneIsFree() {
        var event = events.publishedEvent(tenant.id(), "Workshop", EventFixtures.Rules.seats(1));
        support.register(tenant.id(), event, ParticipantTestSupport.person("Emil", mail("emil")));
        var fatma = support.register(tenant.id(), event, ParticipantTestSupport.person("Fatma", mail("fatma")));

        var full = staff.follow(staff.post(row(event, fatma.id()) + "/platz-geben", Map.of()));
        assertThat(full.body()).contains("Es ist kein Platz frei.");
        assertThat(support.status(fatma.id())).isEqualTo("WAITLISTED");

        jdbc.sql("update events.event set capacity = 2 where id = ?")
                .param(event)
                .update();
        var free = staff.follow(staff.post(row(event, fatma.id()) + "/platz-geben", Map.of()));
        assertThat(free.body()).contains("Die Person hat einen Platz bekommen");
        assertThat(support.status(fatma.id())).isEqualTo("CONFIRMED");
        assertThat(events.seatsTaken(event)).isEqualTo(2);
        assertThat(events.waitlistCount(event)).isZero();
        assertThat(support.queued(fatma.email(), "moved_up")).isEqualTo(1);
    }

    @Test
    void cancellingFreesTheSeatForTheFirstOnTheWaitlistWhomStaffMayChoose() {
        var event = events.publishedEvent(tenant.id(), "Vortrag", EventFixtures.Rules.seats(1));
        var gerd = support.register(tenant.id(), event, ParticipantTestSupport.person("Gerd", mail("gerd")));
        var hanna = support.register(tenant.id(), event, ParticipantTestSupport.person("Hanna", mail("hanna")));
        var ilse = support.register(tenant.id(), event, ParticipantTestSupport.person("Ilse", mail("ilse")));

        staff.follow(staff.post(row(event, ilse.id()) + "/nach-oben", Map.of()));
        var cancelled = staff.follow(staff.post(row(event, gerd.id()) + "/stornieren", Map.of("notify", "true")));

        assertThat(cancelled.body()).contains("Die Anmeldung wurde storniert.");
        assertThat(support.status(gerd.id())).isEqualTo("CANCELLED");
        assertThat(support.status(ilse.id())).isEqualTo("CONFIRMED");
        assertThat(support.status(hanna.id())).isEqualTo("WAITLISTED");
        assertThat(support.queued(gerd.email(), "cancelled_by_staff")).isEqualTo(1);
        assertThat(support.queued(ilse.email(), "moved_up")).isEqualTo(1);
        assertThat(events.seatsTaken(event)).isEqualTo(1);
        assertThat(events.waitlistCount(event)).isEqualTo(1);

        // Without the tick the person is not told.
        staff.follow(staff.post(row(event, hanna.id()) + "/stornieren", Map.of()));
        assertThat(support.status(hanna.id())).isEqualTo("CANCELLED");
        assertThat(support.queued(hanna.email(), "cancelled_by_staff")).isZero();
        assertThat(events.waitlistCount(event)).isZero();

        var history = staff.get(row(event, ilse.id())).body();
        assertThat(history).contains("An die Spitze der Warteliste gesetzt");
    }

    @Test
    void twoStaffEditingTheSameRegistrationDoNotOverwriteEachOtherUnseen() {
        var event = events.publishedEvent(
                tenant.id(), "Fortbildung", EventFixtures.Rules.seats(5).asking("Ernährung"));
        var question = jdbc.sql("select id from events.question where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        var jana = support.register(
                tenant.id(),
                event,
                ParticipantTestSupport.person("Jana", mail("jana"), "de", Map.of(question, "vegetarisch")));
        var page = staff.get(row(event, jana.id())).body();
        assertThat(page).contains("vegetarisch").contains("Bedarfe zur Barrierefreiheit");
        var version = version(page);

        var first = staff.post(row(event, jana.id()), form(jana.email(), "Schule Süd", version, question, "vegan"));
        assertThat(first.target()).isEqualTo(row(event, jana.id()));

        var second = staff.post(row(event, jana.id()), form(jana.email(), "Kita West", version, question, "halal"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body())
                .contains("Jemand anderes hat diese Anmeldung geändert")
                .contains("Kita West");
        assertThat(institution(jana.id())).isEqualTo("Schule Süd");

        // The page now carries the current version: saving again, knowingly, goes through.
        var third = staff.post(
                row(event, jana.id()), form(jana.email(), "Kita West", version(second.body()), question, "halal"));
        assertThat(third.status()).isEqualTo(302);
        assertThat(institution(jana.id())).isEqualTo("Kita West");
        assertThat(staff.get(row(event, jana.id())).body()).contains("Angaben geändert");
    }

    @Test
    void staffAddAPersonWithOrWithoutAMail() {
        var event = events.publishedEvent(tenant.id(), "Fachtag", EventFixtures.Rules.seats(1));
        var quiet = mail("still");
        var told = mail("benachrichtigt");

        var added = staff.post(list(event) + "/neu", newPerson("Karl", quiet, false));
        assertThat(staff.follow(added).body()).contains("Die Person ist angemeldet.");
        var karl = jdbc.sql("select id, status, source from registration.registration where email = ?")
                .param(quiet)
                .query()
                .singleRow();
        assertThat(karl.get("status")).isEqualTo("CONFIRMED");
        assertThat(karl.get("source")).isEqualTo("STAFF");
        assertThat(support.queued(quiet)).isZero();
        assertThat(staff.get(row(event, (UUID) karl.get("id"))).body()).contains("Vom Team angemeldet");

        var waitlisted = staff.post(list(event) + "/neu", newPerson("Lena", told, true));
        assertThat(staff.follow(waitlisted).body()).contains("Die Person steht auf der Warteliste.");
        assertThat(support.queued(told, "waitlisted")).isEqualTo(1);

        var twice = staff.post(list(event) + "/neu", newPerson("Lena", told, true));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("schon angemeldet");
    }

    @Test
    void messagesGoOnlyToTheChosenPeople() {
        var event = events.publishedEvent(tenant.id(), "Netzwerktreffen", EventFixtures.Rules.seats(5));
        var max = support.register(tenant.id(), event, ParticipantTestSupport.person("Max", mail("max")));
        var nora = support.register(tenant.id(), event, ParticipantTestSupport.person("Nora", mail("nora")));
        var olga = support.register(tenant.id(), event, ParticipantTestSupport.person("Olga", mail("olga")));

        var preview = staff.get(list(event) + "/nachricht?ids=" + max.id() + "&ids=" + nora.id());
        assertThat(preview.body())
                .contains("an 2 Personen")
                .contains("Max Muster")
                .doesNotContain("Olga Muster");
        var form = new LinkedHashMap<String, String>();
        form.put("subject", "Raumänderung");
        form.put("text", "Wir treffen uns in Raum 204.");
        var chosen = new LinkedHashMap<>(form);
        // Spring reads a comma-separated value as a list, like the repeated fields a browser sends.
        chosen.put("ids", max.id() + "," + nora.id());
        var sent = staff.post(list(event) + "/nachricht", chosen);

        assertThat(staff.follow(sent).body()).contains("an 2 Personen verschickt");
        assertThat(subjects(max.email())).contains("Raumänderung");
        assertThat(subjects(nora.email())).contains("Raumänderung");
        assertThat(subjects(olga.email())).doesNotContain("Raumänderung");

        var empty = staff.post(list(event) + "/nachricht", form);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Es ist niemand ausgewählt.");
    }

    @Test
    void trainersNeitherSeeTheListWithItsAddressesNorChangeAnything() {
        var event = events.publishedEvent(
                tenant.id(), "Schulung", EventFixtures.Rules.seats(5).withApproval());
        var paul = support.register(tenant.id(), event, ParticipantTestSupport.person("Paul", mail("paul")));
        var trainer = new WebSession(port);
        trainer.login(fixtures.newAccount(tenant, Role.TRAINER), Fixtures.PASSWORD);

        // Trainers take attendance from names alone; the list shows e-mail addresses and answers.
        assertThat(trainer.get(list(event)).status()).isEqualTo(403);
        assertThat(trainer.get(row(event, paul.id())).status()).isEqualTo(403);
        assertThat(trainer.get(list(event) + "/export.csv").status()).isEqualTo(403);
        assertThat(trainer.post(row(event, paul.id()) + "/annehmen", Map.of()).status())
                .isEqualTo(403);
        assertThat(support.status(paul.id())).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void staffOfAnotherTenantGetNeitherTheListNorTheRegistration() {
        var event = events.publishedEvent(
                tenant.id(), "Interne Schulung", EventFixtures.Rules.seats(5).withApproval());
        var rosa = support.register(tenant.id(), event, ParticipantTestSupport.person("Rosa", mail("rosa")));
        var other = fixtures.newTenant();
        var intruder = new WebSession(port);
        intruder.login(fixtures.newAccount(other, Role.STAFF), Fixtures.PASSWORD);

        assertThat(intruder.get(list(event)).status()).isEqualTo(403);
        assertThat(intruder.post(row(event, rosa.id()) + "/annehmen", Map.of()).status())
                .isEqualTo(403);
        var ownPath = other.path("/veranstaltungen/" + event + "/anmeldungen");
        assertThat(intruder.get(ownPath).status()).isEqualTo(404);
        assertThat(intruder.get(ownPath + "/" + rosa.id()).status()).isEqualTo(404);
        assertThat(intruder.get(ownPath + "/export.csv").status()).isEqualTo(404);
        assertThat(intruder.post(ownPath + "/" + rosa.id() + "/annehmen", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(support.status(rosa.id())).isEqualTo("PENDING_APPROVAL");
    }

    private String list(UUID event) {
        return tenant.path("/veranstaltungen/" + event + "/anmeldungen");
    }

    private String row(UUID event, UUID registration) {
        return list(event) + "/" + registration;
    }

    private static String mail(String name) {
        return Fixtures.unique(name) + "@example.org";
    }

    private static int version(String page) {
        var matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("version field").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Map<String, String> form(
            String email, String institution, int version, UUID question, String answer) {
        var form = new LinkedHashMap<String, String>();
        form.put("givenName", "Jana");
        form.put("familyName", "Muster");
        form.put("email", email);
        form.put("institution", institution);
        form.put("targetGroup", "");
        form.put("answers[" + question + "]", answer);
        form.put("accessibilityNeeds", "");
        form.put("version", String.valueOf(version));
        return form;
    }

    private static Map<String, String> newPerson(String name, String email, boolean notify) {
        var form = new LinkedHashMap<String, String>();
        form.put("givenName", name);
        form.put("familyName", "Muster");
        form.put("email", email);
        form.put("institution", "Stadtbibliothek");
        form.put("locale", "de");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        if (notify) {
            form.put("notifyPerson", "true");
        }
        return form;
    }

    private String institution(UUID registration) {
        return jdbc.sql("select institution from registration.registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
    }

    private java.util.List<String> subjects(String recipient) {
        return jdbc.sql("select subject from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(String.class)
                .list();
    }
}

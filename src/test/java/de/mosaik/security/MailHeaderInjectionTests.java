package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.mail.Mail;
import de.mosaik.registration.EventFixtures;
import jakarta.mail.Message;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Line breaks in anything that reaches a mail header — recipient addresses from the public forms,
 * the API and staff forms, subjects staff write, and names that end up in subjects (event title,
 * the centre's name) — never add a header or a recipient (ASVS V5.2.3). The outbox refuses them as
 * the last line ({@link Mail}); the forms refuse or flatten them first, without a server error.
 */
class MailHeaderInjectionTests extends IntegrationTest {

    private static final String INJECTED =
            "evil-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private static final List<String> BREAKS = List.of("\r\n", "\n", "\r", "%0d%0a");

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    TestTenant tenant;
    WebSession admin;
    UUID event;

    @BeforeEach
    void tenantWithAnEvent() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        event = new EventFixtures(jdbc).publishedEvent(tenant.id(), "Fachtag", EventFixtures.Rules.seats(50));
        // The public forms exist for active tenants only; switched off again afterwards.
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
    }

    @AfterEach
    void switchTheTenantOff() {
        jdbc.sql("update identity.tenant set active = false where id = ?")
                .param(tenant.id())
                .update();
    }

    @Test
    void theOutboxRefusesLineBreaksInRecipientAndSubject() {
        for (var lineBreak : List.of("\r\n", "\n", "\r")) {
            assertThatThrownBy(() -> new Mail(null, "a@example.org" + lineBreak + "Bcc: " + INJECTED, "Betreff", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Mail(null, "a@example.org", "Betreff" + lineBreak + "Bcc: " + INJECTED, "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Mail.Attachment("a" + lineBreak + "Bcc: x.ics", "text/calendar", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void publicFormsAndTheApiRefuseAddressesWithLineBreaks() throws Exception {
        for (var lineBreak : BREAKS) {
            var address = Fixtures.unique("kopf") + "@example.org" + lineBreak + "Bcc: " + INJECTED;
            var visitor = new WebSession(port);
            var form = new LinkedHashMap<String, String>();
            form.put("givenName", "Kopf");
            form.put("familyName", "Zeile");
            form.put("email", address);
            form.put("consent", "true");
            form.put("token", UUID.randomUUID().toString());
            visitor.get("/" + tenant.slug() + "/veranstaltungen/" + event + "/anmeldung");
            var page = visitor.post("/" + tenant.slug() + "/veranstaltungen/" + event + "/anmeldung", form);
            assertThat(page.status()).as("registration with %s", address).isEqualTo(200);
            assertThat(page.body()).contains("id=\"fehler\"");

            var api = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            url("/api/v1/" + tenant.slug() + "/events/" + event + "/registrations")))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                                            {"givenName":"Kopf","familyName":"Zeile","email":"%s","consent":true,
                                             "idempotencyKey":"%s"}
                                            """.formatted(
                                            address.replace("\r", "\\r").replace("\n", "\\n"), UUID.randomUUID())))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as("API with %s", address).isEqualTo(422);

            for (var path : List.of("/" + tenant.slug() + "/meine-daten", "/passwort-vergessen")) {
                var other = new WebSession(port);
                other.get(path);
                assertThat(other.post(path, Map.of("email", address)).status())
                        .as("%s with %s", path, address)
                        .isLessThan(500);
            }
        }
        assertThat(registrationsOf(tenant)).isZero();
        assertNothingWentTo(INJECTED);
    }

    @Test
    void staffFormsRefuseAddressesAndSubjectsWithLineBreaks() {
        var list = tenant.path("/veranstaltungen/" + event + "/anmeldungen");
        var participant = new LinkedHashMap<String, String>();
        participant.put("givenName", "Kopf");
        participant.put("familyName", "Zeile");
        participant.put("email", "kopf@example.org\r\nBcc: " + INJECTED);
        participant.put("locale", "de");
        participant.put("notifyPerson", "true");
        participant.put("idempotencyKey", UUID.randomUUID().toString());
        var added = admin.post(list + "/neu", participant);
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"fehler\"");
        assertThat(registrationsOf(tenant)).isZero();

        var invitation = new LinkedHashMap<String, String>();
        invitation.put("email", "neu@example.org\r\nBcc: " + INJECTED);
        invitation.put("displayName", "Neu\r\nBcc: " + INJECTED);
        invitation.put("role", "STAFF");
        var invited = admin.post(tenant.path("/konten/neu"), invitation);
        assertThat(invited.status()).isLessThan(500);
        assertThat(jdbc.sql("select count(*) from identity.account where tenant_id = ? and email like '%evil-%'")
                        .param(tenant.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        // A participant to write to, then a subject that tries to add a header.
        var registration = fixtures.confirmedRegistration(tenant, event, tenant.slug() + "@example.org");
        var message = new LinkedHashMap<String, String>();
        message.put("ids", registration.toString());
        message.put("subject", "Hinweis\r\nBcc: " + INJECTED);
        message.put("text", "Text");
        assertThat(admin.post(list + "/nachricht", message).status()).isLessThan(500);
        assertNoHeaderInjectedInOutbox();
        assertNothingWentTo(INJECTED);
    }

    @Test
    void namesThatEndUpInSubjectsCannotCarryLineBreaks() {
        // The event title goes into confirmation subjects, the centre's name into self-service subjects.
        var version = jdbc.sql("select version from events.event where id = ?")
                .param(event)
                .query(Integer.class)
                .single();
        var format = jdbc.sql("select format_id::text from events.event where id = ?")
                .param(event)
                .query(String.class)
                .single();
        var form = new LinkedHashMap<String, String>();
        form.put("title", "Fachtag\r\nBcc: " + INJECTED);
        form.put("format", format);
        form.put("summary", "Kurz");
        form.put("descriptionMarkdown", "Text");
        form.put("languages", "de");
        form.put("contactName", "Frau\r\nBcc: " + INJECTED);
        form.put("contactEmail", "ki@example.org\r\nBcc: " + INJECTED);
        form.put("contactPhone", "");
        form.put("version", String.valueOf(version));
        assertThat(admin.post(tenant.path("/veranstaltungen/" + event), form).status())
                .isLessThan(500);

        var settings = new LinkedHashMap<String, String>();
        settings.put("centreName", "KI\r\nBcc: " + INJECTED);
        settings.put("description[de]", "Beschreibung");
        settings.put("email", "ki@example.org\r\nBcc: " + INJECTED);
        settings.put("theme", "blau");
        settings.put("version", String.valueOf(new Fixtures(jdbc, identity).tenantVersion(tenant.id())));
        assertThat(admin.post(tenant.path("/einstellungen"), settings).status()).isLessThan(500);

        assertThat(jdbc.sql("""
                        select count(*) from events.event
                        where id = ? and (title ~ '[\\r\\n]' or contact_name ~ '[\\r\\n]' or contact_email ~ '[\\r\\n]')
                        """).param(event).query(Integer.class).single())
                .as("line breaks stored in the event's title or contact")
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from identity.tenant where id = ? and (ki_name ~ '[\\r\\n]' or email ~ '[\\r\\n]')")
                        .param(tenant.id())
                        .query(Integer.class)
                        .single())
                .as("line breaks stored in the centre's name or address")
                .isZero();

        // Whatever was stored, the mails built from it still go out with one header each.
        var visitor = new WebSession(port);
        visitor.get("/" + tenant.slug() + "/veranstaltungen/" + event + "/anmeldung");
        var registration = new LinkedHashMap<String, String>();
        registration.put("givenName", "Kopf");
        registration.put("familyName", "Zeile");
        registration.put("email", Fixtures.unique("kopf") + "@example.org");
        registration.put("consent", "true");
        registration.put("token", UUID.randomUUID().toString());
        assertThat(visitor.post("/" + tenant.slug() + "/veranstaltungen/" + event + "/anmeldung", registration)
                        .status())
                .isLessThan(500);
        assertNoHeaderInjectedInOutbox();
        assertNothingWentTo(INJECTED);
    }

    private int registrationsOf(TestTenant tenant) {
        return jdbc.sql("select count(*) from registration.registration where tenant_id = ?")
                .param(tenant.id())
                .query(Integer.class)
                .single();
    }

    private void assertNoHeaderInjectedInOutbox() {
        assertThat(jdbc.sql("""
                        select count(*) from mail.outgoing_mail
                        where tenant_id = ? and (recipient ~ '[\\r\\n]' or subject ~ '[\\r\\n]')
                        """).param(tenant.id()).query(Integer.class).single())
                .isZero();
    }

    private static void assertNothingWentTo(String address) {
        for (var message : SMTP.getReceivedMessages()) {
            try {
                var recipients = message.getAllRecipients();
                if (recipients != null) {
                    for (var recipient : recipients) {
                        assertThat(recipient.toString()).doesNotContain(address);
                    }
                }
                var bcc = message.getRecipients(Message.RecipientType.BCC);
                assertThat(bcc == null ? 0 : bcc.length).isZero();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(SMTP.getReceivedMessagesForDomain(address)).isEmpty();
    }
}

package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.MockLogin;
import de.mosaik.Poll;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

class AccessibilityFeedbackTests extends IntegrationTest {

    private static final String PAGE = "/kreis-dueren/barrierefreiheit";
    private static final String CONTACT = "integration@kreis-dueren.demo";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    IdentitySetup identity;

    @Autowired
    WebApplicationContext context;

    @Test
    void aDoubleSubmissionIsStoredAndMailedOnce() {
        var web = new WebSession(port);
        var token = token(web.get(PAGE).body());
        var message = Fixtures.unique("Der Kontrast der Knöpfe ist zu schwach");
        var form = Map.of("token", token, "message", message, "page", "Startseite", "name", "Erika", "email", "");

        var first = web.post(PAGE, form);
        var second = web.post(PAGE, form);

        assertThat(first.target()).isEqualTo(PAGE);
        assertThat(second.target()).isEqualTo(PAGE);
        assertThat(web.get(PAGE).body()).contains("Vielen Dank! Ihre Rückmeldung ist angekommen.");
        assertThat(count("select count(*) from portal.accessibility_feedback where message = ?", message))
                .isEqualTo(1);
        assertThat(count("select count(*) from mail.outgoing_mail where body like ?", "%" + message + "%"))
                .isEqualTo(1);
        Poll.until("the feedback mail", Duration.ofSeconds(15), () -> mailsWith(message) >= 1);
        Poll.pause(Duration.ofSeconds(1));
        assertThat(mailsWith(message)).isEqualTo(1);
    }

    @Test
    void theTenantAdministratorsSeeTheReportsOfTheirTenantOnly() {
        var web = new WebSession(port);
        var message = Fixtures.unique("Das Formular ist mit der Tastatur nicht bedienbar");
        web.post(
                PAGE,
                Map.of("token", token(web.get(PAGE).body()), "message", message, "page", "", "name", "", "email", ""));

        var admin = new WebSession(port);
        admin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(admin.get("/verwaltung/kreis-dueren/rueckmeldungen").body()).contains(message, "keine Angabe");
        var otherAdmin = new WebSession(port);
        otherAdmin.login("leitung@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        assertThat(otherAdmin.get("/verwaltung/stadt-duisburg/rueckmeldungen").body())
                .doesNotContain(message);
        var staff = new WebSession(port);
        staff.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(staff.get("/verwaltung/kreis-dueren/rueckmeldungen").status())
                .isEqualTo(403);
    }

    @Test
    void reportsAboutThePlatformsOwnPagesGoToItsOperator() {
        var web = new WebSession(port);
        var message = Fixtures.unique("Die Liste der Zentren ist mit dem Screenreader schwer zu lesen");
        var sent = web.post(
                "/barrierefreiheit",
                Map.of(
                        "token",
                        token(web.get("/barrierefreiheit").body()),
                        "message",
                        message,
                        "page",
                        "/",
                        "name",
                        "",
                        "email",
                        "leser@example.org"));

        assertThat(sent.target()).isEqualTo("/barrierefreiheit");
        assertThat(count(
                        "select count(*) from portal.accessibility_feedback where message = ? and tenant_id is null",
                        message))
                .isEqualTo(1);
        Poll.until(
                "the feedback mail to the operator",
                Duration.ofSeconds(15),
                () -> Mails.to(SMTP, "betrieb@mosaik.demo").stream()
                        .anyMatch(m -> Mails.text(m).contains(message)));
        var platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        assertThat(platform.get("/plattform/rueckmeldungen").body()).contains(message, "leser@example.org");
        var tenantAdmin = new WebSession(port);
        tenantAdmin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(tenantAdmin.get("/verwaltung/kreis-dueren/rueckmeldungen").body())
                .doesNotContain(message);
    }

    @Test
    void oneClientAddressCannotFloodTheInbox() throws Exception {
        var mvc = MockLogin.mvc(context);
        var address = "198.51.100." + (int) (Math.random() * 250 + 1);
        var message = Fixtures.unique("Meldung");
        MvcResult last = null;
        for (int i = 0; i <= 30; i++) {
            last = mvc.perform(post("/barrierefreiheit")
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(address);
                                return request;
                            })
                            .param("token", UUID.randomUUID().toString())
                            .param("message", message + " " + i)
                            .param("page", "")
                            .param("name", "")
                            .param("email", ""))
                    .andReturn();
            if (i < 30) {
                assertThat(last.getResponse().getRedirectedUrl())
                        .as("report %d", i)
                        .isEqualTo("/barrierefreiheit");
            }
        }

        assertThat(last.getResponse().getStatus()).isEqualTo(200);
        assertThat(last.getResponse().getContentAsString()).contains("sehr viele Meldungen", message + " 30");
        assertThat(count("select count(*) from portal.accessibility_feedback where message like ?", message + "%"))
                .isEqualTo(30);
    }

    @Test
    void anEmptyMessageIsRefusedAndTheOtherInputKept() {
        var web = new WebSession(port);
        var token = token(web.get(PAGE).body());
        var name = Fixtures.unique("Erika");

        var page = web.post(
                PAGE, Map.of("token", token, "message", "   ", "page", "Veranstaltungen", "name", name, "email", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bitte beschreiben Sie die Barriere.")
                .contains("value=\"Veranstaltungen\"", "value=\"" + name + "\"")
                // The same token again, so that the corrected form still counts once.
                .contains("name=\"token\" value=\"" + token + "\"");
        assertThat(count("select count(*) from portal.accessibility_feedback where name = ?", name))
                .isZero();
    }

    @Test
    void anInvalidReplyAddressIsRefusedAndTheMessageKept() {
        var web = new WebSession(port);
        var token = token(web.get(PAGE).body());
        var message = Fixtures.unique("Die Tabelle hat keine Überschriften");

        var page = web.post(
                PAGE, Map.of("token", token, "message", message, "page", "", "name", "", "email", "keine adresse"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bitte geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.")
                .contains(">" + message + "</textarea>");
        assertThat(count("select count(*) from portal.accessibility_feedback where message = ?", message))
                .isZero();
    }

    @Test
    void theFormNeedsItsToken() {
        var web = new WebSession(port);
        web.get(PAGE);
        var message = Fixtures.unique("Ohne Token");

        var page = web.post(PAGE, Map.of("message", message, "page", "", "name", "", "email", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Das Formular ist abgelaufen.");
        assertThat(count("select count(*) from portal.accessibility_feedback where message = ?", message))
                .isZero();
    }

    @Test
    void switchedOffTenantsTakeNoFeedback() {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        var web = new WebSession(port);
        web.get(PAGE);

        assertThat(web.get("/" + tenant.slug() + "/barrierefreiheit").status()).isEqualTo(404);
        assertThat(web.post(
                                "/" + tenant.slug() + "/barrierefreiheit",
                                Map.of("token", java.util.UUID.randomUUID().toString(), "message", "Hallo"))
                        .status())
                .isEqualTo(404);
    }

    private long mailsWith(String text) {
        return Mails.to(SMTP, CONTACT).stream()
                .filter(m -> Mails.text(m).contains(text))
                .count();
    }

    private static String token(String page) {
        var matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("token field").isTrue();
        return matcher.group(1);
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }
}

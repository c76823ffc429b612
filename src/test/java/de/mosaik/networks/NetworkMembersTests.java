package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The coordination keeps members and delegates; delegates decide what of their contact details others see. */
class NetworkMembersTests extends IntegrationTest {

    private static final String AREA = "/netzwerke/qualitaetszirkel";

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentitySetup identity;

    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        email = "netz-" + UUID.randomUUID().toString().substring(0, 8) + "@members-test.example";
    }

    @AfterEach
    void removeThePeopleAndBodiesOfTheTest() {
        jdbc.sql("delete from identity.account where email like '%@members-test.example'")
                .update();
        jdbc.sql("delete from mail.outgoing_mail where recipient like '%@members-test.example'")
                .update();
        jdbc.sql("delete from networks.member where organisation_id in"
                        + " (select id from organisations.organisation where name like 'Testkörperschaft%')")
                .update();
        jdbc.sql("delete from organisations.organisation where name like 'Testkörperschaft%'")
                .update();
        jdbc.sql("""
                        delete from networks.member m using organisations.organisation o
                         where o.id = m.organisation_id and o.name = 'Stadt Nürnberg'
                           and m.network_id = (select id from networks.network where slug = 'netzwerk-kreis-recklinghausen')
                        """).update();
        jdbc.sql("delete from organisations.organisation where name = 'Stadt Nürnberg' and municipality_key is null")
                .update();
    }

    @Test
    void anInvitedExternalPersonGetsAnAccountForNetworksOnlyAndTheLinkByMail() throws Exception {
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        var response = invite(coordination, memberId("Landeshauptstadt München"), email, "en");
        assertThat(response.getStatus()).isEqualTo(302);

        var account = jdbc.sql("select role, tenant_id, password_hash from identity.account where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(account.get("role")).isEqualTo("EXTERNAL");
        assertThat(account.get("tenant_id")).isNull();
        assertThat(account.get("password_hash")).isNull();
        var mail = mailTo(email);
        assertThat(mail).contains("/einladung/").contains("Kommunaler Qualitätszirkel zur Integrationspolitik");
        assertThat(mail).as("in the language chosen for the person").contains("Use this link to set your password");
        assertThat(jdbc.sql("""
                                select d.role from networks.delegate d join identity.account a on a.id = d.account_id
                                 where a.email = ?
                                """).param(email).query(String.class).single()).isEqualTo("DELEGATE");

        // Inviting the same person again changes nothing and says so.
        var again = invite(coordination, memberId("Landeshauptstadt München"), email, "de");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("Diese Person gehört dem Netzwerk bereits an.");
    }

    @Test
    void aPersonWithAnAccountIsAddedAndToldByMail() throws Exception {
        var accountId = identity.createAccountWithoutPassword(null, email, "Vorhandene Person", Role.EXTERNAL);
        var response = invite(login(DemoAccounts.NETWORK_COORDINATOR), memberId("Stadt Nürnberg"), email, "de");
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(mailTo(email))
                .contains("aufgenommen")
                .contains("/netzwerke/qualitaetszirkel")
                .doesNotContain("/einladung/");
        assertThat(jdbc.sql("select count(*) from identity.account where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from networks.delegate where account_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void externalPersonsStartInTheirNetworksAndHaveNoBackOffice() throws Exception {
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        var start =
                mvc.perform(get("/verwaltung").session(delegate)).andReturn().getResponse();
        assertThat(start.getRedirectedUrl()).isEqualTo("/netzwerke");
        var mine = mvc.perform(get("/netzwerke").session(delegate)).andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString())
                .contains("Kommunaler Qualitätszirkel zur Integrationspolitik")
                .contains("Delegierte*r");
        for (var path : new String[] {"/verwaltung/kreis-dueren", "/verwaltung/kreis-dueren/veranstaltungen"}) {
            assertThat(mvc.perform(get(path).session(delegate))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/konto/passwort").session(delegate))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void contactDetailsAreShownOnlyWithConsentAndAStaleFormIsRefused() throws Exception {
        identity.createAccount(null, email, "Zustimmende Person", Role.EXTERNAL, DemoAccounts.PASSWORD);
        invite(login(DemoAccounts.NETWORK_COORDINATOR), memberId("Stadt Augsburg"), email, "de");
        var person = login(email);
        var version = jdbc.sql("""
                        select d.version from networks.delegate d join identity.account a on a.id = d.account_id
                         where a.email = ?
                        """).param(email).query(Integer.class).single();
        var saved = mvc.perform(post(AREA + "/mein-eintrag")
                        .session(person)
                        .with(csrf())
                        .param("functionTitle", "Integrationsbeauftragte")
                        .param("phone", "0821 324-0")
                        .param("showPhone", "true")
                        .param("_showEmail", "on")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);

        var list = page(AREA + "/mitglieder", login(DemoAccounts.NETWORK_DELEGATE));
        assertThat(list).contains("Zustimmende Person").contains("0821 324-0").doesNotContain(email);
        var csv = new String(
                mvc.perform(get(AREA + "/mitglieder.csv").session(login(DemoAccounts.NETWORK_DELEGATE)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Zustimmende Person;").contains("0821 324-0").doesNotContain(email);
        var xlsx = mvc.perform(get(AREA + "/mitglieder.xlsx").session(login(DemoAccounts.NETWORK_DELEGATE)))
                .andReturn()
                .getResponse();
        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

        // The same form sent again carries the old version: refused, and what was typed stays.
        var stale = mvc.perform(post(AREA + "/mein-eintrag")
                        .session(person)
                        .with(csrf())
                        .param("functionTitle", "Neue Funktion, nicht gespeichert")
                        .param("phone", "0821 324-0")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString())
                .contains("Jemand anderes hat diesen Eintrag inzwischen geändert")
                .contains("Neue Funktion, nicht gespeichert");
    }

    @Test
    void aNewBodyThatLooksLikeAKnownOneIsOnlyAddedWhenConfirmed() throws Exception {
        var county = login("leitung@kreis-recklinghausen.demo");
        var path = "/netzwerke/netzwerk-kreis-recklinghausen/mitglieder/neu/anlegen";
        var first = mvc.perform(post(path)
                        .session(county)
                        .with(csrf())
                        .param("name", "Stadt Nürnberg")
                        .param("kind", "MUNICIPALITY")
                        .param("city", "Nürnberg")
                        .param("state", "BY"))
                .andReturn()
                .getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString())
                .contains("Diese Körperschaft gibt es vielleicht schon")
                .contains("Stadt Nürnberg aufnehmen")
                .contains("Trotzdem neu anlegen");
        assertThat(organisationsNamed("Stadt Nürnberg")).isEqualTo(1);

        // The same official key cannot name a second body: the field says so, nothing is added.
        var sameKey = mvc.perform(post(path)
                        .session(county)
                        .with(csrf())
                        .param("name", "Stadt Nürnberg")
                        .param("kind", "MUNICIPALITY")
                        .param("city", "Nürnberg")
                        .param("municipalityKey", "09564000")
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse();
        assertThat(sameKey.getStatus()).isEqualTo(200);
        assertThat(sameKey.getContentAsString()).contains("Diesen Gemeindeschlüssel hat bereits");
        assertThat(organisationsNamed("Stadt Nürnberg")).isEqualTo(1);

        var confirmed = mvc.perform(post(path)
                        .session(county)
                        .with(csrf())
                        .param("name", "Stadt Nürnberg")
                        .param("kind", "MUNICIPALITY")
                        .param("city", "Nürnberg")
                        .param("state", "BY")
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(organisationsNamed("Stadt Nürnberg")).isEqualTo(2);
    }

    @Test
    void badInputNamesTheFieldAndKeepsWhatWasTyped() throws Exception {
        var response = mvc.perform(post(AREA + "/mitglieder/" + memberId("Stadt Augsburg") + "/einladen")
                        .session(login(DemoAccounts.NETWORK_COORDINATOR))
                        .with(csrf())
                        .param("email", "keine-adresse")
                        .param("displayName", "Getippter Name")
                        .param("role", "KAISER"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Bitte geben Sie eine gültige E-Mail-Adresse ein")
                .contains("Bitte wählen Sie einen der angebotenen Werte.")
                .contains("Getippter Name")
                .contains("keine-adresse");
    }

    @Test
    void onlyTheCoordinationKeepsMembers() throws Exception {
        var path = AREA + "/mitglieder/" + memberId("Stadt Augsburg");
        assertThat(mvc.perform(get(path).session(login(DemoAccounts.NETWORK_DELEGATE)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // A member id of another network in this network's path is not found.
        var otherNetworksMember = jdbc.sql("""
                        select m.id from networks.member m join networks.network n on n.id = m.network_id
                         where n.slug = 'netzwerk-kreis-recklinghausen' limit 1
                        """).query(UUID.class).single();
        assertThat(mvc.perform(get(AREA + "/mitglieder/" + otherNetworksMember)
                                .session(login(DemoAccounts.NETWORK_COORDINATOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(AREA + "/mitglieder/kein-id").session(login(DemoAccounts.NETWORK_COORDINATOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theCoordinationChangesARoleAndTheEditorFlag() throws Exception {
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        var delegate =
                jdbc.sql("""
                        select d.id, d.version from networks.delegate d join identity.account a on a.id = d.account_id
                         where a.email = ?
                        """).param(DemoAccounts.NETWORK_DELEGATE).query().singleRow();
        var path = AREA + "/delegierte/" + delegate.get("id");
        var page = mvc.perform(get(path).session(coordination)).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Tobias Lang");
        var stale = mvc.perform(post(path)
                        .session(coordination)
                        .with(csrf())
                        .param("role", "GUEST")
                        .param("version", String.valueOf((Integer) delegate.get("version") - 1)))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("Jemand anderes hat diesen Eintrag inzwischen geändert");
    }

    @Autowired
    java.util.List<de.mosaik.shared.privacy.PersonalDataHolder> holders;

    @Test
    void aTenantExportsAndErasesTheEntriesOfThoseWhoSpeakForItsBody() throws Exception {
        var holder = holders.stream()
                .filter(h -> h.tables().contains("networks.delegate"))
                .findFirst()
                .orElseThrow();
        var dueren = jdbc.sql("select id from identity.tenant where slug = 'kreis-dueren'")
                .query(UUID.class)
                .single();
        var duisburg = jdbc.sql("select id from identity.tenant where slug = 'stadt-duisburg'")
                .query(UUID.class)
                .single();
        var staff = new de.mosaik.shared.privacy.DataSubject(
                java.util.Set.of("team@kreis-dueren.demo"), java.util.Set.of());
        assertThat(holder.export(dueren, staff))
                .singleElement()
                .satisfies(r -> assertThat(r.fields())
                        .containsEntry("network", "Kommunaler Qualitätszirkel zur Integrationspolitik"));
        assertThat(holder.export(duisburg, staff)).as("another tenant's body").isEmpty();

        identity.createAccountWithoutPassword(null, email, "Zu löschende Person", Role.EXTERNAL);
        invite(login(DemoAccounts.NETWORK_COORDINATOR), memberId("Kreis Düren"), email, "de");
        var subject = new de.mosaik.shared.privacy.DataSubject(java.util.Set.of(email), java.util.Set.of());
        holder.erase(duisburg, subject);
        assertThat(holder.export(dueren, subject)).hasSize(1);
        holder.erase(dueren, subject);
        assertThat(holder.export(dueren, subject)).isEmpty();
    }

    @Test
    void thePublicProfileNamesBodiesNotPersons() throws Exception {
        var response =
                mvc.perform(get("/netzwerk/qualitaetszirkel")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isNotBlank();
        assertThat(response.getContentAsString())
                .contains("Kommunaler Qualitätszirkel zur Integrationspolitik")
                .contains("Landeshauptstadt München")
                .contains("Kreis Düren")
                .doesNotContain("Tobias Lang")
                .doesNotContain("Miriam Weber");
        var arabic = mvc.perform(get("/netzwerk/qualitaetszirkel?lang=ar"))
                .andReturn()
                .getResponse();
        assertThat(arabic.getContentAsString())
                .contains("dir=\"rtl\"")
                .contains("lang=\"de\"")
                .contains("عدد الأعضاء");
        assertThat(mvc.perform(get("/netzwerk/netzwerk-kreis-recklinghausen"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse invite(MockHttpSession session, UUID memberId, String address, String language)
            throws Exception {
        return mvc.perform(post(AREA + "/mitglieder/" + memberId + "/einladen")
                        .session(session)
                        .with(csrf())
                        .param("email", address)
                        .param("displayName", "Eingeladene Person")
                        .param("role", "DELEGATE")
                        .param("language", language))
                .andReturn()
                .getResponse();
    }

    private UUID memberId(String body) {
        return jdbc.sql("""
                        select m.id from networks.member m
                          join networks.network n on n.id = m.network_id
                          join organisations.organisation o on o.id = m.organisation_id
                         where n.slug = 'qualitaetszirkel' and o.name = ?
                        """).param(body).query(UUID.class).single();
    }

    private String mailTo(String address) {
        return jdbc.sql("select body from mail.outgoing_mail where recipient = ? order by created_at desc limit 1")
                .param(address)
                .query(String.class)
                .single();
    }

    private int organisationsNamed(String name) {
        return jdbc.sql("select count(*) from organisations.organisation where name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession login(String address) {
        return MockLogin.login(mvc, address, DemoAccounts.PASSWORD);
    }
}

package de.mosaik.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform administration keeps the register through its pages; others only use the picker. */
class PlatformOrganisationsPagesTests extends IntegrationTest {

    private static final String LIST = "/plattform/organisationen";

    @Autowired
    Organisations register;

    @Autowired
    de.mosaik.identity.IdentitySetup identity;

    WebSession admin;

    @BeforeEach
    void signIn() {
        admin = new WebSession(port);
        admin.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
    }

    @Test
    void theListFiltersByTextKindAndStateAndPages() {
        var all = admin.get(LIST);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("Organisationen", "Nordrhein-Westfalen", "seite=2");

        var counties = admin.get(LIST + "?art=COUNTY&land=NW").body();
        assertThat(counties).contains("Kreis Düren", "Kreis Recklinghausen").doesNotContain("Stadt Köln");

        var search = admin.get(LIST + "?q=" + URLEncoder.encode("koeln", StandardCharsets.UTF_8))
                .body();
        assertThat(search).contains("Stadt Köln").doesNotContain("Kreis Düren");

        // Nonsense in the filters is no error: it filters nothing.
        assertThat(admin.get(LIST + "?art=KEINE&land=ZZ&seite=abc").status()).isEqualTo(200);
        assertThat(admin.get(LIST + "?seite=99999").body()).contains("Keine Organisation");
    }

    @Test
    void badInputIsNamedByFieldAndKept() {
        var page = admin.post(
                LIST + "/neu",
                form(Map.of(
                        "name", "Gemeinde Fehlerhausen",
                        "kind", "MUNICIPALITY",
                        "state", "XY",
                        "municipalityKey", "123",
                        "website", "kein link",
                        "email", "ohne-at",
                        "population", "viele")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Der Amtliche Gemeindeschlüssel muss aus 8 Ziffern (Gemeinde) oder 5 Ziffern (Kreis) bestehen.")
                .contains("Die Website muss eine Adresse wie https://www.beispiel.de sein.")
                .contains("Die E-Mail-Adresse muss wie name@beispiel.de aussehen.")
                .contains("Die Einwohnerzahl muss eine ganze Zahl ohne Punkte sein.")
                .contains("Bitte wählen Sie eines der 16 Bundesländer.")
                .contains("value=\"Gemeinde Fehlerhausen\"", "value=\"kein link\"");

        var noKind = admin.post(LIST + "/neu", form(Map.of("name", "Ohne Art", "kind", "ERFUNDEN", "state", "XY")));
        assertThat(noKind.status()).isEqualTo(200);
        assertThat(noKind.body()).contains("Bitte wählen Sie die Art der Organisation.");
    }

    @Test
    void likelyDuplicatesAreShownAndMayBeAddedAnyway() {
        var name = "Stadt Koeln";
        var asked = admin.post(
                LIST + "/neu", form(Map.of("name", name, "kind", "MUNICIPALITY", "city", "Köln", "state", "NW")));
        assertThat(asked.status()).isEqualTo(200);
        var existing = register.search("Stadt Köln", 1).get(0);
        assertThat(asked.body())
                .contains("Diese Organisation gibt es vielleicht schon")
                .contains("href=\"/plattform/organisationen/" + existing.id() + "\"")
                .contains("Trotzdem anlegen");

        var unique = "Stadt Koeln " + Fixtures.unique("zweig");
        var added = admin.post(
                LIST + "/neu",
                form(Map.of(
                        "name", unique, "kind", "MUNICIPALITY", "city", "Köln", "state", "NW", "confirmed", "true")));
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.follow(added).body()).contains("Die Organisation wurde angelegt.", unique);
    }

    @Test
    void aTakenOfficialKeyShowsItsHolderAndIsNeverAddedTwice() {
        var typed = form(Map.of("name", "Köln", "kind", "MUNICIPALITY", "state", "NW", "municipalityKey", "05315000"));
        var asked = admin.post(LIST + "/neu", typed);
        assertThat(asked.body()).contains("Stadt Köln", "Trotzdem anlegen");
        typed.put("confirmed", "true");
        var refused = admin.post(LIST + "/neu", typed);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Eine andere Organisation im Register hat schon diesen Gemeindeschlüssel.");
    }

    @Test
    void aStaleEditIsRefusedAndKeepsWhatWasTyped() {
        var id = register.registerConfirmed(OrganisationDetails.named(
                "Sprachmittlerpool " + Fixtures.unique("p"), OrganisationKind.ASSOCIATION, "Bonn", "NW"));
        var read = register.byId(id).orElseThrow();
        assertThat(admin.get(LIST + "/" + id).body()).contains("name=\"version\" value=\"0\"");
        // Somebody else saves first.
        register.update(
                id, 0, OrganisationDetails.named(read.name() + " e. V.", OrganisationKind.ASSOCIATION, "Bonn", "NW"));

        var typed = form(Map.of(
                "name", "Mein neuer Name", "kind", "ASSOCIATION", "city", "Bonn", "state", "NW", "version", "0"));
        var stale = admin.post(LIST + "/" + id, typed);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Jemand anderes hat diese Organisation inzwischen geändert.")
                .contains("value=\"Mein neuer Name\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(register.byId(id).orElseThrow().name()).isEqualTo(read.name() + " e. V.");

        typed.put("version", "1");
        var saved = admin.post(LIST + "/" + id, typed);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(register.byId(id).orElseThrow().name()).isEqualTo("Mein neuer Name");
        assertThat(admin.get(LIST + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aBodyIsLinkedToATenantAndATakenTenantIsRefused() {
        var id = register.registerConfirmed(OrganisationDetails.named(
                "Bildungswerk " + Fixtures.unique("b"), OrganisationKind.ASSOCIATION, "Aachen", "NW"));
        var dueren = jdbc.sql("select id from identity.tenant where slug = 'kreis-dueren'")
                .query(UUID.class)
                .single();
        var taken = admin.post(LIST + "/" + id + "/mandant", Map.of("tenantId", dueren.toString()));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body()).contains("Dieser Mandant ist schon mit einer anderen Organisation verknüpft.");
        assertThat(admin.post(LIST + "/" + id + "/mandant", Map.of("tenantId", "kein-mandant"))
                        .body())
                .contains("Diesen Mandanten gibt es nicht.");

        var tenant = new Fixtures(jdbc, identity).newTenant().id();
        assertThat(admin.post(LIST + "/" + id + "/mandant", Map.of("tenantId", tenant.toString()))
                        .status())
                .isEqualTo(302);
        assertThat(register.ofTenant(tenant)).map(Organisation::id).contains(id);
        assertThat(admin.post(LIST + "/" + id + "/mandant", Map.of("tenantId", ""))
                        .status())
                .isEqualTo(302);
        assertThat(register.ofTenant(tenant)).isEmpty();
    }

    @Test
    void onlyThePlatformAdministrationKeepsTheRegister() {
        var staff = new WebSession(port);
        staff.login(DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        assertThat(staff.get(LIST).status()).isEqualTo(403);
        assertThat(admin.get("/plattform/mandanten").body()).contains("href=\"/plattform/organisationen\"");
    }

    @Test
    void thePickerAnswersSignedInPeopleWithAFragmentOfRadioButtons() {
        var visitor = new WebSession(port);
        var anonymous = visitor.get("/organisationen/auswahl?q=koeln");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.target()).endsWith("/anmelden");

        var delegate = new WebSession(port);
        delegate.login(DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        var fragment =
                delegate.get("/organisationen/auswahl?q=koeln&feld=memberBody").body();
        var koeln = register.search("Stadt Köln", 1).get(0);
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("type=\"radio\"", "name=\"memberBody\"", "value=\"" + koeln.id() + "\"", "Stadt Köln");
        assertThat(delegate.get("/organisationen/auswahl?q=koeln&feld=%22%3E%3Cscript%3E")
                        .body())
                .contains("name=\"organisationId\"")
                .doesNotContain("<script>");
        assertThat(delegate.get("/organisationen/auswahl?q=k").body()).contains("mindestens zwei Zeichen");
    }

    private static Map<String, String> form(Map<String, String> typed) {
        var all = new HashMap<String, String>();
        for (var field : new String[] {
            "name",
            "kind",
            "street",
            "postalCode",
            "city",
            "state",
            "municipalityKey",
            "population",
            "website",
            "email",
            "phone"
        }) {
            all.put(field, "");
        }
        all.put("version", "0");
        all.putAll(typed);
        return all;
    }
}

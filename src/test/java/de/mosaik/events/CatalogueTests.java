package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.events.domain.CatalogueParameters;
import de.mosaik.events.domain.CatalogueService;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's filters, its tenant scope and the public pages built on it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueTests extends IntegrationTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JsonMapper json;

    CatalogueScenario s;
    UUID dueren;

    @BeforeAll
    void programme() {
        var fixtures = new Fixtures(jdbc, null);
        dueren = fixtures.tenantId("kreis-dueren");
        s = new CatalogueScenario(jdbc, dueren, fixtures.tenantId("stadt-duisburg"));
    }

    @AfterAll
    void removeProgramme() {
        s.cleanUp();
    }

    /** The ids the catalogue of Kreis Düren lists for the test topic and the given parameters. */
    private List<UUID> find(String... parameters) {
        var map = new HashMap<String, String>();
        map.put("topic", s.topic.toString());
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return catalogue.search(dueren, CatalogueParameters.parse(map, 20)).entries().stream()
                .map(CatalogueEntry::id)
                .toList();
    }

    @Test
    void listsUpcomingPublicEventsInDateOrder() {
        assertThat(find()).containsExactly(s.full, s.online, s.mixed);
    }

    @Test
    void findsByTextWithWordFormsAndPartsOfWords() {
        assertThat(find("q", s.word)).containsExactly(s.full);
        assertThat(find("q", "Schulungen")).containsExactly(s.full);
        assertThat(find("q", "Sprachbild")).containsExactly(s.online);
        assertThat(find("q", "100%_")).isEmpty();
    }

    @Test
    void filtersByFormatIdOrBuiltInCode() {
        assertThat(find("format", s.fachtag.toString())).containsExactly(s.online);
        assertThat(find("format", "SCHULUNG")).containsExactly(s.full, s.mixed);
    }

    @Test
    void filtersByTargetGroup() {
        assertThat(find("targetGroup", s.volunteers.toString())).containsExactly(s.online, s.mixed);
        assertThat(find("targetGroup", "LEHRKRAEFTE")).containsExactly(s.full, s.mixed);
    }

    @Test
    void filtersByTopic() {
        var map = Map.of("topic", s.topic.toString(), "q", s.word);
        assertThat(catalogue.search(dueren, CatalogueParameters.parse(map, 20)).total())
                .isEqualTo(1);
        var otherTopic = Map.of("topic", UUID.randomUUID().toString());
        assertThat(catalogue
                        .search(dueren, CatalogueParameters.parse(otherTopic, 20))
                        .entries())
                .isEmpty();
    }

    @Test
    void filtersByDateRangeAndShowsPastEventsOnlyWhenAskedFor() {
        var today = LocalDate.now(BerlinTime.ZONE);
        assertThat(find(
                        "from",
                        today.minusDays(3).toString(),
                        "to",
                        today.plusDays(30).toString()))
                .containsExactly(s.past, s.full, s.online);
        assertThat(find("from", today.plusDays(50).toString())).containsExactly(s.mixed);
        assertThat(find("to", today.plusDays(10).toString())).containsExactly(s.full);
    }

    @Test
    void filtersOnlineAndOnSite() {
        assertThat(find("attendance", "online")).containsExactly(s.online, s.mixed);
        assertThat(find("attendance", "onsite")).containsExactly(s.full, s.mixed);
    }

    @Test
    void filtersFreeSeats() {
        assertThat(find("freeSeats", "true")).containsExactly(s.online, s.mixed);
    }

    @Test
    void filtersByLanguage() {
        assertThat(find("language", "en")).containsExactly(s.online);
        assertThat(find("language", "tr")).containsExactly(s.mixed);
    }

    @Test
    void pagesThroughResults() {
        var map = Map.of("topic", s.topic.toString(), "pageSize", "2", "page", "2");
        var page = catalogue.search(dueren, CatalogueParameters.parse(map, 20));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.pages()).isEqualTo(2);
        assertThat(page.entries()).extracting(CatalogueEntry::id).containsExactly(s.mixed);
    }

    @Test
    void oneTenantsCatalogueNeverShowsAnothersEvents() {
        var byWord = CatalogueParameters.parse(Map.of("q", s.word), 20);
        assertThat(catalogue.search(dueren, byWord).entries())
                .extracting(CatalogueEntry::id)
                .containsExactly(s.full);
        assertThat(catalogue.search(s.duisburg.tenantId(), byWord).entries())
                .extracting(CatalogueEntry::id)
                .containsExactly(s.otherTenants);
        assertThat(catalogue.search(null, byWord).entries())
                .extracting(CatalogueEntry::id)
                .containsExactlyInAnyOrder(s.full, s.otherTenants);
        // The id of another tenant's event under this tenant's name is no event.
        assertThat(catalogue.event(dueren, s.otherTenants)).isEmpty();
    }

    @Test
    void catalogueRendersFiltersAndResults() {
        var web = new WebSession(port);
        var page = web.get("/kreis-dueren/veranstaltungen?topic=" + s.topic);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Rassismuskritische Schulung " + s.word)
                .contains("Online-Werkstatt Sprachbildung")
                .contains("3 Veranstaltungen gefunden")
                .contains("Warteliste")
                .contains("17 Plätze frei")
                .doesNotContain("Entwurf " + s.word)
                .doesNotContain("Vergangener Fachtag")
                .doesNotContain(s.onlineUrl);
        assertThat(web.get("/kreis-dueren/veranstaltungen?q=" + s.word + "&lang=ar")
                        .body())
                .contains("dir=\"rtl\"")
                .contains("عدد الفعاليات التي تم العثور عليها")
                .contains("Rassismuskritische Schulung");
        // A fresh visitor: the first one chose Arabic, which the language cookie keeps.
        var empty = new WebSession(port).get("/kreis-dueren/veranstaltungen?q=nichtsdergleichen" + s.word);
        assertThat(empty.body()).contains("Keine Veranstaltung passt zu Ihrer Suche");
    }

    @Test
    void catalogueAcrossTenantsNamesTheOrganiser() {
        var page = new WebSession(port).get("/veranstaltungen?q=" + s.word);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Rassismuskritische Schulung " + s.word)
                .contains("Duisburger Schulung " + s.word)
                .contains("Kommunales Integrationszentrum Kreis Düren");
    }

    @Test
    void invalidFiltersAreABadRequestNotAnError() {
        var web = new WebSession(port);
        assertThat(web.get("/kreis-dueren/veranstaltungen?from=gestern").status())
                .isEqualTo(400);
        assertThat(web.get("/veranstaltungen?format=%3Cscript%3E").status()).isEqualTo(400);
        assertThat(web.get("/unbekannt-" + s.word.toLowerCase() + "/veranstaltungen")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eventPageShowsWhatVisitorsNeedButNeverTheOnlineLink() {
        var page = new WebSession(port).get("/kreis-dueren/veranstaltungen/" + s.mixed);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Fachtag Vielfalt")
                .contains("Bismarckstraße 16")
                .contains("Stufenloser Zugang")
                .contains("Induktionsschleife")
                .contains("Aufzug am Seiteneingang")
                .contains("Dr. Ada Öffentlich")
                .doesNotContain("Bert Verborgen")
                .contains("<strong>Beschreibung</strong>")
                .contains("/kreis-dueren/veranstaltungen/" + s.mixed + "/anmeldung")
                .contains("/kreis-dueren/veranstaltungen/" + s.mixed + "/sammelanmeldung")
                .contains("Jetzt anmelden")
                .contains("/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics")
                .doesNotContain(s.onlineUrl)
                .doesNotContain("<script>alert(1)");
        var fullPage = new WebSession(port).get("/kreis-dueren/veranstaltungen/" + s.full);
        assertThat(fullPage.body()).contains("Auf die Warteliste").doesNotContain("Jetzt anmelden");
    }

    @Test
    void eventPageCarriesSchemaOrgEventThatTextCannotBreakOutOf() throws Exception {
        var body = new WebSession(port)
                .get("/kreis-dueren/veranstaltungen/" + s.mixed)
                .body();
        var matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(body);
        assertThat(matcher.find()).isTrue();
        var ld = json.readTree(matcher.group(1));
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("name").asString()).isEqualTo("Fachtag Vielfalt </script><script>alert(1)</script>");
        assertThat(ld.get("startDate").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
        assertThat(ld.get("eventAttendanceMode").asString()).endsWith("MixedEventAttendanceMode");
        assertThat(ld.get("remainingAttendeeCapacity").asInt()).isEqualTo(17);
        assertThat(matcher.group(1)).doesNotContain(s.onlineUrl).doesNotContain("Bert Verborgen");
        assertThat(matcher.find()).as("only one script element").isFalse();
    }

    @Test
    void draftsAndOtherTenantsEventsAreNotFoundAndCancelledOnesSaySo() {
        var web = new WebSession(port);
        assertThat(web.get("/kreis-dueren/veranstaltungen/" + s.draft).status()).isEqualTo(404);
        assertThat(web.get("/kreis-dueren/veranstaltungen/" + s.otherTenants).status())
                .isEqualTo(404);
        assertThat(web.get("/kreis-dueren/veranstaltungen/kein-event").status()).isEqualTo(404);
        var cancelled = web.get("/kreis-dueren/veranstaltungen/" + s.cancelled);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("abgesagt").doesNotContain("Jetzt anmelden");
    }
}

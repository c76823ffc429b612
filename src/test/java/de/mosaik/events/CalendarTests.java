package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** iCalendar files of single events and the tenant's feed, read back with ical4j. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarTests extends IntegrationTest {

    @Autowired
    EventCalendar calendars;

    @Autowired
    Translations translations;

    CatalogueScenario s;

    @BeforeAll
    void programme() {
        var fixtures = new Fixtures(jdbc, null);
        s = new CatalogueScenario(jdbc, fixtures.tenantId("kreis-dueren"), fixtures.tenantId("stadt-duisburg"));
    }

    @AfterAll
    void removeProgramme() {
        s.cleanUp();
    }

    @Test
    void eventDownloadHasOneEntryPerSessionWithoutTheOnlineLink() throws Exception {
        var web = new WebSession(port);
        var response = web.get("/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(response.body()).doesNotContain(s.onlineUrl);

        var events = events(parse(response.body()));
        assertThat(events).hasSize(2);
        var onSite = events.get(0);
        assertThat(value(onSite, Property.SUMMARY))
                .startsWith("Fachtag Vielfalt")
                .endsWith("(1/2)");
        assertThat(value(onSite, Property.LOCATION))
                .contains("Bismarckstraße 16")
                .contains("52351 Düren");
        assertThat(value(onSite, Property.URL)).endsWith("/kreis-dueren/veranstaltungen/" + s.mixed);
        assertThat(value(events.get(1), Property.LOCATION)).isEqualTo("Online");

        var again = events(parse(web.get("/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics")
                .body()));
        assertThat(again.stream().map(e -> value(e, Property.UID)))
                .as("UIDs are stable, so a second import updates instead of duplicating")
                .containsExactlyElementsOf(
                        events.stream().map(e -> value(e, Property.UID)).toList());
    }

    /**
     * The download from an Arabic page and the event page's JSON-LD carry the published Arabic
     * title, marked as Arabic; the summary, only a draft in Arabic, stays German and unmarked.
     */
    @Test
    void downloadAndJsonLdAreInThePagesLanguage() throws Exception {
        var tenant = s.dueren.tenantId();
        var title = jdbc.sql("select title from events.event where id = ?")
                .param(s.mixed)
                .query(String.class)
                .single();
        var summary = jdbc.sql("select summary from events.event where id = ?")
                .param(s.mixed)
                .query(String.class)
                .single();
        var arabic = new ContentLanguage("ar");
        var arabicTitle = "يوم التنوع";
        translations.save(
                tenant,
                new TextKey(EventTexts.EVENT, s.mixed, EventTexts.TITLE),
                arabic,
                new TranslationEdit(arabicTitle, TranslationStatus.PUBLISHED, 0, false),
                title,
                null);
        translations.save(
                tenant,
                new TextKey(EventTexts.EVENT, s.mixed, EventTexts.SUMMARY),
                arabic,
                new TranslationEdit("مسودة", TranslationStatus.DRAFT, 0, false),
                summary,
                null);
        try {
            var web = new WebSession(port);
            var page = web.get("/kreis-dueren/veranstaltungen/" + s.mixed + "?lang=ar");
            assertThat(page.body())
                    .contains("href=\"/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics?lang=ar\"");
            var ics = web.get("/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics?lang=ar");
            var onSite = events(parse(ics.body())).get(0);
            var shownTitle = onSite.getProperty(Property.SUMMARY).orElseThrow();
            assertThat(shownTitle.getValue()).isEqualTo(arabicTitle + " (1/2)");
            assertThat(shownTitle.getParameter(Parameter.LANGUAGE).map(Parameter::getValue))
                    .hasValue("ar");
            var description = onSite.getProperty(Property.DESCRIPTION).orElseThrow();
            assertThat(description.getValue()).doesNotContain("مسودة");
            assertThat(description.getParameter(Parameter.LANGUAGE)).isEmpty();

            var german = events(parse(new WebSession(port)
                            .get("/kreis-dueren/veranstaltungen/" + s.mixed + "/kalender.ics")
                            .body()))
                    .get(0);
            assertThat(value(german, Property.SUMMARY)).startsWith("Fachtag Vielfalt");
            assertThat(german.getProperty(Property.SUMMARY).orElseThrow().getParameter(Parameter.LANGUAGE))
                    .isEmpty();

            var jsonLd = org.jsoup.Jsoup.parse(page.body())
                    .selectFirst("script[type=application/ld+json]")
                    .data();
            assertThat(jsonLd).contains("\"name\":\"" + arabicTitle + "\"");
            var germanLd = org.jsoup.Jsoup.parse(new WebSession(port)
                            .get("/kreis-dueren/veranstaltungen/" + s.mixed)
                            .body())
                    .selectFirst("script[type=application/ld+json]")
                    .data();
            assertThat(germanLd).doesNotContain(arabicTitle);
            // inLanguage names the languages the event is held in, whatever the page's language.
            assertThat(heldIn(jsonLd)).isEqualTo(heldIn(germanLd)).isNotEmpty();
        } finally {
            translations.removeOwner(tenant, EventTexts.EVENT, s.mixed);
        }
    }

    private static String heldIn(String jsonLd) {
        var matcher = java.util.regex.Pattern.compile("\"inLanguage\":(\\[[^\\]]*\\])")
                .matcher(jsonLd);
        return matcher.find() ? matcher.group(1) : "";
    }

    @Test
    void participantsGetTheOnlineLink() throws Exception {
        var ics = new String(
                calendars
                        .event(s.dueren.tenantId(), s.mixed, true, UiLanguage.DE)
                        .orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        var events = events(parse(ics));
        assertThat(value(events.get(1), Property.LOCATION)).isEqualTo(s.onlineUrl);
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains(s.onlineUrl);
        var publicIcs = new String(
                calendars
                        .event(s.dueren.tenantId(), s.mixed, false, UiLanguage.DE)
                        .orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(publicIcs).doesNotContain(s.onlineUrl);
    }

    @Test
    void cancelledEventsAreMarkedCancelled() throws Exception {
        var ics = new String(
                calendars
                        .event(s.dueren.tenantId(), s.cancelled, true, UiLanguage.DE)
                        .orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(value(events(parse(ics)).get(0), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void feedListsTheTenantsUpcomingPublicEvents() throws Exception {
        var response = new WebSession(port).get("/kreis-dueren/kalender.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        var urls = events(parse(response.body())).stream()
                .map(e -> value(e, Property.URL))
                .toList();
        assertThat(urls).anyMatch(u -> u.endsWith("/" + s.full));
        assertThat(urls).anyMatch(u -> u.endsWith("/" + s.online));
        assertThat(urls).anyMatch(u -> u.endsWith("/" + s.mixed));
        assertThat(urls)
                .noneMatch(
                        u -> u.endsWith("/" + s.past) || u.endsWith("/" + s.draft) || u.endsWith("/" + s.otherTenants));
        assertThat(response.body()).doesNotContain(s.onlineUrl);
        assertThat(new WebSession(port)
                        .get("/kreis-dueren/veranstaltungen/" + s.draft + "/kalender.ics")
                        .status())
                .isEqualTo(404);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream()
                .map(c -> (VEvent) c)
                .toList();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}

package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.events.domain.VenueService;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationState;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The venue form offers "Kleine Korrektur" for its translatable accessibility notes, as the event
 * form does: a minor edit keeps the translations current, a normal edit makes them outdated.
 */
class VenueTranslationTests extends IntegrationTest {

    private static final ContentLanguage ARABIC = new ContentLanguage("ar");
    private static final String NOTES = "Eingang über den Hof, Aufzug bis zum 2. Stock.";

    @Autowired
    VenueService venues;

    @Autowired
    Translations translations;

    @Test
    void aMinorEditKeepsTheTranslationCurrentAndANormalEditOutdatesIt() {
        var tenant = new Fixtures(jdbc, null).tenantId("kreis-dueren");
        var venue = venues.create(tenant, details("Bürgerhaus " + UUID.randomUUID(), NOTES))
                .orElseThrow();
        var key = new TextKey(EventTexts.VENUE, venue, EventTexts.ACCESSIBILITY_NOTES);
        translations.save(
                tenant,
                key,
                ARABIC,
                new TranslationEdit(
                        "المدخل عبر الفناء، مصعد حتى الطابق الثاني.", TranslationStatus.PUBLISHED, 0, false),
                NOTES,
                null);
        var staff = new WebSession(port);
        staff.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);

        var form = staff.get("/verwaltung/kreis-dueren/orte/" + venue);
        assertThat(form.body()).contains("name=\"minorEdit\"", "Kleine Korrektur");

        var corrected = NOTES.replace("Hof,", "Hof;");
        var minor = save(staff, venue, corrected, true);
        assertThat(minor.status()).as(problems(minor)).isEqualTo(302);
        assertThat(state(tenant, venue, corrected).outdated()).isFalse();

        var changed = "Eingang über die Straße, kein Aufzug.";
        var normal = save(staff, venue, changed, false);
        assertThat(normal.status()).as(problems(normal)).isEqualTo(302);
        assertThat(state(tenant, venue, changed).outdated()).isTrue();
        assertThat(translations
                        .load(tenant, EventTexts.VENUE, List.of(venue))
                        .text(venue, EventTexts.ACCESSIBILITY_NOTES, changed)
                        .in(ARABIC)
                        .fallback())
                .isTrue();
    }

    private static String problems(WebSession.Page page) {
        return org.jsoup.Jsoup.parse(page.body())
                .select(".kern-error, .kern-alert")
                .text();
    }

    private WebSession.Page save(WebSession staff, UUID venue, String notes, boolean minorEdit) {
        var current = venues.byId(new Fixtures(jdbc, null).tenantId("kreis-dueren"), venue)
                .orElseThrow();
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", current.name());
        fields.put("street", "Markt 1");
        fields.put("postalCode", "52349");
        fields.put("city", "Düren");
        fields.put("room", "");
        fields.put("directions", "");
        // As the form sends them: a marker per checkbox, the value only when ticked.
        for (var box : List.of(
                "stepFree", "accessibleToilet", "inductionLoop", "signLanguageOnRequest", "accessibleParking")) {
            fields.put("_" + box, "on");
        }
        fields.put("stepFree", "true");
        fields.put("accessibilityNotes", notes);
        fields.put("active", "true");
        fields.put("version", String.valueOf(current.version()));
        fields.put("_minorEdit", "on");
        if (minorEdit) {
            fields.put("minorEdit", "true");
        }
        return staff.post("/verwaltung/kreis-dueren/orte/" + venue, fields);
    }

    private TranslationState state(UUID tenant, UUID venue, String notes) {
        return translations
                .load(tenant, EventTexts.VENUE, List.of(venue))
                .text(venue, EventTexts.ACCESSIBILITY_NOTES, notes)
                .state(ARABIC);
    }

    private static VenueDetails details(String name, String notes) {
        return new VenueDetails(name, "Markt 1", "52349", "Düren", "", "", true, false, false, false, false, notes);
    }
}

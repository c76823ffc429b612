package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.portal.domain.EditOutcome;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.OfferStatus;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Offers, places and contacts: what staff write reaches the public in its language, safely. */
class OffersPlacesAndContactsTests extends IntegrationTest {

    private static final String DUISBURG = "stadt-duisburg";
    private static final String COUNSELLING = "/" + DUISBURG + "/angebote/schulberatung-fuer-neuzugewanderte";
    private static final ContentLanguage EN = new ContentLanguage("en");

    @Autowired
    IdentitySetup identity;

    @Autowired
    OfferService offers;

    @Autowired
    Translations translations;

    @Autowired
    PortalHighlights highlights;

    @Autowired
    List<TranslatableContent> translatables;

    UUID duisburg;
    UUID sample;

    @BeforeEach
    void sampleOffer() {
        duisburg = new Fixtures(jdbc, identity).tenantId(DUISBURG);
        sample = offers.create(
                duisburg, details(Fixtures.unique("Elterncafé"), "Wir trinken Kaffee."), OfferStatus.PUBLISHED);
    }

    @AfterEach
    void removeSample() {
        offers.delete(duisburg, sample);
    }

    @Test
    void theCounsellingOfferReadsInArabicAndFallsBackToGermanPerText() {
        var list =
                new WebSession(port).get("/" + DUISBURG + "/angebote?lang=ar").body();
        assertThat(list).contains("استشارات مدرسية للقادمين الجدد", "href=\"" + COUNSELLING + "?lang=ar\"");
        // Not translated: shown in German and marked so.
        assertThat(list).contains("lang=\"de\" dir=\"auto\">Sprachmittler*innen im Bildungs- und Gesundheitsbereich<");

        var offer = new WebSession(port).get(COUNSELLING + "?lang=ar");
        assertThat(offer.status()).isEqualTo(200);
        assertThat(offer.body())
                .contains("نشرح لكم النظام المدرسي", "<li>", "href=\"tel:02032831210\"")
                .contains("mailto:schulberatung@stadt-duisburg.demo")
                .contains("/" + DUISBURG + "/orte/internationales-zentrum")
                .doesNotContain("Wir erklären das Schulsystem");

        var einfach = new WebSession(port).get(COUNSELLING + "?lang=einfach").body();
        assertThat(einfach).contains("Beratung zur Schule für Familien, die neu hier sind");
    }

    @Test
    void thePlacePageShowsItsHoursAddressAndSchemaOrgPlace() {
        var page = new WebSession(port)
                .get("/" + DUISBURG + "/orte/internationales-zentrum")
                .body();
        assertThat(page)
                .contains(
                        "Flachsmarkt 15",
                        "47051 Duisburg",
                        "Straßenbahn 901",
                        "Öffnungszeiten",
                        "id=\"jetzt-geoeffnet\"")
                .contains("\"@type\":\"Place\"", "\"openingHoursSpecification\"", "https://schema.org/Monday")
                .contains(DemoCounselling.TITLE);
        assertThat(new WebSession(port)
                        .get("/" + DUISBURG + "/orte/gibt-es-nicht")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theListFiltersByTargetGroupAndLanguageAndIgnoresNonsense() {
        var schools = new WebSession(port)
                .get("/" + DUISBURG + "/angebote?zielgruppe=SCHOOLS")
                .body();
        assertThat(schools).contains("Sprachmittler*innen").doesNotContain(">Griffbereit<");
        var romanian = new WebSession(port)
                .get("/" + DUISBURG + "/angebote?sprache=ro")
                .body();
        assertThat(romanian).contains(">Rucksack KiTa<").doesNotContain(">Willkommensangebot<");
        var nonsense = new WebSession(port).get("/" + DUISBURG + "/angebote?zielgruppe=%3Cx%3E&sprache=zz");
        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(nonsense.body()).contains(">Griffbereit<");
    }

    @Test
    void aDraftIsNotPublic() {
        var draft = offers.create(duisburg, details(Fixtures.unique("Entwurf"), ""), OfferStatus.DRAFT);
        try {
            var slug = offers.byId(duisburg, draft).orElseThrow().slug();
            assertThat(new WebSession(port)
                            .get("/" + DUISBURG + "/angebote/" + slug)
                            .status())
                    .isEqualTo(404);
        } finally {
            offers.delete(duisburg, draft);
        }
    }

    @Test
    void aStaleFormIsRefusedAndKeepsWhatWasTyped() {
        var staff = staff(DUISBURG);
        var path = "/verwaltung/" + DUISBURG + "/inhalte/angebote/" + sample;
        var first = HtmlForm.of(staff.get(path).body(), path);
        var second = HtmlForm.of(staff.get(path).body(), path);

        assertThat(first.with("title", "Elterncafé am Montag").submit(staff).status())
                .isEqualTo(302);
        var refused = second.with("title", "Elterncafé am Dienstag").submit(staff);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Jemand anderes hat diesen Eintrag inzwischen gespeichert", "value=\"Elterncafé am Dienstag\"")
                .contains("Ihre Eingaben und die gespeicherte Fassung", "Inzwischen ist Fassung ")
                .contains("<del>Elterncafé am Montag</del>", "<ins>Elterncafé am Dienstag</ins>")
                .contains("form=\"offer-form\"");
        assertThat(offers.byId(duisburg, sample).orElseThrow().title()).isEqualTo("Elterncafé am Montag");
        // Saving the refused form again replaces the colleague's version on purpose.
        assertThat(HtmlForm.of(refused.body(), path).submit(staff).status()).isEqualTo(302);
        assertThat(offers.byId(duisburg, sample).orElseThrow().title()).isEqualTo("Elterncafé am Dienstag");
    }

    @Test
    void aMinorEditKeepsTranslationsCurrentAndAChangeMakesThemOutdated() {
        var offer = offers.byId(duisburg, sample).orElseThrow();
        translations.save(
                duisburg,
                new TextKey(PortalTexts.OFFER, sample, PortalTexts.SUMMARY),
                EN,
                new TranslationEdit("We drink coffee.", TranslationStatus.PUBLISHED, 0, false),
                "Wir trinken Kaffee.",
                null);
        var slug = offer.slug();

        var typo = details(offer.title(), "Wir trinken Kaffe.");
        assertThat(offers.update(duisburg, sample, offer.version(), typo, OfferStatus.PUBLISHED, true))
                .isEqualTo(EditOutcome.DONE);
        assertThat(new WebSession(port)
                        .get("/" + DUISBURG + "/angebote/" + slug + "?lang=en")
                        .body())
                .contains("We drink coffee.");

        var changed = details(offer.title(), "Wir trinken Tee.");
        assertThat(offers.update(duisburg, sample, offer.version() + 1, changed, OfferStatus.PUBLISHED, false))
                .isEqualTo(EditOutcome.DONE);
        assertThat(new WebSession(port)
                        .get("/" + DUISBURG + "/angebote/" + slug + "?lang=en")
                        .body())
                .contains("lang=\"de\" dir=\"auto\">Wir trinken Tee.<")
                .doesNotContain("We drink coffee.");

        assertThat(offers.update(duisburg, sample, offer.version(), changed, OfferStatus.PUBLISHED, false))
                .as("a save from an old version")
                .isEqualTo(EditOutcome.CHANGED_MEANWHILE);
    }

    @Test
    void anotherTenantsOfferIsNotFoundUnderTheOwnTenant() {
        var dueren = staff("kreis-dueren");
        var foreign = "/verwaltung/kreis-dueren/inhalte/angebote/" + sample;
        assertThat(dueren.get(foreign).status()).isEqualTo(404);
        assertThat(dueren.get(foreign + "/loeschen").status()).isEqualTo(404);
        var ownList = "/verwaltung/kreis-dueren/inhalte/angebote";
        var page = dueren.get(ownList).body();
        assertThat(page).doesNotContain(sample.toString());
        // A delete sent with the other tenant's id removes nothing.
        var form = HtmlForm.of(dueren.get(ownList + "/neu").body(), ownList + "/neu");
        dueren.post(
                foreign + "/loeschen",
                java.util.Map.of(
                        form.fields().get(0).getKey(), form.fields().get(0).getValue()));
        assertThat(offers.byId(duisburg, sample)).isPresent();
        assertThat(new WebSession(port)
                        .get("/kreis-dueren/angebote/schulberatung-fuer-neuzugewanderte")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void wrongOpeningHoursAreRefusedNamingTheField() {
        var staff = staff(DUISBURG);
        var path = "/verwaltung/" + DUISBURG + "/inhalte/orte/neu";
        var page = HtmlForm.of(staff.get(path).body(), path)
                .with("name", Fixtures.unique("Ort"))
                .with("monday", "9-25")
                .with("exceptions", "24.12.2026 geschlossen\nmorgen zu")
                .submit(staff);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bitte schreiben Sie die Zeiten wie 9-12", "Zeile 2 ist nicht lesbar", "value=\"9-25\"");
    }

    @Test
    void aContactPageSaysWhereTheContactIsNamed() {
        var contact = jdbc.sql("select id from portal.contact where tenant_id = ? and name = ?")
                .params(duisburg, "Schulberatung im Kommunalen Integrationszentrum")
                .query(UUID.class)
                .single();
        var page = staff(DUISBURG)
                .get("/verwaltung/" + DUISBURG + "/inhalte/ansprechpersonen/" + contact)
                .body();
        assertThat(page)
                .contains("Hier genannt", DemoCounselling.TITLE, "Internationales Zentrum", "Willkommensangebot")
                .contains("/verwaltung/" + DUISBURG + "/uebersetzungen/portal.contact/" + contact);
    }

    @Test
    void theTranslationWorkSeesOffersPlacesAndContacts() {
        var kinds = translatables.stream().map(TranslatableContent::ownerKind).toList();
        assertThat(kinds).contains(PortalTexts.OFFER, PortalTexts.PLACE, PortalTexts.CONTACT);
        var offerKind = translatables.stream()
                .filter(t -> t.ownerKind().equals(PortalTexts.OFFER))
                .findFirst()
                .orElseThrow();
        var counselling = offerKind.items(duisburg).stream()
                .filter(i -> i.title().equals(DemoCounselling.TITLE))
                .findFirst()
                .orElseThrow();
        assertThat(counselling.editPath()).startsWith("/verwaltung/" + DUISBURG + "/inhalte/angebote/");
        assertThat(counselling.fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo(PortalTexts.BODY);
            assertThat(f.markdown()).isTrue();
        });
        assertThat(offerKind.item(new Fixtures(jdbc, identity).tenantId("kreis-dueren"), counselling.ownerId()))
                .isEmpty();
    }

    @Test
    void theStartPageCanAskForCurrentOffersAndPlaces() {
        var teasers = highlights.currentOffers(duisburg, UiLanguage.AR, 50);
        assertThat(teasers).anySatisfy(t -> {
            assertThat(t.title().text()).isEqualTo("استشارات مدرسية للقادمين الجدد");
            assertThat(t.path()).isEqualTo(COUNSELLING);
        });
        assertThat(highlights.places(duisburg, UiLanguage.DE))
                .extracting(t -> t.title().text())
                .contains("Internationales Zentrum", "Jugend- und Kulturzentrum Kiebitz");
    }

    private WebSession staff(String slug) {
        var session = new WebSession(port);
        session.login("team@" + slug + ".demo", DemoAccounts.PASSWORD);
        return session;
    }

    private static OfferDetails details(String title, String summary) {
        return new OfferDetails(
                title,
                summary,
                "",
                Set.of(OfferAudience.PARENTS),
                "",
                null,
                null,
                List.of("de"),
                true,
                "",
                Participation.CONTACT,
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** The demo's counselling offer. */
    private static final class DemoCounselling {
        static final String TITLE = "Schulberatung für Neuzugewanderte";
    }
}

package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.OfferStatus;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Offers name a page as their field of work; the page lists the published, current ones. */
class OffersInFieldOfWorkTests extends IntegrationTest {

    private static final String DUISBURG = "stadt-duisburg";
    private static final String FIELD = "/" + DUISBURG + "/seiten/schulberatung";
    private static final String SECTION = "id=\"angebote-im-arbeitsfeld\"";

    @Autowired
    IdentitySetup identity;

    @Autowired
    OfferService offers;

    UUID duisburg;
    UUID counsellingPage;

    @BeforeEach
    void findTheField() {
        duisburg = new Fixtures(jdbc, identity).tenantId(DUISBURG);
        counsellingPage = pageId(duisburg, "schulberatung");
    }

    @Test
    void theCounsellingFieldListsItsOfferInArabicAndFallsBackToGermanPerText() {
        var page = new WebSession(port).get(FIELD + "?lang=ar");
        assertThat(page.status()).isEqualTo(200);
        var section = section(page.body());
        assertThat(section)
                .contains("العروض في مجال العمل هذا")
                .contains("استشارات مدرسية للقادمين الجدد")
                .contains("href=\"/" + DUISBURG + "/angebote/schulberatung-fuer-neuzugewanderte?lang=ar\"")
                // The welcome offer has no Arabic text: its title stays German and says so.
                .contains("lang=\"de\" dir=\"auto\">Willkommensangebot<")
                .doesNotContain("Rucksack KiTa");

        var german = section(new WebSession(port).get(FIELD).body());
        assertThat(german).contains("Angebote in diesem Arbeitsfeld", "Schulberatung für Neuzugewanderte");

        assertThat(new WebSession(port)
                        .get("/" + DUISBURG + "/seiten/integrationsrat")
                        .body())
                .as("a page no offer names has no such section")
                .doesNotContain(SECTION);
    }

    @Test
    void aDraftOfferIsNotListedButAPublishedOneIs() {
        var draft = offers.create(
                duisburg, details(Fixtures.unique("Entwurfsangebot"), counsellingPage), OfferStatus.DRAFT);
        var published = offers.create(
                duisburg, details(Fixtures.unique("Elternabend"), counsellingPage), OfferStatus.PUBLISHED);
        try {
            var section = section(new WebSession(port).get(FIELD).body());
            assertThat(section)
                    .contains(offers.byId(duisburg, published).orElseThrow().title())
                    .doesNotContain(offers.byId(duisburg, draft).orElseThrow().title());
        } finally {
            offers.delete(duisburg, draft);
            offers.delete(duisburg, published);
        }
    }

    @Test
    void theFormOffersTheTenantsPagesAndRefusesAnotherTenantsPage() {
        var staff = staff("kreis-dueren");
        var path = "/verwaltung/kreis-dueren/inhalte/angebote/neu";
        var form = staff.get(path).body();
        assertThat(form).contains("Arbeitsfeld", "kein Arbeitsfeld").doesNotContain(counsellingPage.toString());
        var title = Fixtures.unique("Fremdes Feld");

        for (var wrong : List.of(counsellingPage.toString(), UUID.randomUUID().toString(), "<x>")) {
            var refused = HtmlForm.of(form, path)
                    .with("title", title)
                    .with("fieldPageId", wrong)
                    .submit(staff);
            assertThat(refused.status()).as(wrong).isEqualTo(200);
            assertThat(refused.body()).contains("Arbeitsfeld: Bitte wählen Sie eine Seite aus der Liste.");
        }
        var dueren = new Fixtures(jdbc, identity).tenantId("kreis-dueren");
        assertThat(offers.all(dueren)).noneMatch(o -> o.title().equals(title));
    }

    @Test
    void staffLinkAnOfferToASubPageChosenByItsParentsTitle() {
        var staff = staff(DUISBURG);
        var path = "/verwaltung/" + DUISBURG + "/inhalte/angebote/neu";
        var form = staff.get(path).body();
        var rucksack = pageId(duisburg, "rucksack-kita");
        assertThat(form)
                .contains("<option value=\"" + rucksack + "\">Bildungsprogramme › Rucksack KiTa</option>")
                .contains("<option value=\"\">kein Arbeitsfeld</option>");
        var title = Fixtures.unique("Elternkurs");
        var saved = HtmlForm.of(form, path)
                .with("title", title)
                .with("fieldPageId", rucksack.toString())
                .submit(staff);
        assertThat(saved.status()).isEqualTo(302);
        var offer = offers.all(duisburg).stream()
                .filter(o -> o.title().equals(title))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(offer.details().fieldPageId()).isEqualTo(rucksack);
            var edit = staff.get("/verwaltung/" + DUISBURG + "/inhalte/angebote/" + offer.id())
                    .body();
            assertThat(edit).contains("<option value=\"" + rucksack + "\" selected>");
        } finally {
            offers.delete(duisburg, offer.id());
        }
    }

    private String section(String html) {
        int start = html.indexOf(SECTION);
        assertThat(start).as("the page lists offers of its field of work").isPositive();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    private UUID pageId(UUID tenantId, String slug) {
        return jdbc.sql("select id from portal.page where tenant_id = ? and slug = ?")
                .params(tenantId, slug)
                .query(UUID.class)
                .single();
    }

    private WebSession staff(String slug) {
        var session = new WebSession(port);
        session.login("team@" + slug + ".demo", DemoAccounts.PASSWORD);
        return session;
    }

    private static OfferDetails details(String title, @Nullable UUID fieldPageId) {
        return new OfferDetails(
                title,
                "Ein Angebot zum Test.",
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
                fieldPageId,
                List.of());
    }
}

package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalContent.NewsText;
import de.mosaik.portal.PortalContent.PageText;
import de.mosaik.portal.domain.ContactService;
import de.mosaik.portal.domain.PageService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contacts named on pages, and deleting pages, news and contacts: what depends on them is listed instead of
 * broken, translations go with them, and a second click or a stale form deletes nothing unseen.
 */
class PageContactsAndDeletionTests extends IntegrationTest {

    private static final ContentLanguage AR = new ContentLanguage("ar");

    @Autowired
    IdentitySetup identity;

    @Autowired
    PortalContent content;

    @Autowired
    PageService pages;

    @Autowired
    ContactService contacts;

    @Autowired
    Translations translations;

    TestTenant tenant;
    WebSession staff;
    String staffEmail;
    Editor editor;

    @BeforeEach
    void tenantWithStaff() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        staffEmail = fixtures.newAccount(tenant, Role.STAFF);
        staff = new WebSession(port);
        staff.login(staffEmail, Fixtures.PASSWORD);
        editor = new Editor(null, "Testperson");
    }

    @Test
    void duisburgsCounsellingPageShowsItsContactInGermanAndArabic() {
        var german = new WebSession(port).get("/stadt-duisburg/seiten/schulberatung");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.body())
                .contains("id=\"ansprechpersonen-titel\"")
                .contains(">Schulberatung im Kommunalen Integrationszentrum<")
                .contains("href=\"tel:02032831210\"")
                .contains("mailto:schulberatung@stadt-duisburg.demo")
                .contains("Montag bis Donnerstag 9 bis 12 Uhr");

        var arabic = new WebSession(port).get("/stadt-duisburg/seiten/schulberatung?lang=ar");
        assertThat(arabic.body())
                .contains("الاستشارات المدرسية في مركز الاندماج البلدي")
                .contains("href=\"tel:02032831210\"")
                // The responsibility has no Arabic translation: shown in German, marked so.
                .contains("lang=\"de\" dir=\"auto\">Beratung neu zugewanderter Kinder");
        assertThat(new WebSession(port)
                        .get("/stadt-duisburg/seiten/neuzuwanderung")
                        .body())
                .contains(">Elif Demir<");
    }

    @Test
    void editorsNameContactsOnAPageInTheirOrderAndTheContactSaysWhereItIsUsed() {
        var first = contacts.create(tenant.id(), contact("Beratungsstelle Nord", "0241 111"));
        var second = contacts.create(tenant.id(), contact("Beratungsstelle Süd", "0241 222"));
        var newPage = "/verwaltung/" + tenant.slug() + "/inhalte/seiten/neu";
        var saved = HtmlForm.of(staff.get(newPage).body(), newPage)
                .with("title", "Beratung")
                .with("status", "PUBLISHED")
                .with("contactIds", second.toString())
                .plus("contactIds", first.toString())
                .submit(staff);
        assertThat(saved.status()).isEqualTo(302);
        var pageId = UUID.fromString(saved.location().replaceAll(".*/", ""));
        assertThat(pages.contactIds(tenant.id(), pageId)).containsExactly(second, first);

        var shown = new WebSession(port)
                .get("/" + tenant.slug() + "/seiten/beratung")
                .body();
        assertThat(shown.indexOf("Beratungsstelle Süd")).isPositive().isLessThan(shown.indexOf("Beratungsstelle Nord"));
        assertThat(shown).contains("href=\"tel:0241222\"");

        var editorPage = "/verwaltung/" + tenant.slug() + "/inhalte/seiten/" + pageId;
        assertThat(staff.get(editorPage).body())
                .containsPattern("<option value=\"" + second + "\" selected[^>]*>Beratungsstelle Süd<");
        assertThat(staff.get("/verwaltung/" + tenant.slug() + "/inhalte/ansprechpersonen/" + first)
                        .body())
                .contains("Seite:", "href=\"" + editorPage + "\"");
    }

    @Test
    void aContactStillNamedOnAPageIsNotDeletedButListsWhereItIsUsed() {
        var contact = contacts.create(tenant.id(), contact("Servicestelle", "0241 333"));
        var pageId = content.createPage(tenant.id(), null, text("servicestelle", "Servicestelle Seite"), null, editor);
        pages.showContacts(tenant.id(), pageId, List.of(contact));
        var delete = "/verwaltung/" + tenant.slug() + "/inhalte/ansprechpersonen/" + contact + "/loeschen";

        var confirmation = staff.get(delete);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Servicestelle Seite").doesNotContain("Endgültig löschen");

        var refused = staff.post(delete, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Servicestelle Seite", "/verwaltung/" + tenant.slug() + "/inhalte/seiten/" + pageId);
        assertThat(contacts.byId(tenant.id(), contact)).isPresent();

        pages.showContacts(tenant.id(), pageId, List.of());
        assertThat(staff.post(delete, Map.of()).status()).isEqualTo(302);
        assertThat(contacts.byId(tenant.id(), contact)).isEmpty();
        assertThat(staff.post(delete, Map.of()).status()).as("a second click").isEqualTo(302);
    }

    @Test
    void deletingAPageRemovesItsTranslationsRevisionsAndContactLinksAndRecordsWhoDidIt() {
        var contact = contacts.create(tenant.id(), contact("Team Begegnung", "0241 444"));
        var pageId = content.createPage(tenant.id(), null, text("begegnung", "Begegnung"), null, editor);
        pages.showContacts(tenant.id(), pageId, List.of(contact));
        translate(new TextKey(PortalTexts.PAGE, pageId, PortalTexts.TITLE), "Begegnung", "لقاء");
        assertThat(new WebSession(port)
                        .get("/" + tenant.slug() + "/seiten/begegnung")
                        .status())
                .isEqualTo(200);
        var overview = "/verwaltung/" + tenant.slug() + "/uebersetzungen";
        assertThat(staff.get(overview).body()).contains(pageId.toString());

        var delete = "/verwaltung/" + tenant.slug() + "/inhalte/seiten/" + pageId + "/loeschen";
        var form = HtmlForm.of(staff.get(delete).body(), delete);
        var deleted = form.submit(staff);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).endsWith("/verwaltung/" + tenant.slug() + "/inhalte/seiten");

        assertThat(count("select count(*) from shared.translation where owner_id = ?", pageId))
                .isZero();
        assertThat(count("select count(*) from portal.page_revision where page_id = ?", pageId))
                .isZero();
        assertThat(count("select count(*) from portal.page_contact where page_id = ?", pageId))
                .isZero();
        assertThat(contacts.byId(tenant.id(), contact))
                .as("the contact itself stays")
                .isPresent();
        assertThat(new WebSession(port)
                        .get("/" + tenant.slug() + "/seiten/begegnung")
                        .status())
                .isEqualTo(404);
        assertThat(staff.get(overview).body()).doesNotContain(pageId.toString());

        var again = form.submit(staff);
        assertThat(again.status()).as("the same form sent twice").isEqualTo(302);
        assertThat(staff.get("/verwaltung/" + tenant.slug() + "/inhalte/seiten").body())
                .contains("Zuletzt gelöscht", "„Begegnung“", "Testperson STAFF");
        assertThat(jdbc.sql("select account_name from portal.deletion where owner_id = ?")
                        .param(pageId)
                        .query(String.class)
                        .single())
                .isEqualTo("Testperson STAFF");
    }

    @Test
    void aPageWithSubPagesOrOffersOrAStaleFormIsNotDeleted() {
        var field = content.createPage(tenant.id(), null, text("elternarbeit", "Elternarbeit"), null, editor);
        var below = content.createPage(tenant.id(), field, text("elterncafe", "Elterncafé"), null, editor);
        var delete = "/verwaltung/" + tenant.slug() + "/inhalte/seiten/" + field + "/loeschen";

        var confirmation = staff.get(delete);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Unterseite:", "Elterncafé").doesNotContain("Endgültig löschen");
        var version = pages.byId(tenant.id(), field).orElseThrow().version();
        var refused = staff.post(delete, Map.of("version", String.valueOf(version)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Elterncafé");
        assertThat(pages.byId(tenant.id(), field)).isPresent();

        var belowDelete = "/verwaltung/" + tenant.slug() + "/inhalte/seiten/" + below + "/loeschen";
        var form = HtmlForm.of(staff.get(belowDelete).body(), belowDelete);
        content.changePage(tenant.id(), below, text("elterncafe", "Elterncafé am Freitag"), editor);
        var stale = form.submit(staff);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Inzwischen hat jemand diesen Inhalt geändert");
        assertThat(pages.byId(tenant.id(), below)).isPresent();
        assertThat(staff.post(belowDelete, Map.of("version", "keine Zahl")).status())
                .isEqualTo(409);
    }

    @Test
    void deletingNewsRemovesItsTranslationsOnceAndRefusesAStaleForm() {
        var today = LocalDate.now(BerlinTime.ZONE);
        var newsId = content.createNews(
                tenant.id(), new NewsText("fest", "Sommerfest", "Alle sind eingeladen.", "Text"), today, null, editor);
        translate(new TextKey(PortalTexts.NEWS, newsId, PortalTexts.TITLE), "Sommerfest", "حفل الصيف");
        var delete = "/verwaltung/" + tenant.slug() + "/inhalte/aktuelles/" + newsId + "/loeschen";
        var form = HtmlForm.of(staff.get(delete).body(), delete);

        assertThat(staff.post(delete, Map.of("version", "0")).status()).isEqualTo(409);
        assertThat(count("select count(*) from portal.news where id = ?", newsId))
                .isOne();

        assertThat(form.submit(staff).status()).isEqualTo(302);
        assertThat(count("select count(*) from portal.news where id = ?", newsId))
                .isZero();
        assertThat(count("select count(*) from shared.translation where owner_id = ?", newsId))
                .isZero();
        assertThat(form.submit(staff).status()).as("a second click").isEqualTo(302);
        assertThat(new WebSession(port)
                        .get("/" + tenant.slug() + "/aktuelles/fest")
                        .status())
                .isEqualTo(404);
    }

    private void translate(TextKey key, String german, String arabic) {
        translations.save(
                tenant.id(), key, AR, new TranslationEdit(arabic, TranslationStatus.PUBLISHED, 0, false), german, null);
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static PageText text(String slug, String title) {
        return new PageText(slug, title, "Kurz", "Text");
    }

    private static ContactDetails contact(String name, String phone) {
        return new ContactDetails(ContactKind.DESK, name, "Beratung", phone, "", "", List.of("de"));
    }
}

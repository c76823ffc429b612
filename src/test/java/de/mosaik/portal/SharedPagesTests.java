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
import de.mosaik.portal.PortalContent.PageText;
import de.mosaik.portal.domain.PageDraft;
import de.mosaik.portal.domain.PageEditOutcome;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.portal.domain.SharedPages;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page one tenant offers and others take over (ADR 0019): a live copy follows the original's published
 * state, an independent copy keeps what it was given, and the taking tenant never edits nor sees more of the
 * origin than its offered, published page.
 */
class SharedPagesTests extends IntegrationTest {

    private static final ContentLanguage AR = new ContentLanguage("ar");
    private static final ContentLanguage TR = new ContentLanguage("tr");
    private static final ContentLanguage EN = new ContentLanguage("en");
    private static final String ARABIC_BODY = "النظام المدرسي في الولاية";

    @Autowired
    IdentitySetup identity;

    @Autowired
    PortalContent content;

    @Autowired
    PageService pages;

    @Autowired
    SharedPages shared;

    @Autowired
    Translations translations;

    Fixtures fixtures;
    TestTenant origin;
    TestTenant taker;
    UUID offered;
    Editor editor = new Editor(null, "Testperson");

    @BeforeEach
    void anOfferedPageInThreeLanguagesBesidesGerman() {
        fixtures = new Fixtures(jdbc, identity);
        origin = activeTenant();
        taker = activeTenant();
        offered = content.createPage(
                origin.id(), null, new PageText("schule", "Schule in NRW", "Kurz", "Erster Text"), null, editor);
        translate(offered, "title", "Schule in NRW", TR, "NRW'de okul", TranslationStatus.PUBLISHED);
        translate(offered, "body", "Erster Text", TR, "İlk metin", TranslationStatus.PUBLISHED);
        // The German changes after the Turkish: the Turkish body is outdated from here on.
        content.changePage(
                origin.id(), offered, new PageText("schule", "Schule in NRW", "Kurz", "Zweiter Text"), editor);
        translate(offered, "title", "Schule in NRW", AR, "المدرسة في الولاية", TranslationStatus.PUBLISHED);
        translate(offered, "body", "Zweiter Text", AR, ARABIC_BODY, TranslationStatus.PUBLISHED);
        translate(offered, "body", "Zweiter Text", EN, "Unreleased draft", TranslationStatus.DRAFT);
        content.offerPage(origin.id(), offered);
    }

    @Test
    void aLiveCopyShowsTheOriginalsCurrentTextAndFollowsItsEdits() {
        var staff = staffOf(taker);
        var copy = takeOverOnTheWeb(staff, "LIVE", "schulsystem");
        var visitor = new WebSession(port);
        var publicPath = "/" + taker.slug() + "/seiten/schulsystem";

        var german = visitor.get(publicPath);
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.body()).contains("Zweiter Text", "Quelle:");
        var arabic = visitor.get(publicPath + "?lang=ar");
        assertThat(arabic.body()).contains(ARABIC_BODY, "المدرسة في الولاية").doesNotContain("Unreleased draft");

        // The origin edits its page: the copy follows, and the Arabic is outdated there as at the origin.
        content.changePage(
                origin.id(), offered, new PageText("schule", "Schule in NRW", "Kurz", "Dritter Text"), editor);
        assertThat(visitor.get(publicPath).body()).contains("Dritter Text").doesNotContain("Zweiter Text");
        assertThat(visitor.get(publicPath + "?lang=ar").body())
                .doesNotContain(ARABIC_BODY)
                .contains("Dritter Text", "lang=\"de\"");

        // The taking tenant reads it in its editor but cannot change it.
        var editorPage = staff.get(taker.path("/inhalte/seiten/" + copy));
        assertThat(editorPage.status()).isEqualTo(200);
        assertThat(editorPage.body()).contains("Live-Kopie", "/unabhaengig").doesNotContain("name=\"body\"");
        var refused = staff.post(
                taker.path("/inhalte/seiten/" + copy),
                Map.of(
                        "title",
                        "Übermalt",
                        "slug",
                        "schulsystem",
                        "body",
                        "Übermalt",
                        "status",
                        "PUBLISHED",
                        "version",
                        "1"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(pages.byId(taker.id(), copy).orElseThrow().body()).isEqualTo("Dritter Text");
        assertThat(pages.update(taker.id(), copy, 1, draft("Übermalt", PageStatus.PUBLISHED), false, editor))
                .isNotEqualTo(PageEditOutcome.DONE);
        assertThat(pages.byId(origin.id(), offered).orElseThrow().body()).isEqualTo("Dritter Text");
    }

    @Test
    void theTakingTenantTurnsALiveCopyIntoAnIndependentCopyWithTheOriginsPublishedTranslations() {
        var copy = liveCopy();
        var staff = staffOf(taker);
        var answer = staff.post(taker.path("/inhalte/seiten/" + copy + "/unabhaengig"), Map.of());
        assertThat(answer.status()).isEqualTo(302);

        assertThat(shared.origin(taker.id(), copy).orElseThrow().live()).isFalse();
        var set = translations.load(taker.id(), PortalTexts.PAGE, List.of(copy));
        assertThat(set.text(copy, PortalTexts.BODY, "Zweiter Text").state(AR).outdated())
                .isFalse();
        assertThat(staff.get(taker.path("/inhalte/seiten/" + copy)).body()).contains("name=\"body\"");
        assertThat(staff.get(taker.path("/inhalte/seiten/" + copy + "/verlauf")).body())
                .contains("In eine unabhängige Kopie umgewandelt");

        // The origin's next edit no longer reaches it.
        content.changePage(
                origin.id(), offered, new PageText("schule", "Schule in NRW", "Kurz", "Dritter Text"), editor);
        assertThat(new WebSession(port)
                        .get("/" + taker.slug() + "/seiten/schulsystem?lang=ar")
                        .body())
                .contains(ARABIC_BODY)
                .doesNotContain("Dritter Text");
    }

    @Test
    void anIndependentCopyGetsTheTextsAndPublishedTranslationsAndKeepsThem() {
        var staff = staffOf(taker);
        var copy = takeOverOnTheWeb(staff, "COPY", "schule-nrw");

        var set = translations.load(taker.id(), PortalTexts.PAGE, List.of(copy));
        var body = set.text(copy, PortalTexts.BODY, "Zweiter Text");
        assertThat(body.translation(AR).orElseThrow().text()).isEqualTo(ARABIC_BODY);
        assertThat(body.state(AR).status()).isEqualTo(TranslationStatus.PUBLISHED);
        assertThat(body.state(AR).outdated()).isFalse();
        assertThat(body.state(TR).outdated()).isTrue();
        // The origin's drafts stay with the origin.
        assertThat(body.translation(EN)).isEmpty();
        assertThat(staff.get(taker.path("/inhalte/seiten/" + copy + "/verlauf")).body())
                .contains("Als unabhängige Kopie übernommen von");

        content.changePage(
                origin.id(), offered, new PageText("schule", "Schule in NRW", "Kurz", "Dritter Text"), editor);
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + taker.slug() + "/seiten/schule-nrw?lang=ar")
                        .body())
                .contains(ARABIC_BODY)
                .doesNotContain("Quelle:");
        assertThat(pages.byId(taker.id(), copy).orElseThrow().body()).isEqualTo("Zweiter Text");

        // From now on it is the tenant's own page.
        assertThat(pages.update(taker.id(), copy, 1, draft("Eigener Text", PageStatus.PUBLISHED), false, editor))
                .isEqualTo(PageEditOutcome.DONE);
        assertThat(pages.byId(origin.id(), offered).orElseThrow().body()).isEqualTo("Dritter Text");
    }

    @Test
    void whenTheOriginUnpublishesALiveCopyKeepsTheLastPublishedStateAndNeverTheDraft() {
        var copy = liveCopy();
        var update = pages.update(
                origin.id(),
                offered,
                version(origin, offered),
                draft("Geheimer Entwurf", PageStatus.DRAFT),
                false,
                editor);
        assertThat(update).isEqualTo(PageEditOutcome.DONE);

        var page = new WebSession(port).get("/" + taker.slug() + "/seiten/schulsystem?lang=ar");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ARABIC_BODY).doesNotContain("Geheimer Entwurf");
        assertThat(shared.origin(taker.id(), copy).orElseThrow().live()).isFalse();
        assertThat(shared.offered(origin.id(), offered)).isFalse();
        assertThat(staffOf(taker)
                        .get(taker.path("/inhalte/seiten/" + copy + "/verlauf"))
                        .body())
                .contains("bietet die Seite nicht mehr an");
        assertThat(shared.catalogue(activeTenant().id()))
                .noneMatch(o -> o.page().id().equals(offered));
    }

    @Test
    void whenTheOriginStopsOfferingALiveCopyBecomesIndependentAndStaysPublic() {
        var copy = liveCopy();
        var staff = staffOf(origin);
        var answer = staff.post(origin.path("/inhalte/seiten/" + offered + "/anbieten"), Map.of());
        assertThat(answer.status()).isEqualTo(302);

        assertThat(shared.origin(taker.id(), copy).orElseThrow().live()).isFalse();
        content.changePage(origin.id(), offered, new PageText("schule", "Schule in NRW", "Kurz", "Später"), editor);
        var page = new WebSession(port).get("/" + taker.slug() + "/seiten/schulsystem");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Zweiter Text").doesNotContain("Später");
    }

    @Test
    void onlyOfferedPublishedPagesOfOtherTenantsAreVisibleAndNothingOfTheOriginCanBeChanged() {
        var hidden = content.createPage(
                origin.id(), null, new PageText("intern", "Intern", "", "Nicht angeboten"), null, editor);
        var draftPage = pages.create(
                        origin.id(),
                        new PageDraft(null, 0, "entwurf", "Geheimer Entwurf", "", "Text", PageStatus.DRAFT, null, null),
                        editor)
                .orElseThrow();
        jdbc.sql("update portal.page set offered = true where id = ?")
                .param(draftPage)
                .update();
        var staff = staffOf(taker);

        var catalogue = staff.get(taker.path("/inhalte/seiten/uebernehmen"));
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.body()).contains("Schule in NRW").doesNotContain("Intern", "Geheimer Entwurf");
        assertThat(staff.get(taker.path("/inhalte/seiten/uebernehmen/" + hidden))
                        .status())
                .isEqualTo(404);
        assertThat(staff.get(taker.path("/inhalte/seiten/uebernehmen/" + draftPage))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(taker.path("/inhalte/seiten/uebernehmen/" + hidden), Map.of("kind", "LIVE", "slug", "x"))
                        .status())
                .isEqualTo(404);
        // The own page is no catalogue entry for its own tenant.
        assertThat(staffOf(origin)
                        .get(origin.path("/inhalte/seiten/uebernehmen/" + offered))
                        .status())
                .isEqualTo(404);
        // The origin's page through the taking tenant's own paths, or in the origin's paths: refused.
        assertThat(staff.post(taker.path("/inhalte/seiten/" + offered + "/anbieten"), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(taker.path("/inhalte/seiten/" + offered), Map.of("title", "X", "version", "1"))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(origin.path("/inhalte/seiten/" + offered + "/anbieten"), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(shared.offered(origin.id(), offered)).isTrue();
        assertThat(pages.byId(origin.id(), offered).orElseThrow().body()).isEqualTo("Zweiter Text");
    }

    @Test
    void aDoubleClickOnTakeOverMakesOneCopy() throws Exception {
        var staff = staffOf(taker);
        var preview = taker.path("/inhalte/seiten/uebernehmen/" + offered);
        var form = HtmlForm.of(staff.get(preview).body(), preview).with("kind", "COPY");
        var first = form.submit(staff);
        var second = form.submit(staff);
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.target()).isEqualTo(first.target());
        assertThat(copiesOf(taker)).isEqualTo(1);

        // Two new forms sent at the same moment (two tabs): the unique index still keeps one copy.
        var other = activeTenant();
        var otherStaff = staffOf(other);
        var otherPreview = other.path("/inhalte/seiten/uebernehmen/" + offered);
        var a = HtmlForm.of(otherStaff.get(otherPreview).body(), otherPreview).with("kind", "LIVE");
        var b = HtmlForm.of(otherStaff.get(otherPreview).body(), otherPreview).with("kind", "LIVE");
        var pool = Executors.newFixedThreadPool(2);
        try {
            var one = CompletableFuture.supplyAsync(() -> a.submit(otherStaff), pool);
            var two = CompletableFuture.supplyAsync(() -> b.submit(otherStaff), pool);
            assertThat(List.of(one.get(), two.get()))
                    .allSatisfy(p -> assertThat(p.status()).isIn(200, 302));
        } finally {
            pool.shutdown();
        }
        assertThat(copiesOf(other)).isEqualTo(1);
    }

    private UUID liveCopy() {
        return content.takeOverPage(taker.id(), offered, true, "schulsystem", editor);
    }

    private UUID takeOverOnTheWeb(WebSession staff, String kind, String slug) {
        var preview = taker.path("/inhalte/seiten/uebernehmen/" + offered);
        var page = staff.get(preview);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Schule in NRW", "Zweiter Text");
        var answer = HtmlForm.of(page.body(), preview)
                .with("kind", kind)
                .with("slug", slug)
                .submit(staff);
        assertThat(answer.status()).isEqualTo(302);
        var id = UUID.fromString(
                answer.target().replaceFirst(".*/inhalte/seiten/", "").replaceFirst("[?#].*", ""));
        assertThat(pages.byId(taker.id(), id)).isPresent();
        return id;
    }

    private int copiesOf(TestTenant tenant) {
        return jdbc.sql("select count(*) from portal.page where tenant_id = ? and origin_page_id = ?")
                .params(tenant.id(), offered)
                .query(Integer.class)
                .single();
    }

    private int version(TestTenant tenant, UUID page) {
        return pages.byId(tenant.id(), page).orElseThrow().version();
    }

    private PageDraft draft(String body, PageStatus status) {
        return new PageDraft(null, 0, "schule", "Schule in NRW", "Kurz", body, status, null, null);
    }

    private void translate(
            UUID page, String field, String german, ContentLanguage language, String text, TranslationStatus status) {
        translations.save(
                origin.id(),
                new TextKey(PortalTexts.PAGE, page, field),
                language,
                new TranslationEdit(text, status, 0, false),
                german,
                null);
    }

    private TestTenant activeTenant() {
        var tenant = fixtures.newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        return tenant;
    }

    private WebSession staffOf(TestTenant tenant) {
        var staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        return staff;
    }
}

package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalContent.NewsText;
import de.mosaik.portal.PortalContent.PageText;
import de.mosaik.portal.domain.NewsService;
import de.mosaik.portal.domain.PageDraft;
import de.mosaik.portal.domain.PageEditOutcome;
import de.mosaik.portal.domain.PageReviewReminder;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of the portal's pages and news: publication, versions, history, translations, tenants. */
class PortalContentTests extends IntegrationTest {

    private static final ContentLanguage AR = new ContentLanguage("ar");

    @Autowired
    IdentitySetup identity;

    @Autowired
    PortalContent content;

    @Autowired
    PageService pages;

    @Autowired
    NewsService news;

    @Autowired
    Translations translations;

    @Autowired
    PageReviewReminder reminder;

    TestTenant tenant;
    Editor editor;

    @BeforeEach
    void activeTenant() {
        tenant = new Fixtures(jdbc, identity).newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        editor = new Editor(null, "Testperson");
    }

    @Test
    void aScheduledPageBecomesPublicAtItsTimeWithoutAnyoneActing() {
        var id = pages.create(
                        tenant.id(),
                        draft(
                                null,
                                "termin",
                                "Bald",
                                PageStatus.PUBLISHED,
                                Instant.now().plus(1, ChronoUnit.HOURS)),
                        editor)
                .orElseThrow();
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + tenant.slug() + "/seiten/termin").status()).isEqualTo(404);
        assertThat(visitor.get("/" + tenant.slug()).body()).doesNotContain("/seiten/termin");

        // The clock passes the publication time: the same row, nobody saves anything.
        jdbc.sql("update portal.page set publish_at = now() - interval '1 minute' where id = ?")
                .param(id)
                .update();

        assertThat(visitor.get("/" + tenant.slug() + "/seiten/termin").status()).isEqualTo(200);
        assertThat(visitor.get("/" + tenant.slug()).body()).contains("/" + tenant.slug() + "/seiten/termin");
    }

    @Test
    void aSubPageOfADraftStaysHiddenAndAPublicSubPageShowsItsBreadcrumbs() {
        var field = pages.create(tenant.id(), draft(null, "feld", "Arbeitsfeld", PageStatus.DRAFT, null), editor)
                .orElseThrow();
        pages.create(tenant.id(), draft(field, "unterseite", "Unterseite", PageStatus.PUBLISHED, null), editor)
                .orElseThrow();
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + tenant.slug() + "/seiten/unterseite").status())
                .isEqualTo(404);

        jdbc.sql("update portal.page set status = 'PUBLISHED' where id = ?")
                .param(field)
                .update();

        var sub = visitor.get("/" + tenant.slug() + "/seiten/unterseite");
        assertThat(sub.status()).isEqualTo(200);
        assertThat(sub.body()).contains("class=\"breadcrumbs\"", "href=\"/" + tenant.slug() + "/seiten/feld\"");
        assertThat(visitor.get("/" + tenant.slug() + "/seiten/feld").body())
                .contains("id=\"unterseiten\"", "href=\"/" + tenant.slug() + "/seiten/unterseite\"");
    }

    @Test
    void aStaleSaveIsRefusedAndTheTypedTextComesBack() {
        var staff = signedInStaff();
        var id = content.createPage(tenant.id(), null, new PageText("stand", "Stand", "", "Erster Text"), null, editor);
        var path = tenant.path("/inhalte/seiten/" + id);
        var stale = staff.get(path);
        assertThat(stale.status()).isEqualTo(200);

        // A colleague saves first.
        content.changePage(tenant.id(), id, new PageText("stand", "Stand", "", "Text der Kollegin"), editor);

        var answer = staff.post(path, form("Stand", "Mein getippter Text", 1));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Jemand anderes hat diesen Eintrag inzwischen gespeichert", "Mein getippter Text");
        // Both versions side by side, who saved the other one, the lines that differ, and the two ways on.
        assertThat(answer.body())
                .contains("Ihre Eingaben und die gespeicherte Fassung")
                .contains("Fassung 2 hat Testperson am ")
                .contains("<p class=\"stale-save__text kern-body\">Text der Kollegin</p>")
                .contains("<del>Text der Kollegin</del>", "<ins>Mein getippter Text</ins>")
                .contains("href=\"" + path + "\"><span class=\"kern-label\">Gespeicherte Fassung 2 übernehmen")
                .contains(
                        "form=\"page-form\"><span class=\"kern-label\">Meine Eingaben speichern und Fassung 2 ersetzen")
                .contains("name=\"version\" value=\"2\"");
        // The title is the same in both: it is not listed as a difference.
        assertThat(answer.body()).doesNotContain("aria-label=\"Titel\"");
        assertThat(pages.byId(tenant.id(), id).orElseThrow().body()).isEqualTo("Text der Kollegin");
        assertThat(pages.update(
                        tenant.id(), id, 1, draft(null, "stand", "Stand", PageStatus.PUBLISHED, null), false, editor))
                .isEqualTo(PageEditOutcome.CHANGED_MEANWHILE);

        // The form carries the newer version now: saving again on purpose goes through.
        var again = staff.post(path, form("Stand", "Mein getippter Text", 2));
        assertThat(again.status()).isEqualTo(302);
        assertThat(pages.byId(tenant.id(), id).orElseThrow().body()).isEqualTo("Mein getippter Text");
    }

    @Test
    void aStaleNewsSaveShowsTheSavedVersionWithWhoSavedItAndCanBeSavedOverOnPurpose() {
        var id = content.createNews(
                tenant.id(), news("meldung", "Meldung"), LocalDate.now(BerlinTime.ZONE), null, editor);
        var path = tenant.path("/inhalte/aktuelles/" + id);
        var colleague = signedInStaff();
        colleague.get(path);
        assertThat(colleague
                        .post(path, newsForm("Meldung", "Text der Kollegin", 1))
                        .status())
                .isEqualTo(302);

        var staff = signedInStaff();
        staff.get(path);
        var answer = staff.post(path, newsForm("Meldung", "Mein Text", 1));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Ihre Eingaben und die gespeicherte Fassung", "Fassung 2 hat ")
                .contains("<del>Text der Kollegin</del>", "<ins>Mein Text</ins>")
                .contains("form=\"news-form\"", "name=\"version\" value=\"2\"");
        assertThat(news.byId(tenant.id(), id).orElseThrow().body()).isEqualTo("Text der Kollegin");

        assertThat(staff.post(path, newsForm("Meldung", "Mein Text", 2)).status())
                .isEqualTo(302);
        assertThat(news.byId(tenant.id(), id).orElseThrow().body()).isEqualTo("Mein Text");
    }

    @Test
    void theHistoryNamesWhoChangedWhatWithADiffOfTheGermanText() {
        var staff = signedInStaff();
        var id = content.createPage(
                tenant.id(), null, new PageText("verlauf", "Verlauf", "", "Absatz eins\n\nAlter Absatz"), null, editor);
        var saved = staff.post(tenant.path("/inhalte/seiten/" + id), form("Verlauf", "Absatz eins\n\nNeuer Absatz", 1));
        assertThat(saved.status()).isEqualTo(302);

        assertThat(pages.revisions(tenant.id(), id)).hasSize(2);
        var history =
                staff.get(tenant.path("/inhalte/seiten/" + id + "/verlauf")).body();
        assertThat(history)
                .contains("Testperson STAFF")
                .contains("<del>Alter Absatz</del>")
                .contains("<ins>Neuer Absatz</ins>")
                .doesNotContain("<del>Absatz eins</del>");
    }

    @Test
    void aChangedGermanBodyMakesTheArabicFallBackToGermanUnlessItIsAMinorEdit() {
        var staff = signedInStaff();
        var id = content.createPage(
                tenant.id(), null, new PageText("beratung", "Beratung", "", "Alter Text"), null, editor);
        translations.save(
                tenant.id(),
                new TextKey(PortalTexts.PAGE, id, PortalTexts.BODY),
                AR,
                new TranslationEdit("نص عربي", TranslationStatus.PUBLISHED, 0, false),
                "Alter Text",
                null);
        var visitor = new WebSession(port);
        var arabic = "/" + tenant.slug() + "/seiten/beratung?lang=ar";
        assertThat(visitor.get(arabic).body()).contains("نص عربي").doesNotContain("Alter Text");

        // A typo fixed as a minor edit: the Arabic stays current.
        var path = tenant.path("/inhalte/seiten/" + id);
        var minor = staff.get(path);
        assertThat(minor.status()).isEqualTo(200);
        var fields =
                new java.util.ArrayList<>(form("Beratung", "Alter Text.", 1).entrySet());
        fields.add(Map.entry("minorEdit", "true"));
        assertThat(staff.postFields(path, List.copyOf(fields)).status()).isEqualTo(302);
        assertThat(visitor.get(arabic).body()).contains("نص عربي");

        // A change in substance: the Arabic is outdated, the page shows the German marked as German.
        assertThat(staff.post(path, form("Beratung", "Neuer Text mit neuen Zeiten", 2))
                        .status())
                .isEqualTo(302);
        var fallback = visitor.get(arabic).body();
        assertThat(fallback).doesNotContain("نص عربي").contains("lang=\"de\"").contains("Neuer Text mit neuen Zeiten");
        var text = translations
                .load(tenant.id(), PortalTexts.PAGE, List.of(id))
                .text(id, PortalTexts.BODY, "Neuer Text mit neuen Zeiten");
        assertThat(text.state(AR).outdated()).isTrue();
    }

    @Test
    void expiredNewsDisappearFromThePublicPages() {
        var today = LocalDate.now(BerlinTime.ZONE);
        content.createNews(tenant.id(), news("heute", "Aktuelle Meldung"), today, today, editor);
        content.createNews(
                tenant.id(), news("gestern", "Abgelaufene Meldung"), today.minusDays(9), today.minusDays(1), editor);
        content.createNews(tenant.id(), news("morgen", "Kommende Meldung"), today.plusDays(1), null, editor);
        var visitor = new WebSession(port);

        var list = visitor.get("/" + tenant.slug() + "/aktuelles").body();
        assertThat(list).contains("Aktuelle Meldung").doesNotContain("Abgelaufene Meldung", "Kommende Meldung");
        assertThat(visitor.get("/" + tenant.slug() + "/aktuelles/heute").status())
                .isEqualTo(200);
        assertThat(visitor.get("/" + tenant.slug() + "/aktuelles/gestern").status())
                .isEqualTo(404);
        assertThat(visitor.get("/" + tenant.slug() + "/aktuelles/morgen").status())
                .isEqualTo(404);
        assertThat(visitor.get("/" + tenant.slug()).body()).contains("Aktuelle Meldung", "id=\"aktuelles\"");
    }

    @Test
    void emptySectionsAreLeftOutAndTheOrderIsTheTenants() {
        var visitor = new WebSession(port);
        var empty = visitor.get("/" + tenant.slug()).body();
        assertThat(empty)
                .doesNotContain("id=\"arbeitsfelder\"", "id=\"aktuelles\"")
                .contains("id=\"kontakt\"");

        content.createPage(tenant.id(), null, new PageText("feld", "Ein Arbeitsfeld", "", ""), null, editor);
        var staff = signedInStaff();
        staff.get(tenant.path("/inhalte/startseite"));
        var saved = staff.post(
                tenant.path("/inhalte/startseite"),
                Map.of(
                        "position.CONTACT",
                        "1",
                        "visible.CONTACT",
                        "true",
                        "position.FIELDS",
                        "2",
                        "visible.FIELDS",
                        "true"));
        assertThat(saved.status()).isEqualTo(302);

        var page = visitor.get("/" + tenant.slug()).body();
        assertThat(page.indexOf("id=\"kontakt\"")).isLessThan(page.indexOf("id=\"arbeitsfelder\""));
        assertThat(page).doesNotContain("id=\"naechste-veranstaltungen\"");
    }

    @Test
    void anotherTenantsStaffFindNeitherThePageNorItsHistory() {
        var id = content.createPage(tenant.id(), null, new PageText("fremd", "Fremd", "", "Text"), null, editor);
        var other = new Fixtures(jdbc, identity).newTenant();
        var outsider = new WebSession(port);
        outsider.login(new Fixtures(jdbc, identity).newAccount(other, Role.STAFF), Fixtures.PASSWORD);

        assertThat(outsider.get(other.path("/inhalte/seiten/" + id)).status()).isEqualTo(404);
        assertThat(outsider.get(other.path("/inhalte/seiten/" + id + "/verlauf"))
                        .status())
                .isEqualTo(404);
        assertThat(outsider.post(other.path("/inhalte/seiten/" + id), form("Übernommen", "Übernommen", 1))
                        .status())
                .isEqualTo(404);
        assertThat(outsider.get(tenant.path("/inhalte/seiten/" + id)).status()).isEqualTo(403);
        assertThat(pages.byId(tenant.id(), id).orElseThrow().title()).isEqualTo("Fremd");
    }

    @Test
    void aDueReviewIsRemindedOnceToTheLastEditor() throws Exception {
        var email = new Fixtures(jdbc, identity).newAccount(tenant, Role.STAFF);
        var account = new Fixtures(jdbc, identity).accountId(email);
        var today = LocalDate.now(BerlinTime.ZONE);
        content.createPage(
                tenant.id(),
                null,
                new PageText("pruefen", "Noch aktuell?", "", "Text"),
                today.minusDays(1),
                new Editor(account, "Testperson"));

        assertThat(reminder.remindDue(today)).isGreaterThanOrEqualTo(1);
        var mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).contains("Noch aktuell?");
        assertThat(Mails.text(mail)).contains("/verwaltung/" + tenant.slug() + "/inhalte/seiten/");

        reminder.remindDue(today);
        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDemoCounsellingPageIsOutdatedInArabicAndShowsGermanThere() {
        var duisburg = new Fixtures(jdbc, identity).tenantId("stadt-duisburg");
        var id = jdbc.sql("select id from portal.page where tenant_id = ? and slug = 'schulberatung'")
                .param(duisburg)
                .query(UUID.class)
                .single();
        var page = pages.byId(duisburg, id).orElseThrow();
        var body = translations.load(duisburg, PortalTexts.PAGE, List.of(id)).text(id, PortalTexts.BODY, page.body());
        assertThat(body.state(AR).outdated()).isTrue();
        assertThat(body.state(new ContentLanguage("en")).outdated()).isFalse();

        var arabic = new WebSession(port)
                .get("/stadt-duisburg/seiten/schulberatung?lang=ar")
                .body();
        assertThat(arabic)
                .contains("الاستشارة المدرسية للعائلات القادمة حديثًا", "lang=\"de\"", "dienstags und donnerstags");
    }

    private WebSession signedInStaff() {
        var staff = new WebSession(port);
        staff.login(new Fixtures(jdbc, identity).newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        return staff;
    }

    private static Map<String, String> form(String title, String body, int version) {
        return Map.of(
                "title", title,
                "slug", "",
                "summary", "",
                "body", body,
                "parentId", "",
                "position", "0",
                "status", "PUBLISHED",
                "publishAt", "",
                "reviewOn", "",
                "version", String.valueOf(version));
    }

    private static Map<String, String> newsForm(String title, String body, int version) {
        return Map.of(
                "title",
                title,
                "slug",
                "meldung",
                "teaser",
                "",
                "body",
                body,
                "publishedOn",
                LocalDate.now(BerlinTime.ZONE).toString(),
                "expiresOn",
                "",
                "version",
                String.valueOf(version));
    }

    private static PageDraft draft(UUID parent, String slug, String title, PageStatus status, Instant publishAt) {
        return new PageDraft(parent, 0, slug, title, "Kurz", "Text", status, publishAt, null);
    }

    private static NewsText news(String slug, String title) {
        return new NewsText(slug, title, "Anreißer", "Text");
    }
}

package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import de.mosaik.portal.PortalTexts;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * A staff member of another tenant cannot edit any of a tenant's portal: every editor of Duisburg's content and
 * its translation editor answer "no access" to Düren's staff, and forms sent there change nothing.
 */
class PortalForeignTenantBrowserTest extends BrowserTest {

    private static final String TARGET = "/verwaltung/stadt-duisburg";

    @Test
    void aStaffUserOfAnotherTenantCannotEditAnyOfIt() {
        var editors = new LinkedHashMap<String, String>();
        var pageId = id("select p.id from portal.page p join identity.tenant t on t.id = p.tenant_id "
                + "where t.slug = 'stadt-duisburg' and p.slug = 'schulberatung'");
        editors.put("/inhalte/seiten/" + pageId, "/inhalte/seiten/" + pageId + "/loeschen");
        var news = first("news");
        editors.put("/inhalte/aktuelles/" + news, "/inhalte/aktuelles/" + news + "/loeschen");
        var offer = first("offer");
        editors.put("/inhalte/angebote/" + offer, "/inhalte/angebote/" + offer + "/loeschen");
        var place = first("place");
        editors.put("/inhalte/orte/" + place, "/inhalte/orte/" + place + "/loeschen");
        var contact = first("contact");
        editors.put("/inhalte/ansprechpersonen/" + contact, "/inhalte/ansprechpersonen/" + contact + "/loeschen");
        var image = first("image");
        editors.put("/inhalte/bilder/" + image, "/inhalte/bilder/" + image + "/loeschen");
        var translation = "/uebersetzungen/" + PortalTexts.PAGE + "/" + pageId;
        editors.put(translation, translation);
        var before = fingerprint();

        logIn("team@kreis-dueren.demo");
        // A real token of the intruder's own session, so that only the tenant check can refuse the forms.
        visit(page, "/verwaltung/kreis-dueren/inhalte/seiten/neu", 200);
        var csrf = page.locator("main form input[name='_csrf']").first().inputValue();
        for (var editor : editors.entrySet()) {
            visit(page, TARGET + editor.getKey(), 403);
            expect(page.locator("h1")).hasText("Kein Zugriff");
            expect(page.locator("main")).not().containsText("Schulberatung");
            for (var target : new String[] {editor.getKey(), editor.getValue()}) {
                var form = FormData.create()
                        .set("_csrf", csrf)
                        .set("version", "1")
                        .set("title", "Übernommen")
                        .set("name", "Übernommen")
                        .set("alt", "Übernommen")
                        .set("text", "Übernommen");
                var answer = page.request()
                        .post(
                                TARGET + target,
                                RequestOptions.create().setForm(form).setMaxRedirects(0));
                assertThat(answer.status()).as("POST " + target).isEqualTo(403);
            }
        }

        assertThat(fingerprint()).as("Duisburg's portal after the attempts").isEqualTo(before);
        visit(page, "/stadt-duisburg/seiten/schulberatung", 200);
        expect(page.locator("main")).not().containsText("Übernommen");
    }

    private String first(String table) {
        return id("select x.id from portal." + table + " x join identity.tenant t on t.id = x.tenant_id "
                + "where t.slug = 'stadt-duisburg' order by x.id limit 1");
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(java.util.UUID.class).single().toString();
    }

    /** Duisburg's portal content and its translations, as one checksum. */
    private String fingerprint() {
        return jdbc.sql("""
                        select md5(string_agg(row_text, '|' order by row_text)) from (
                          select p::text as row_text from portal.page p where tenant_id = :t
                          union all select n::text from portal.news n where tenant_id = :t
                          union all select o::text from portal.offer o where tenant_id = :t
                          union all select pl::text from portal.place pl where tenant_id = :t
                          union all select c::text from portal.contact c where tenant_id = :t
                          union all select i.id::text || i.alt || i.version from portal.image i where tenant_id = :t
                          union all select tr::text from shared.translation tr where tenant_id = :t
                        ) everything
                        """)
                .param(
                        "t",
                        jdbc.sql("select id from identity.tenant where slug = 'stadt-duisburg'")
                                .query(java.util.UUID.class)
                                .single())
                .query(String.class)
                .single();
    }
}

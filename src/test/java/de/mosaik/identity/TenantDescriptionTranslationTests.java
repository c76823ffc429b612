package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant's public description is translated through the shared translation model: the German stays in the
 * tenant's row, the translations are items of the translation work, and the start page falls back to German per
 * text.
 */
class TenantDescriptionTranslationTests extends IntegrationTest {

    private static final String GERMAN = "Wir beraten neu zugewanderte Familien.";
    private static final String ARABIC = "نقدم الاستشارة للعائلات القادمة حديثًا.";

    @Autowired
    IdentitySetup identity;

    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void tenantWithAGermanDescription() {
        tenant = new Fixtures(jdbc, identity).newTenant();
        jdbc.sql("update identity.tenant set active = true, description = jsonb_build_object('de', ?) where id = ?")
                .params(GERMAN, tenant.id())
                .update();
        staff = new WebSession(port);
        staff.login(new Fixtures(jdbc, identity).newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void duisburgsDescriptionReadsInArabicAndEinfacheSpracheAndTheRowKeepsOnlyTheGerman() {
        var visitor = new WebSession(port);
        assertThat(visitor.get("/stadt-duisburg?lang=ar").body())
                .contains("<p class=\"kern-body kern-body--large\">نحن DU")
                .doesNotContain("kern-body--large\" lang=\"de\"");
        assertThat(visitor.get("/stadt-duisburg?lang=einfach").body())
                .contains("Duisburg ist eine Stadt mit vielen Menschen aus vielen Ländern.");
        assertThat(visitor.get("/stadt-duisburg?lang=de").body()).contains("Wir sind DU");
        assertThat(jdbc.sql("select description::text from identity.tenant where slug = 'stadt-duisburg'")
                        .query(String.class)
                        .single())
                .contains("\"de\"")
                .doesNotContain("\"ar\"", "\"einfach\"");
    }

    @Test
    void aTranslationWrittenInTheEditorReachesTheStartPageUntilTheGermanChanges() {
        var editor = "/verwaltung/" + tenant.slug() + "/uebersetzungen/tenant/" + tenant.id() + "?sprache=ar";
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + tenant.slug() + "?lang=ar").body())
                .contains("kern-body--large\" lang=\"de\" dir=\"ltr\">" + GERMAN);

        var page = staff.get(editor);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Beschreibung des Integrationszentrums", GERMAN);
        assertThat(staff.get("/verwaltung/" + tenant.slug() + "/uebersetzungen?art=tenant&sprache=ar")
                        .body())
                .contains("tenant/" + tenant.id());
        var saved = staff.post(
                editor,
                Map.of("text_description", ARABIC, "status_description", "PUBLISHED", "version_description", "0"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(visitor.get("/" + tenant.slug() + "?lang=ar").body())
                .contains("<p class=\"kern-body kern-body--large\">" + ARABIC)
                .doesNotContain("kern-body--large\" lang=\"de\"");

        // A changed German makes the translation outdated: the start page shows the new German again.
        jdbc.sql("update identity.tenant set description = jsonb_build_object('de', ?) where id = ?")
                .params("Wir beraten Familien und Schulen.", tenant.id())
                .update();
        assertThat(visitor.get("/" + tenant.slug() + "?lang=ar").body())
                .doesNotContain(ARABIC)
                .contains("lang=\"de\" dir=\"ltr\">Wir beraten Familien und Schulen.");
    }

    @Test
    void anotherTenantsDescriptionIsNoItemOfThisTenant() {
        var duisburg = new Fixtures(jdbc, identity).tenantId("stadt-duisburg");
        assertThat(staff.get("/verwaltung/" + tenant.slug() + "/uebersetzungen/tenant/" + duisburg)
                        .status())
                .isEqualTo(404);
    }
}

package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * A network's public texts are translated on its own translation page, kept without a tenant: the coordination
 * translates, a delegate without the right gets 403, another network's coordination finds nothing, a stale form
 * keeps what was typed; the public pages show the published translation, German where there is none.
 */
class NetworkTranslationsTests extends IntegrationTest {

    private static final String AREA = "/netzwerke/qualitaetszirkel";
    private static final String OUTSIDER = "leitung@kreis-recklinghausen.demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    List<NetworkTranslatables> kinds;

    @Autowired
    Networks networks;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void theCoordinationTranslatesTheProfileAndThePublicReadsIt() throws Exception {
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        var overview = send(get(AREA + "/uebersetzungen"), coordination);
        assertThat(overview.getStatus()).isEqualTo(200);
        assertThat(overview.getContentAsString())
                .contains("Kommunaler Qualitätszirkel zur Integrationspolitik")
                .contains("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .contains("Rucksack KiTa: Bildungspartnerschaft mit Eltern")
                .contains("data-progress=\"PUBLISHED\"");

        var editor = item("network", circle());
        var form = send(get(editor).param("sprache", "tr"), coordination);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString())
                .contains("Der bundesweite Arbeitskreis ist ein Zusammenschluss")
                .contains("name=\"text_description\"");

        var turkish = "Ülke çapındaki bu çalışma grubu " + UUID.randomUUID();
        try {
            var saved = send(
                    post(editor)
                            .with(csrf())
                            .param("sprache", "tr")
                            .param("text_description", turkish)
                            .param("status_description", "PUBLISHED")
                            .param("version_description", "0"),
                    coordination);
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(saved.getRedirectedUrl()).endsWith(editor + "?sprache=tr");
            assertThat(jdbc.sql("select count(*) from shared.translation where tenant_id is null and text = ?")
                            .param(turkish)
                            .query(Integer.class)
                            .single())
                    .as("kept without a tenant")
                    .isEqualTo(1);
            assertThat(send(get("/netzwerk/qualitaetszirkel?lang=tr"), null).getContentAsString())
                    .contains(turkish);

            // a colleague's form opened before that save is refused and keeps what was typed
            var stale = send(
                    post(editor)
                            .with(csrf())
                            .param("sprache", "tr")
                            .param("text_description", "Eski form")
                            .param("status_description", "PUBLISHED")
                            .param("version_description", "0"),
                    coordination);
            assertThat(stale.getStatus()).isEqualTo(200);
            assertThat(stale.getContentAsString())
                    .contains("Nicht gespeichert")
                    .contains("Eski form")
                    .contains(turkish);
            assertThat(send(get("/netzwerk/qualitaetszirkel?lang=tr"), null).getContentAsString())
                    .contains(turkish)
                    .doesNotContain("Eski form");
        } finally {
            jdbc.sql("delete from shared.translation where tenant_id is null and language = 'tr' and owner_id = ?")
                    .param(circle())
                    .update();
        }
    }

    @Test
    void badInputIsRefusedWithoutAnError() throws Exception {
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        var editor = item("network", circle());
        assertThat(send(get(editor).param("sprache", "xx"), coordination).getStatus())
                .isEqualTo(400);
        assertThat(send(
                                post(editor)
                                        .with(csrf())
                                        .param("sprache", "tr")
                                        .param("text_description", "x")
                                        .param("version_description", "eins"),
                                coordination)
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(get(AREA + "/uebersetzungen/network/kein-uuid"), coordination)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get(AREA + "/uebersetzungen/unbekannt/" + circle()), coordination)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDelegateWithoutTheRightGets403AndChangesNothing() throws Exception {
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        var editor = item("network", circle());
        assertThat(send(get(AREA + "/uebersetzungen"), delegate).getStatus()).isEqualTo(403);
        assertThat(send(get(editor), delegate).getStatus()).isEqualTo(403);
        assertThat(send(
                                post(editor)
                                        .with(csrf())
                                        .param("sprache", "tr")
                                        .param("text_description", "Yetkisiz")
                                        .param("status_description", "PUBLISHED")
                                        .param("version_description", "0"),
                                delegate)
                        .getStatus())
                .isEqualTo(403);
        assertThat(tenantlessRows("Yetkisiz")).isZero();
    }

    @Test
    void anotherNetworksCoordinationFindsNothingOfThisNetwork() throws Exception {
        var outsider = login(OUTSIDER);
        var county = "/netzwerke/netzwerk-kreis-recklinghausen";
        assertThat(send(get(county + "/uebersetzungen"), outsider).getStatus()).isEqualTo(200);
        // the Qualitätszirkel's profile and recommendation through the outsider's own network
        assertThat(send(get(county + "/uebersetzungen/network/" + circle()), outsider)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(
                                post(county + "/uebersetzungen/recommendation/" + recommendation())
                                        .with(csrf())
                                        .param("sprache", "en")
                                        .param("text_title", "Taken over")
                                        .param("version_title", "0"),
                                outsider)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get(item("network", circle())), outsider).getStatus()).isEqualTo(403);
        assertThat(tenantlessRows("Taken over")).isZero();
    }

    @Test
    void aTenantsTranslationWorkNeitherListsNorOpensNetworkTexts() throws Exception {
        var staff = login("team@kreis-dueren.demo");
        var overview = send(get("/verwaltung/kreis-dueren/uebersetzungen"), staff);
        assertThat(overview.getStatus()).isEqualTo(200);
        assertThat(overview.getContentAsString())
                .doesNotContain("data-item=\"network:")
                .doesNotContain("data-item=\"recommendation:")
                .doesNotContain("data-item=\"practice-example:");
        assertThat(send(get("/verwaltung/kreis-dueren/uebersetzungen/network/" + circle()), staff)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(
                                post("/verwaltung/kreis-dueren/uebersetzungen/recommendation/" + recommendation())
                                        .with(csrf())
                                        .param("sprache", "en")
                                        .param("text_title", "Through a tenant")
                                        .param("version_title", "0"),
                                staff)
                        .getStatus())
                .isEqualTo(404);
        assertThat(tenantlessRows("Through a tenant")).isZero();
    }

    @Test
    void anAuthorTranslatesTheirOwnExamplesOnlyAndOnlyTheCoordinationTheNetworksTexts() {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow();
        var author = jdbc.sql("""
                        select author_account_id from practice.example
                        where network_id = ? and author_account_id is not null and status <> 'WITHDRAWN'
                        order by id limit 1
                        """).param(circle.id()).query(UUID.class).single();
        var own = jdbc.sql("""
                        select id from practice.example
                        where network_id = ? and author_account_id = ? and status <> 'WITHDRAWN'
                        """).params(circle.id(), author).query(UUID.class).list();
        var authorAsDelegate = participation(circle.id(), author, NetworkRole.DELEGATE, false);
        var stranger = participation(circle.id(), UUID.randomUUID(), NetworkRole.DELEGATE, false);
        var editor = participation(circle.id(), UUID.randomUUID(), NetworkRole.DELEGATE, true);
        var coordination = participation(circle.id(), UUID.randomUUID(), NetworkRole.COORDINATOR, false);

        assertThat(ids("practice-example", circle, authorAsDelegate)).containsExactlyInAnyOrderElementsOf(own);
        assertThat(ids("practice-example", circle, stranger)).isEmpty();
        assertThat(ids("practice-example", circle, editor)).hasSizeGreaterThan(own.size());
        assertThat(ids("network", circle, editor))
                .as("the profile: the coordination's")
                .isEmpty();
        assertThat(ids("recommendation", circle, editor)).isEmpty();
        assertThat(ids("network", circle, coordination)).containsExactly(circle.id());
        assertThat(ids("recommendation", circle, coordination))
                .contains(recommendation())
                .as("drafts are not public texts")
                .doesNotContainAnyElementsOf(
                        jdbc.sql("select id from networks.recommendation where network_id = ? and status = 'DRAFT'")
                                .param(circle.id())
                                .query(UUID.class)
                                .list());
    }

    private List<UUID> ids(String kind, NetworkSummary network, Participation who) {
        return kinds.stream()
                .filter(k -> k.ownerKind().equals(kind))
                .findFirst()
                .orElseThrow()
                .items(network, who)
                .stream()
                .map(item -> item.ownerId())
                .toList();
    }

    private static Participation participation(UUID network, UUID account, NetworkRole role, boolean editor) {
        return new Participation(UUID.randomUUID(), network, account, role, null, null, editor);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        assertThat(send(
                                post(item("network", circle()))
                                        .param("sprache", "tr")
                                        .param("text_description", "Jetonsuz")
                                        .param("version_description", "0"),
                                coordination)
                        .getStatus())
                .isEqualTo(403);
        assertThat(tenantlessRows("Jetonsuz")).isZero();
    }

    @Test
    void thePublicPagesShowArabicWithGermanFallbackPerText() throws Exception {
        var profile = send(get("/netzwerk/qualitaetszirkel?lang=ar"), null).getContentAsString();
        assertThat(profile)
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("يضمّ فريق العمل هذا")
                .doesNotContain("Der bundesweite Arbeitskreis");
        var ukrainian = send(get("/netzwerk/qualitaetszirkel?lang=uk"), null).getContentAsString();
        assertThat(ukrainian)
                .as("no Ukrainian translation of the profile: the German, marked as German")
                .contains("<div class=\"rich-text\" lang=\"de\" dir=\"auto\"><p>Der bundesweite Arbeitskreis");

        var list = send(get("/netzwerk/qualitaetszirkel/empfehlungen?lang=ar"), null)
                .getContentAsString();
        assertThat(list)
                .contains("dir=\"rtl\"")
                .contains("دفع انفتاح الإدارات على مجتمع الهجرة إلى الأمام")
                .doesNotContain("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .contains("<span lang=\"de\" dir=\"auto\">Feministische Perspektiven in der Migrationsgesellschaft");
        var detail = send(get("/netzwerk/qualitaetszirkel/empfehlungen/" + recommendation() + "?lang=ar"), null)
                .getContentAsString();
        assertThat(detail)
                .contains("<h1 class=\"kern-heading-large\" dir=\"auto\">دفع انفتاح الإدارات")
                .contains("توظيف يعدّ تعدد اللغات");

        var slug = jdbc.sql("select slug from practice.example where title like 'Rucksack KiTa%'")
                .query(String.class)
                .single();
        var example = send(get("/praxisbeispiele/" + slug + "?lang=uk"), null).getContentAsString();
        assertThat(example)
                .contains("Rucksack KiTa: освітнє партнерство з батьками")
                .as("the example's languages, Ukrainian among them")
                .contains(slug + "?lang=uk\" hreflang=\"uk\" lang=\"uk\" dir=\"auto\">Українська</a>")
                .contains(slug + "?lang=ar\" hreflang=\"ar\" lang=\"ar\" dir=\"auto\">العربية</a>");
    }

    private UUID circle() {
        return jdbc.sql("select id from networks.network where slug = 'qualitaetszirkel'")
                .query(UUID.class)
                .single();
    }

    private UUID recommendation() {
        return jdbc.sql("select id from networks.recommendation where title = ?")
                .param("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .query(UUID.class)
                .single();
    }

    private static String item(String kind, UUID id) {
        return AREA + "/uebersetzungen/" + kind + "/" + id;
    }

    private int tenantlessRows(String text) {
        return jdbc.sql("select count(*) from shared.translation where tenant_id is null and text = ?")
                .param(text)
                .query(Integer.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, @Nullable MockHttpSession session)
            throws Exception {
        return mvc.perform(session == null ? request : request.session(session))
                .andReturn()
                .getResponse();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
